import type { Station } from '@shegong/domain';
import { Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { listPagination } from '../../components/list-pagination';
import { useT } from '../../i18n/useT';
import { ShortRegionName } from '../talent/registry/WorkerTable';
import { StaffCount, StationStatusTag, TierLabel } from './StationLabels';

export function StationTable({
  stations,
  total,
  page,
  pageSize,
  loading,
  onPageChange,
}: {
  stations: Station[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const t = useT();
  const columns: TableProps<Station>['columns'] = [
    {
      key: 'name',
      title: t('stations.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, station) => <Link to={`/stations/${station.id}`}>{name}</Link>,
    },
    {
      key: 'tier',
      title: t('stations.tier'),
      dataIndex: 'tier',
      render: (tier: Station['tier']) => <TierLabel tier={tier} />,
    },
    {
      key: 'region',
      title: t('stations.region'),
      dataIndex: 'regionName',
      render: (path: string) => <ShortRegionName path={path} />,
    },
    {
      key: 'parent',
      title: t('stations.parent'),
      render: (_value, station) =>
        station.parentStationId ? (
          <Link to={`/stations/${station.parentStationId}`}>{station.parentStationName}</Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'operator',
      title: t('stations.operator'),
      dataIndex: 'operatorOrganisationName',
      render: (name: string | null) => name ?? '—',
    },
    {
      key: 'status',
      title: t('stations.status'),
      dataIndex: 'status',
      render: (status: Station['status']) => <StationStatusTag status={status} />,
    },
    {
      key: 'staff',
      title: t('stations.staff'),
      align: 'right',
      fixed: 'right',
      render: (_value, station) => (
        <StaffCount staffCount={station.staffCount} requiredStaff={station.requiredStaff} />
      ),
    },
  ];

  return (
    <Table<Station>
      rowKey="id"
      columns={columns}
      dataSource={stations}
      loading={loading}
      // Key columns stay, the rest scrolls, with its scroll bar kept in view: the cue that it does.
      scroll={{ x: 'max-content' }}
      sticky
      locale={{ emptyText: <Empty description={t('stations.empty')} /> }}
      pagination={listPagination(t, { page, pageSize, total, onChange: onPageChange })}
    />
  );
}
