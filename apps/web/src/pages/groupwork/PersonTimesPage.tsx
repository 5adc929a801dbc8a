import { chinaToday } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Flex, Row, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { EChart } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { FigureCard } from '../../components/FigureCard';
import { Page } from '../../components/Page';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import {
  getPersonTimesByDivision,
  getStationMonth,
  getStationPersonTimes,
  groupworkKeys,
  groupworkStations,
  serviceLedgerUrl,
} from './groupwork-api';
import { StationSelect } from '../stations/StationSelect';
import { personTimesByMonth } from './person-times-by-month';

const keys = ['station', 'month'] as const;

/** The six months up to `month`, first and last (`YYYY-MM`). */
function halfYearTo(month: string) {
  return { from: dayjs(`${month}-01`).subtract(5, 'month').format('YYYY-MM'), to: month };
}

/**
 * 服务人次: a station's month — its sessions with their person-times (attendance only) and the
 * 服务台账 to download — and the half-year before it, month by month.
 */
export function PersonTimesPage() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(keys);
  const month = /^\d{4}-\d{2}$/.test(filters.month ?? '')
    ? filters.month!
    : chinaToday().slice(0, 7);
  const stationId = filters.station;
  const range = halfYearTo(month);
  // The station's months when one is picked, else the whole scope's (a few rows per division).
  const stationTrend = useQuery({
    queryKey: groupworkKeys.personTimes(range.from, range.to, stationId ?? ''),
    queryFn: ({ signal }) => getStationPersonTimes(range.from, range.to, stationId!, signal),
    enabled: Boolean(stationId),
  });
  const scopeTrend = useQuery({
    queryKey: groupworkKeys.personTimesByDivision(range.from, range.to),
    queryFn: ({ signal }) => getPersonTimesByDivision(range.from, range.to, signal),
    enabled: !stationId,
  });
  const trend = stationId ? stationTrend : scopeTrend;
  const detail = useQuery({
    queryKey: groupworkKeys.stationMonth(stationId ?? '', month),
    queryFn: ({ signal }) => getStationMonth(stationId!, month, signal),
    enabled: Boolean(stationId),
  });
  const months = Array.from({ length: 6 }, (_, i) =>
    dayjs(`${range.from}-01`).add(i, 'month').format('YYYY-MM'),
  );
  const byMonth = personTimesByMonth(trend.data?.rows ?? [], months);

  return (
    <Page
      title={t('groupwork.personTimes.title')}
      extra={
        stationId && (
          <ExportButton href={serviceLedgerUrl(stationId, month)}>
            {t('groupwork.ledger.export')}
          </ExportButton>
        )
      }
    >
      <Flex gap="small" wrap style={{ marginBottom: 16 }}>
        <StationSelect
          source={groupworkStations}
          style={{ minWidth: 240 }}
          value={stationId ?? null}
          onChange={(station) => setFilters({ station: station ?? undefined, month })}
          placeholder={t('groupwork.personTimes.allStations')}
        />
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('groupwork.personTimes.month')}
          value={dayjs(`${month}-01`)}
          onChange={(value) =>
            setFilters({ station: stationId, month: value ? value.format('YYYY-MM') : undefined })
          }
        />
      </Flex>
      <Flex vertical gap="middle">
        {trend.isError ? (
          <ErrorResult error={trend.error} onRetry={() => void trend.refetch()} />
        ) : (
          <Card size="small" title={t('groupwork.personTimes.trend')}>
            <EChart
              height={260}
              label={t('groupwork.personTimes.trend')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0, right: 0 },
                grid: { left: 40, right: 16, bottom: 24, top: 36 },
                xAxis: { type: 'category', data: months },
                yAxis: { type: 'value', minInterval: 1 },
                series: [
                  {
                    type: 'bar',
                    stack: 'all',
                    name: t('groupwork.personTimes.group'),
                    data: byMonth.map((m) => m.group),
                  },
                  {
                    type: 'bar',
                    stack: 'all',
                    name: t('groupwork.personTimes.activity'),
                    data: byMonth.map((m) => m.activity),
                  },
                ],
              }}
            />
          </Card>
        )}
        {!stationId ? (
          <Empty description={t('groupwork.personTimes.pickStation')} />
        ) : detail.isError ? (
          <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <>
            <Row gutter={[12, 12]}>
              <Col xs={24} sm={8}>
                <FigureCard
                  title={t('groupwork.personTimes.total', { month })}
                  value={detail.data?.personTimes ?? '—'}
                  note={t('groupwork.personTimes.note')}
                />
              </Col>
              <Col xs={12} sm={8}>
                <FigureCard
                  title={t('groupwork.personTimes.group')}
                  value={detail.data?.groupPersonTimes ?? '—'}
                />
              </Col>
              <Col xs={12} sm={8}>
                <FigureCard
                  title={t('groupwork.personTimes.activity')}
                  value={detail.data?.activityPersonTimes ?? '—'}
                />
              </Col>
            </Row>
            <Table
              rowKey="id"
              size="small"
              loading={detail.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={detail.data?.sessions ?? []}
              locale={{ emptyText: t('groupwork.personTimes.noSessions') }}
              columns={[
                { key: 'heldOn', title: t('groupwork.session.heldOn'), dataIndex: 'heldOn' },
                {
                  key: 'kind',
                  title: t('groupwork.personTimes.kind'),
                  render: (_, s) => (
                    <Tag color={s.kind === 'group' ? 'blue' : 'green'}>
                      {s.kind === 'group'
                        ? t('groupwork.personTimes.group')
                        : t('groupwork.personTimes.activity')}
                    </Tag>
                  ),
                },
                {
                  key: 'title',
                  title: t('groupwork.personTimes.record'),
                  render: (_, s) => (
                    <Link to={`/${s.kind === 'group' ? 'groups' : 'activities'}/${s.recordId}`}>
                      {s.title}
                    </Link>
                  ),
                },
                {
                  key: 'organisation',
                  title: t('groupwork.organisation'),
                  dataIndex: 'organisationName',
                },
                {
                  key: 'minutes',
                  title: t('groupwork.session.duration'),
                  dataIndex: 'durationMinutes',
                },
                {
                  key: 'volunteers',
                  title: t('groupwork.session.volunteerCount'),
                  dataIndex: 'volunteerCount',
                },
                { key: 'personTimes', title: t('groupwork.personTimes'), dataIndex: 'personTimes' },
              ]}
            />
          </>
        )}
      </Flex>
    </Page>
  );
}
