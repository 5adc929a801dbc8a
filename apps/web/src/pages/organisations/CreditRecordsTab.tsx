import { PlusOutlined } from '@ant-design/icons';
import {
  chinaToday,
  creditRecordKinds,
  labelOf,
  type CreditRecord,
  type OrganisationDetail,
} from '@shegong/domain';
import { Button, Empty, Table, Tag, type TableProps } from 'antd';
import { EndDateModal } from '../../components/EndDateModal';
import { TableToolbar } from '../../components/TableToolbar';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { CreditRecordModal } from './CreditRecordModal';
import { endCreditRecord } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';

/** 信用记录: penalties, investigations and list entries; those still running bar a rating. */
export function CreditRecordsTab({
  organisation,
  mayAssess,
}: {
  organisation: OrganisationDetail;
  mayAssess: boolean;
}) {
  const { language, t } = useLanguage();
  const today = chinaToday();
  const adding = useDialog();
  const ending = useDialog<CreditRecord>();
  const end = useOrganisationMutation(
    ({ record, endedOn }: { record: CreditRecord; endedOn: string }) =>
      endCreditRecord(organisation.id, record.id, { version: record.version, endedOn }),
    { success: () => t('organisations.credit.ended'), onDone: ending.props.onClose },
  );
  const columns: TableProps<CreditRecord>['columns'] = [
    {
      key: 'kind',
      title: t('organisations.credit.kind'),
      dataIndex: 'kind',
      render: (kind: CreditRecord['kind']) => labelOf(creditRecordKinds, kind, language),
    },
    { key: 'startedOn', title: t('organisations.credit.startedOn'), dataIndex: 'startedOn' },
    {
      key: 'endedOn',
      title: t('organisations.credit.endedOn'),
      dataIndex: 'endedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'state',
      title: t('organisations.credit.state'),
      // As the rating rules count it: a record runs through the day it ends.
      render: (_value, record) =>
        record.endedOn === null || record.endedOn >= today ? (
          <Tag color="red">{t('organisations.credit.running')}</Tag>
        ) : (
          <Tag>{t('organisations.credit.over')}</Tag>
        ),
    },
    {
      key: 'documentRef',
      title: t('organisations.documentRef'),
      dataIndex: 'documentRef',
      render: (ref: string | null) => ref ?? '—',
    },
    {
      key: 'description',
      title: t('organisations.credit.description'),
      dataIndex: 'description',
      render: (text: string | null) => text ?? '—',
    },
    ...(mayAssess
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, record: CreditRecord) =>
              record.endedOn === null && (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  onClick={() => ending.show(record)}
                >
                  {t('organisations.credit.end')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <TableToolbar
        actions={
          mayAssess && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => adding.show(true)}>
              {t('organisations.credit.add')}
            </Button>
          )
        }
      />
      <Table<CreditRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={organisation.creditRecords}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('organisations.credit.empty')} /> }}
      />
      {adding.payload && <CreditRecordModal {...adding.props} organisation={organisation} />}
      {ending.payload && (
        <EndDateModal
          {...ending.props}
          title={`${t('organisations.credit.end')} · ${labelOf(creditRecordKinds, ending.payload.kind, language)}`}
          dateLabel={t('organisations.credit.endedOn')}
          notBefore={ending.payload.startedOn}
          saving={end.isPending}
          onSubmit={({ date }) =>
            ending.payload && end.mutate({ record: ending.payload, endedOn: date })
          }
        />
      )}
    </>
  );
}
