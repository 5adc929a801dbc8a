import { chinaToday, type ReferralBoard, type ReferralFigures } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { EChart, type ChartOption } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { FigureCard } from '../../components/FigureCard';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RegionTrail } from '../../components/region-picker/RegionTrail';
import { canDrill, useRegionDrill } from '../../hooks/useRegionDrill';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { shanghaiTime, shortRegion, statusAndSentColumns } from './ReferralLabels';
import { getReferralBoard, referralKeys } from './referrals-api';

const periodKeys = ['region', 'from', 'to'] as const;

type Counted = Exclude<keyof ReferralFigures, 'medianAnswerHours' | 'answered'>;
const counted: Counted[] = [
  'sent',
  'pending',
  'accepted',
  'refused',
  'done',
  'revoked',
  'overdue',
  'answeredLate',
  'reportedLate',
];
const label = (key: Counted) => `referrals.board.${key}` as MessageKey;

/**
 * 转介时效 for officers: the referrals of clients living in the region, sent in the period — how
 * many went out, were answered, refused, done or revoked, how many are late now, how late the
 * answers and results came and the median time to answer — by division, drilling down, and the
 * overdue ones without the client's name.
 */
export function ReferralBoardPage() {
  const t = useT();
  const { scope, region, drill, linkTo } = useRegionDrill();
  const [address, setAddress] = useUrlFilters(periodKeys);
  const today = chinaToday();
  const from = address.from ?? `${today.slice(0, 4)}-01-01`;
  const to = address.to ?? today;
  const query = { region, from, to };
  const board = useQuery({
    queryKey: referralKeys.board(query),
    queryFn: ({ signal }) => getReferralBoard(query, signal),
    placeholderData: keepPreviousData,
  });
  const setPeriod = (change: { from?: string; to?: string }) =>
    setAddress({ region: address.region, from, to, ...change });

  return (
    <Page
      title={t('referrals.board.title')}
      extra={
        <Flex gap="small" align="center">
          <Typography.Text type="secondary">{t('referrals.board.period')}</Typography.Text>
          <CalendarDatePicker
            value={from}
            onChange={(d) => setPeriod({ from: d })}
            style={{ width: 140 }}
          />
          <span>—</span>
          <CalendarDatePicker
            value={to}
            onChange={(d) => setPeriod({ to: d })}
            style={{ width: 140 }}
          />
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <RegionTrail scope={scope} region={region} linkTo={linkTo} />
        {board.isPending ? (
          <PageSpinner />
        ) : board.isError ? (
          <ErrorResult error={board.error} onRetry={() => void board.refetch()} />
        ) : (
          <BoardBody board={board.data} onDrill={(code) => canDrill(code) && drill(code)} />
        )}
      </Flex>
    </Page>
  );
}

function BoardBody({ board, onDrill }: { board: ReferralBoard; onDrill: (code: string) => void }) {
  const t = useT();
  const { totals } = board;
  const rows = board.byRegion.filter((r) => r.sent > 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 0 },
      grid: {
        left: 8,
        right: 16,
        top: 40,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.regionName),
        axisLabel: { interval: 0, rotate: rows.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['accepted', 'refused', 'done', 'pending', 'overdue'] as const).map((key) => ({
        name: t(label(key)),
        type: 'bar' as const,
        barMaxWidth: 24,
        data: rows.map((r) => r[key]),
      })),
    }),
    [rows, t],
  );
  return (
    <>
      <Row gutter={[12, 12]}>
        {(['sent', 'pending', 'accepted', 'refused', 'done', 'overdue'] as const).map((key) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <FigureCard
              title={t(label(key))}
              value={totals[key]}
              danger={key === 'overdue' && totals.overdue > 0}
            />
          </Col>
        ))}
        <Col xs={12} md={8} xl={4}>
          <FigureCard
            title={t('referrals.board.median')}
            value={totals.medianAnswerHours ?? '—'}
            suffix={totals.medianAnswerHours === null ? undefined : t('referrals.board.hours')}
            note={t('referrals.board.answeredNote', { answered: totals.answered })}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <FigureCard title={t('referrals.board.answeredLate')} value={totals.answeredLate} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <FigureCard title={t('referrals.board.reportedLate')} value={totals.reportedLate} />
        </Col>
      </Row>
      {rows.length > 0 && (
        <Card size="small" title={t('referrals.board.byRegion')}>
          <EChart
            option={option}
            label={t('referrals.board.byRegion')}
            saveAs={t('referrals.board.byRegion')}
            onClick={(event) => {
              const row = rows[event.dataIndex];
              if (row) onDrill(row.regionCode);
            }}
          />
        </Card>
      )}
      <Table<ReferralBoard['byRegion'][number]>
        rowKey="regionCode"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={board.byRegion}
        onRow={(row) => ({ onClick: () => onDrill(row.regionCode), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'region',
            title: t('referrals.board.region'),
            dataIndex: 'regionName',
            fixed: 'left',
          },
          ...counted.map((key) => ({ key, title: t(label(key)), dataIndex: key })),
          {
            key: 'median',
            title: `${t('referrals.board.median')}（${t('referrals.board.hours')}）`,
            render: (_: unknown, r: ReferralFigures) => r.medianAnswerHours ?? '—',
          },
        ]}
      />
      <Card size="small" title={t('referrals.board.overdueList')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={board.overdueReferrals}
          locale={{ emptyText: t('referrals.board.overdueEmpty') }}
          columns={[
            { key: 'client', title: t('referrals.client'), dataIndex: 'clientName' },
            {
              key: 'region',
              title: t('clients.region'),
              render: (_, r) => shortRegion(r.regionName),
            },
            { key: 'sender', title: t('referrals.sender'), dataIndex: 'senderName' },
            { key: 'receiver', title: t('referrals.receiver'), dataIndex: 'receiverName' },
            ...statusAndSentColumns(t),
            {
              key: 'due',
              title: t('referrals.board.dueAt'),
              render: (_, r) => (
                <Typography.Text type="danger">{shanghaiTime(r.dueAt)}</Typography.Text>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
