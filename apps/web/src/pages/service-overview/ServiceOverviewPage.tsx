import { chinaToday, type CaseStatistics, type ReferralBoard } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { divisionKeys, divisionStaleTime, fetchDivisionChildren } from '../../api/divisions';
import { useSession } from '../../auth/useSession';
import { EChart } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { FigureCard } from '../../components/FigureCard';
import { Page } from '../../components/Page';
import { RegionTrail } from '../../components/region-picker/RegionTrail';
import { canDrill, useRegionDrill } from '../../hooks/useRegionDrill';
import { useT } from '../../i18n/useT';
import { caseKeys, getStatistics } from '../casework/casework-api';
import { getPersonTimesByDivision, groupworkKeys } from '../groupwork/groupwork-api';
import { personTimesByMonth } from '../groupwork/person-times-by-month';
import { getReferralBoard, referralKeys } from '../referrals/referrals-api';
import { figuresByDivision, type DivisionFigures } from './service-overview-figures';

/** The months of this year so far (`YYYY-MM`), the period person-times and referrals are read for. */
function monthsOfThisYear(): string[] {
  const now = chinaToday().slice(0, 7);
  const count = Number(now.slice(5, 7));
  return Array.from({ length: count }, (_, i) =>
    dayjs(`${now.slice(0, 4)}-01-01`)
      .add(i, 'month')
      .format('YYYY-MM'),
  );
}

/**
 * 服务概览 for the offices: the region's case work, person-times and referrals on one page, and the
 * divisions under it side by side. Each figure leads to the page that lists what it counts, for
 * the same region and period, where it is the same number; nothing here names a client.
 */
export function ServiceOverviewPage() {
  const t = useT();
  const { can } = useSession();
  const { scope, region, drill, linkTo } = useRegionDrill();
  const months = monthsOfThisYear();
  const [from, to] = [months[0]!, months[months.length - 1]!];
  const cases = useQuery({
    queryKey: caseKeys.statistics(region),
    queryFn: ({ signal }) => getStatistics(region, signal),
    enabled: can('cases:statistics'),
  });
  const personTimes = useQuery({
    queryKey: groupworkKeys.personTimesByDivision(from, to, region),
    queryFn: ({ signal }) => getPersonTimesByDivision(from, to, signal, region || undefined),
    enabled: can('groupwork:read'),
  });
  const referrals = useQuery({
    queryKey: referralKeys.board({ region }),
    queryFn: ({ signal }) => getReferralBoard({ region: region || undefined }, signal),
    enabled: can('referrals:oversee'),
  });
  const divisions = useQuery({
    queryKey: divisionKeys.children(region),
    queryFn: () => fetchDivisionChildren(region),
    staleTime: divisionStaleTime,
    enabled: canDrill(region),
  });
  const failed = [cases, personTimes, referrals].find((q) => q.isError);
  const at = (path: string) => (region && region !== scope ? `${path}?region=${region}` : path);

  return (
    <Page title={t('serviceOverview.title')}>
      <Flex vertical gap="middle">
        <RegionTrail scope={scope} region={region} linkTo={linkTo} />
        {failed && <ErrorResult error={failed.error} onRetry={() => void failed.refetch()} />}
        <Headline
          cases={cases.data}
          personTimes={personTimes.data?.total}
          referrals={referrals.data}
          at={at}
        />
        {personTimes.data && (
          <PersonTimesChart rows={personTimesByMonth(personTimes.data.rows, months)} />
        )}
        {divisions.data && divisions.data.length > 0 && (
          <DivisionTable
            rows={figuresByDivision(
              divisions.data,
              cases.data,
              referrals.data,
              personTimes.data?.rows,
            )}
            onDrill={(code) => canDrill(code) && drill(code)}
          />
        )}
      </Flex>
    </Page>
  );
}

function Headline({
  cases,
  personTimes,
  referrals,
  at,
}: {
  cases: CaseStatistics | undefined;
  personTimes: number | undefined;
  referrals: ReferralBoard | undefined;
  at: (path: string) => string;
}) {
  const t = useT();
  const cards = [
    // Person-times have no page of their own for a region and a year: that card leads nowhere.
    cases && {
      key: 'openCases' as const,
      value: cases.open,
      note: t('serviceOverview.closedCases', { closed: cases.closed }),
      to: at('/case-statistics'),
    },
    cases && {
      key: 'overdueReassessments' as const,
      value: cases.overdueReassessments,
      danger: cases.overdueReassessments > 0,
      to: at('/case-statistics'),
    },
    personTimes !== undefined && {
      key: 'personTimes' as const,
      value: personTimes,
      note: t('serviceOverview.attendanceOnly'),
    },
    referrals && {
      key: 'referralsSent' as const,
      value: referrals.totals.sent,
      note: t('serviceOverview.referralsDone', { done: referrals.totals.done }),
      to: at('/referral-board'),
    },
    referrals && {
      key: 'referralsOverdue' as const,
      value: referrals.totals.overdue,
      danger: referrals.totals.overdue > 0,
      note: t('serviceOverview.answeredLate', { late: referrals.totals.answeredLate }),
      to: at('/referral-board'),
    },
  ].filter((card) => !!card);
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={24 / 5}>
          <FigureCard
            title={t(`serviceOverview.${card.key}`)}
            value={card.value}
            note={card.note}
            danger={card.danger}
            to={card.to}
          />
        </Col>
      ))}
    </Row>
  );
}

function PersonTimesChart({ rows }: { rows: ReturnType<typeof personTimesByMonth> }) {
  const t = useT();
  const title = t('serviceOverview.personTimesByMonth');
  return (
    <Card size="small" title={title}>
      <EChart
        height={240}
        label={title}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0, right: 0 },
          grid: { left: 48, right: 16, bottom: 24, top: 36 },
          xAxis: { type: 'category', data: rows.map((r) => r.month) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            {
              type: 'bar',
              stack: 'all',
              name: t('serviceOverview.groupSessions'),
              data: rows.map((r) => r.group),
            },
            {
              type: 'bar',
              stack: 'all',
              name: t('serviceOverview.activitySessions'),
              data: rows.map((r) => r.activity),
            },
          ],
        }}
      />
    </Card>
  );
}

function DivisionTable({
  rows,
  onDrill,
}: {
  rows: DivisionFigures[];
  onDrill: (code: string) => void;
}) {
  const t = useT();
  const figure = (key: Exclude<keyof DivisionFigures, 'regionCode' | 'regionName'>) => ({
    key,
    title: t(`serviceOverview.column.${key}`),
    dataIndex: key,
    align: 'right' as const,
    render: (value: number | null) => value ?? '—',
  });
  const columns = [
    {
      key: 'regionName',
      title: t('serviceOverview.column.region'),
      render: (_: unknown, row: DivisionFigures) =>
        canDrill(row.regionCode) ? (
          <Typography.Link onClick={() => onDrill(row.regionCode)}>
            {row.regionName}
          </Typography.Link>
        ) : (
          row.regionName
        ),
    },
    figure('openCases'),
    figure('closedCases'),
    figure('personTimes'),
    figure('referralsSent'),
    figure('referralsOverdue'),
  ];
  return (
    <Card size="small" title={t('serviceOverview.byDivision')}>
      <Table
        size="small"
        rowKey="regionCode"
        pagination={false}
        dataSource={rows}
        columns={columns}
        footer={() => (
          <Typography.Text type="secondary">{t('serviceOverview.byDivision.hint')}</Typography.Text>
        )}
      />
    </Card>
  );
}
