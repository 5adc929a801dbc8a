import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { listPagination } from '../../components/list-pagination';
import { pageKeys, pageOf } from '../../hooks/url-filter-values';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';

const keys = ['q', 'kind', ...pageKeys] as const;

/**
 * A list of groups or activities: a name search and one enumeration filter (stage, type) kept in
 * the address, the server's page in a table.
 */
export function RecordList<Row extends { id: string }, Kind extends string>({
  queryKey,
  fetch,
  kinds,
  kindPlaceholder,
  searchPlaceholder,
  columns,
  empty,
}: {
  queryKey: (query: { q?: string; kind?: Kind; page: number; pageSize: number }) => QueryKey;
  fetch: (
    query: { q?: string; kind?: Kind; page: number; pageSize: number },
    signal: AbortSignal,
  ) => Promise<{ items: Row[]; total: number }>;
  kinds: { value: Kind; label: string }[];
  kindPlaceholder: string;
  searchPlaceholder: string;
  columns: TableColumnsType<Row>;
  empty: string;
}) {
  const t = useT();
  const [filters, setFilters, addressKey] = useUrlFilters(keys);
  const query = {
    ...pageOf(filters),
    q: filters.q,
    kind: kinds.find((k) => k.value === filters.kind)?.value,
  };
  const list = useQuery({
    queryKey: queryKey(query),
    queryFn: ({ signal }) => fetch(query, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Flex gap="small" wrap style={{ marginBottom: 16 }} key={addressKey}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          placeholder={searchPlaceholder}
          style={{ width: 240 }}
          onSearch={(q) => setFilters({ ...filters, q, page: undefined })}
        />
        <Select<Kind>
          allowClear
          style={{ width: 180 }}
          placeholder={kindPlaceholder}
          value={query.kind}
          options={kinds}
          onChange={(kind) => setFilters({ ...filters, kind, page: undefined })}
        />
      </Flex>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Row>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: empty }}
          pagination={listPagination(t, {
            page: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
          })}
        />
      )}
    </>
  );
}
