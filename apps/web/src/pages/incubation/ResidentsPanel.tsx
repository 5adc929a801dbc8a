import { PlusOutlined } from '@ant-design/icons';
import { incubationSupports, labelOf, type IncubationBase, type Residency } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Segmented, Space, Table, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import { EndDateModal } from '../../components/EndDateModal';
import { ErrorResult } from '../../components/ErrorResult';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { AdmitModal } from './AdmitModal';
import { incubationKeys, listResidents, releaseResident } from './incubation-api';
import { useIncubationMutation } from './useIncubationMutation';

/** The organisations of one base: those in incubation now or all of them; admit and release. */
export function ResidentsPanel({
  base,
  current,
  onCurrentChange,
}: {
  base: IncubationBase;
  current: boolean;
  onCurrentChange: (current: boolean) => void;
}) {
  const { language, t } = useLanguage();
  const residents = useQuery({
    queryKey: incubationKeys.residents(base.id, current),
    queryFn: ({ signal }) => listResidents(base.id, current, signal),
  });
  const admitting = useDialog();
  const releasing = useDialog<Residency>();
  const release = useIncubationMutation(
    ({ residency, exitedOn, note }: { residency: Residency; exitedOn: string; note?: string }) =>
      releaseResident(residency.id, { version: residency.version, exitedOn, note: note ?? null }),
    {
      success: (residency) => t('incubation.exit.done', { name: residency.organisationName }),
      onDone: releasing.props.onClose,
    },
  );

  const columns: TableProps<Residency>['columns'] = [
    {
      key: 'organisation',
      title: t('incubation.resident.organisation'),
      dataIndex: 'organisationName',
      render: (name: string, residency) => (
        <Link to={`/organisations/${residency.organisationId}`}>{name}</Link>
      ),
    },
    { key: 'enteredOn', title: t('incubation.resident.enteredOn'), dataIndex: 'enteredOn' },
    {
      key: 'exitedOn',
      title: t('incubation.resident.exitedOn'),
      dataIndex: 'exitedOn',
      render: (date: string | null) =>
        date ?? <Tag color="green">{t('incubation.resident.in')}</Tag>,
    },
    {
      key: 'supports',
      title: t('incubation.resident.supports'),
      dataIndex: 'supports',
      render: (supports: Residency['supports']) =>
        supports.length === 0
          ? '—'
          : supports.map((code) => (
              <Tag key={code}>{labelOf(incubationSupports, code, language)}</Tag>
            )),
    },
    {
      key: 'note',
      title: t('common.note'),
      dataIndex: 'note',
      render: (note: string | null) => note ?? '—',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_value, residency) =>
        residency.exitedOn === null && (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() => releasing.show(residency)}
          >
            {t('incubation.exit')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('incubation.residents.title', { base: base.name })}
      extra={
        <Space>
          <Segmented<'current' | 'all'>
            size="small"
            value={current ? 'current' : 'all'}
            onChange={(next) => onCurrentChange(next === 'current')}
            options={[
              { value: 'current', label: t('incubation.residents.current') },
              { value: 'all', label: t('incubation.residents.all') },
            ]}
          />
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => admitting.show(true)}
          >
            {t('incubation.admit')}
          </Button>
        </Space>
      }
    >
      {residents.isError ? (
        <ErrorResult error={residents.error} onRetry={() => void residents.refetch()} />
      ) : (
        <Table<Residency>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={residents.data ?? []}
          loading={residents.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('incubation.residents.empty')} /> }}
        />
      )}
      {admitting.payload && <AdmitModal {...admitting.props} base={base} />}
      {releasing.payload && (
        <EndDateModal
          {...releasing.props}
          title={`${t('incubation.exit')} · ${releasing.payload.organisationName}`}
          dateLabel={t('incubation.resident.exitedOn')}
          notBefore={releasing.payload.enteredOn}
          withNote
          saving={release.isPending}
          onSubmit={({ date, note }) =>
            releasing.payload &&
            release.mutate({ residency: releasing.payload, exitedOn: date, note })
          }
        />
      )}
    </Card>
  );
}
