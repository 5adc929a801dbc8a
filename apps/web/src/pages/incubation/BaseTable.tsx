import type { IncubationBase } from '@shegong/domain';
import { Button, Table, Typography, type TableProps } from 'antd';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { useT } from '../../i18n/useT';

/** The bases in scope; choosing one shows its residents below. */
export function BaseTable({
  bases,
  loading,
  selectedId,
  onSelect,
  onCreate,
}: {
  bases: IncubationBase[];
  loading: boolean;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** The first base, offered by the empty list. */
  onCreate: () => void;
}) {
  const t = useT();
  const columns: TableProps<IncubationBase>['columns'] = [
    {
      key: 'name',
      title: t('incubation.base.name'),
      dataIndex: 'name',
      render: (name: string, base) => (
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          aria-pressed={base.id === selectedId}
          onClick={() => onSelect(base.id)}
        >
          {name}
        </Button>
      ),
    },
    { key: 'region', title: t('incubation.base.region'), dataIndex: 'regionName' },
    {
      key: 'address',
      title: t('incubation.base.address'),
      dataIndex: 'address',
      render: (address: string | null) => address ?? '—',
    },
    {
      key: 'openedOn',
      title: t('incubation.base.openedOn'),
      dataIndex: 'openedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'residents',
      title: t('incubation.base.residents'),
      align: 'right',
      render: (_value, base) => (
        <>
          {base.residents}
          {base.capacity !== null && (
            <Typography.Text type="secondary"> / {base.capacity}</Typography.Text>
          )}
        </>
      ),
    },
  ];
  return (
    <Table<IncubationBase>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={bases}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(base) => (base.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(base) => ({ onClick: () => onSelect(base.id), style: { cursor: 'pointer' } })}
      locale={{
        emptyText: (
          <GuidingEmpty
            title={t('incubation.base.empty')}
            purpose={t('incubation.base.emptyPurpose')}
            action={
              <Button type="primary" onClick={onCreate}>
                {t('incubation.base.create')}
              </Button>
            }
          />
        ),
      }}
    />
  );
}
