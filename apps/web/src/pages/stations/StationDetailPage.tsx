import type { StationDetail } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Space, Table, type TableProps } from 'antd';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RegionName } from '../../components/region-picker/RegionName';
import { ServiceFieldTags } from '../../components/ServiceFieldTags';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { StaffTable } from './StaffTable';
import { StationDrawer } from './StationDrawer';
import { StaffCount, StationStatusTag, TierLabel } from './StationLabels';
import { getStation, stationKeys } from './stations-api';

type Child = StationDetail['children'][number];

/** One station: where it is and who runs it, its staff against the norm, the stations below. */
export function StationDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { can } = useSession();
  const detail = useQuery({
    queryKey: stationKeys.one(id),
    queryFn: ({ signal }) => getStation(id, signal),
  });
  const editing = useDialog();

  if (detail.isPending) return <PageSpinner />;
  if (detail.isError) {
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const station = detail.data;
  const mayWrite = station.can.edit;
  const childColumns: TableProps<Child>['columns'] = [
    {
      key: 'name',
      title: t('stations.name'),
      dataIndex: 'name',
      render: (name: string, child) => <Link to={`/stations/${child.id}`}>{name}</Link>,
    },
    {
      key: 'tier',
      title: t('stations.tier'),
      dataIndex: 'tier',
      render: (tier: Child['tier']) => <TierLabel tier={tier} />,
    },
    {
      key: 'region',
      title: t('stations.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
    {
      key: 'status',
      title: t('stations.status'),
      dataIndex: 'status',
      render: (status: Child['status']) => <StationStatusTag status={status} />,
    },
  ];

  return (
    <Page
      title={
        <Space wrap>
          {station.name}
          <StationStatusTag status={station.status} />
        </Space>
      }
      extra={mayWrite && <Button onClick={() => editing.show(true)}>{t('common.edit')}</Button>}
    >
      <Flex vertical gap="middle">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'tier', label: t('stations.tier'), children: <TierLabel tier={station.tier} /> },
            { key: 'region', label: t('stations.region'), children: station.regionName },
            {
              key: 'parent',
              label: t('stations.parent'),
              children: station.parentStationId ? (
                <Link to={`/stations/${station.parentStationId}`}>{station.parentStationName}</Link>
              ) : (
                '—'
              ),
            },
            {
              key: 'operator',
              label: t('stations.operator'),
              children:
                station.operatorOrganisationId && can('organisations:read') ? (
                  <Link to={`/organisations/${station.operatorOrganisationId}`}>
                    {station.operatorOrganisationName}
                  </Link>
                ) : (
                  (station.operatorOrganisationName ?? '—')
                ),
            },
            { key: 'address', label: t('stations.address'), children: station.address ?? '—' },
            { key: 'openedOn', label: t('stations.openedOn'), children: station.openedOn ?? '—' },
            {
              key: 'servicePopulation',
              label: t('stations.servicePopulation'),
              children: station.servicePopulation?.toLocaleString() ?? '—',
            },
            {
              key: 'staff',
              label: t('stations.staff'),
              children: (
                <StaffCount staffCount={station.staffCount} requiredStaff={station.requiredStaff} />
              ),
            },
            {
              key: 'serviceFields',
              label: t('stations.serviceFields'),
              span: 'filled' as const,
              children: <ServiceFieldTags codes={station.serviceFields} />,
            },
          ]}
        />
        <Card size="small" title={t('stations.staff.title')}>
          <StaffTable station={station} mayWrite={mayWrite} />
        </Card>
        {station.tier !== 'village_station' && station.tier !== 'village_studio' && (
          <Card size="small" title={t('stations.children', { count: station.children.length })}>
            <Table<Child>
              rowKey="id"
              size="middle"
              columns={childColumns}
              dataSource={station.children}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('stations.children.empty')} /> }}
            />
          </Card>
        )}
      </Flex>
      {editing.payload && (
        <StationDrawer {...editing.props} station={station} onStale={() => void detail.refetch()} />
      )}
    </Page>
  );
}
