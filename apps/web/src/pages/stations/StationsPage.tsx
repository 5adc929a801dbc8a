import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { ImportButton } from '../../components/import/ImportButton';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { StationDrawer } from './StationDrawer';
import { stationFilterKeys, stationQueryOf } from './station-filters';
import { StationFilters } from './StationFilters';
import { listStations, stationKeys } from './stations-api';
import { StationTable } from './StationTable';
import { stationDependentKeys } from './useStationMutation';

/** 服务站点: the stations of the network in scope, with their staffing against the norm. */
export function StationsPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters, addressKey] = useUrlFilters(stationFilterKeys);
  const query = stationQueryOf(filters);
  const list = useQuery({
    queryKey: stationKeys.list(query),
    queryFn: ({ signal }) => listStations(query, signal),
    placeholderData: keepPreviousData,
  });
  const creating = useDialog();

  return (
    <Page
      title={t('stations.title')}
      extra={
        can('stations:write') && (
          <Space>
            <ImportButton
              basePath="/stations"
              title={t('stations.import.title')}
              invalidates={stationDependentKeys}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
              {t('stations.create')}
            </Button>
          </Space>
        )
      }
    >
      <StationFilters
        key={addressKey}
        initialValues={{
          q: query.q,
          region: query.region,
          tier: query.tier,
          status: query.status,
          belowNorm: query.belowNorm,
        }}
        onSearch={(values) => setFilters({ ...values, pageSize: filters.pageSize })}
        onReset={() => setFilters({})}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <StationTable
          stations={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          loading={list.isFetching}
          onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
        />
      )}
      {creating.payload && (
        <StationDrawer
          {...creating.props}
          onSaved={(station) => void navigate(`/stations/${station.id}`)}
        />
      )}
    </Page>
  );
}
