import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { ExportButton } from '../../../components/ExportButton';
import { ImportButton } from '../../../components/import/ImportButton';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { Page } from '../../../components/Page';
import { useDialog } from '../../../hooks/useDialog';
import { useUrlFilters } from '../../../hooks/useUrlFilters';
import { useT } from '../../../i18n/useT';
import { talentKeys } from './useTalentMutation';
import { EmployerFilterNote } from './EmployerFilterNote';
import { WorkerDrawer } from './WorkerDrawer';
import { workerFilterKeys, workerFiltersOf } from './worker-filters';
import { WorkerFilters } from './WorkerFilters';
import { listWorkers, workerExportUrl, workerKeys } from './workers-api';
import { WorkerTable } from './WorkerTable';

/**
 * 人才名录: the social workers in scope, filtered by the server and loaded a page at a time by
 * cursor (the registry is large); ID and phone numbers masked.
 */
export function WorkersPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [address, setAddress, addressKey] = useUrlFilters(workerFilterKeys);
  const filters = workerFiltersOf(address);
  const list = useInfiniteQuery({
    queryKey: workerKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listWorkers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  // The server counts on the first page only.
  const total = list.data?.pages[0]?.total ?? null;
  const register = useDialog();

  return (
    <Page
      title={t('workers.title')}
      extra={
        <Space wrap>
          <ExportButton href={workerExportUrl(filters)}>{t('common.export')}</ExportButton>
          {can('workers:write') && (
            <>
              <ImportButton
                basePath="/workers"
                title={t('workers.import.title')}
                invalidates={talentKeys}
              />
              <ImportButton
                basePath="/certificates"
                label={t('workers.import.certificates')}
                title={t('workers.import.certificatesTitle')}
                invalidates={talentKeys}
              />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => register.show(true)}>
                {t('workers.create')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <WorkerFilters
        key={addressKey}
        initialValues={filters}
        // The employer filter comes from an organisation's headcount and stays until cleared.
        onSearch={(values) => setAddress({ ...values, organisation: filters.organisation })}
        onReset={() => setAddress({})}
      />
      {filters.organisation && (
        <EmployerFilterNote
          organisationId={filters.organisation}
          onClear={() => setAddress({ ...address, organisation: undefined })}
        />
      )}
      {list.isError && rows.length === 0 ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <WorkerTable workers={rows} loading={list.isPending || list.isRefetching} />
          {rows.length > 0 && (
            <LoadMoreFooter
              summary={
                total === null
                  ? t('workers.loaded', { count: rows.length })
                  : t('workers.loadedOf', { count: rows.length, total })
              }
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          )}
        </>
      )}
      {register.payload && (
        <WorkerDrawer
          {...register.props}
          onSaved={(worker) => void navigate(`/workers/${worker.id}`)}
        />
      )}
    </Page>
  );
}
