import type { Coverage } from '@shegong/domain';
import { Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { StaffCount, TierLabel } from '../stations/StationLabels';

type Row = Coverage['belowNorm'][number];

/** The stations that have fewer staff than the norm asks, to be followed up one by one. */
export function BelowNormTable({ rows }: { rows: Row[] }) {
  const t = useT();
  const columns: TableProps<Row>['columns'] = [
    {
      key: 'name',
      title: t('stations.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/stations/${row.id}`}>{name}</Link>,
    },
    {
      key: 'tier',
      title: t('stations.tier'),
      dataIndex: 'tier',
      render: (tier: Row['tier']) => <TierLabel tier={tier} />,
    },
    { key: 'region', title: t('stations.region'), dataIndex: 'regionName' },
    {
      key: 'staff',
      title: t('stations.staff'),
      align: 'right',
      render: (_value, row) => (
        <StaffCount staffCount={row.staffCount} requiredStaff={row.requiredStaff} />
      ),
    },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('coverage.belowNorm.empty')} /> }}
    />
  );
}
