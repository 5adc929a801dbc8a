import { useInfiniteQuery } from '@tanstack/react-query';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { Page } from '../../components/Page';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { auditExportUrl, auditKeys, listAuditEvents } from './audit-api';
import { auditFilterKeys, auditFiltersOf } from './audit-filters';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';

/** 审计日志: newest first, loaded a page at a time, exportable with the same filters. */
export function AuditPage() {
  const t = useT();
  const [address, setAddress, addressKey] = useUrlFilters(auditFilterKeys);
  const filters = auditFiltersOf(address);
  const events = useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listAuditEvents(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page
      title={t('audit.title')}
      extra={<ExportButton href={auditExportUrl(filters)}>{t('audit.export')}</ExportButton>}
    >
      <AuditFilterBar
        key={addressKey}
        filters={filters}
        onSearch={setAddress}
        onReset={() => setAddress({})}
      />
      {events.isError && rows.length === 0 ? (
        <ErrorResult error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <AuditTable events={rows} loading={events.isPending || events.isRefetching} />
          {rows.length > 0 && (
            <LoadMoreFooter
              summary={t('audit.loaded', { count: rows.length })}
              hasMore={events.hasNextPage}
              loading={events.isFetchingNextPage}
              onLoadMore={() => void events.fetchNextPage()}
            />
          )}
        </>
      )}
    </Page>
  );
}
