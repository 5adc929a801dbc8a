import type { Referral } from '@shegong/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Flex, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { useT } from '../../i18n/useT';
import { DirectionTag, ReferralDue, shortRegion, statusAndSentColumns } from './ReferralLabels';
import { listReferrals, referralKeys, type ReferralQuery } from './referrals-api';

/** A page of referrals by the query (inbox or outbox, filters), newest first, more on demand. */
export function ReferralTable({
  query,
  empty,
  size = 'middle',
}: {
  query: ReferralQuery;
  empty: ReactNode;
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const list = useInfiniteQuery({
    queryKey: referralKeys.list(query),
    queryFn: ({ pageParam, signal }) => listReferrals(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;

  const columns: TableProps<Referral>['columns'] = [
    {
      key: 'client',
      title: t('referrals.client'),
      fixed: 'left',
      render: (_, r) => (
        <Flex vertical>
          <Link to={`/referrals/${r.id}`}>{r.client.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {shortRegion(r.client.regionName)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'direction',
      title: t('referrals.direction'),
      render: (_, r) => <DirectionTag direction={r.direction} />,
    },
    {
      key: 'sender',
      title: t('referrals.sender'),
      render: (_, r) => (
        <Flex vertical>
          {r.sender.organisationName}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[r.sender.stationName, r.sender.workerName].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'receiver', title: t('referrals.receiver'), render: (_, r) => r.receiver.name },
    ...statusAndSentColumns<Referral>(t),
    { key: 'due', title: t('referrals.due'), render: (_, r) => <ReferralDue referral={r} /> },
  ];

  return (
    <Table<Referral>
      rowKey="id"
      size={size}
      loading={list.isFetching}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      footer={
        rows.length > 0
          ? () => (
              <LoadMoreFooter
                summary={t('common.total', { total: rows.length })}
                hasMore={list.hasNextPage}
                loading={list.isFetchingNextPage}
                onLoadMore={() => void list.fetchNextPage()}
              />
            )
          : undefined
      }
    />
  );
}
