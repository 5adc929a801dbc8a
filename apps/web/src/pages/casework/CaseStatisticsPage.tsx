import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  caseStatuses,
  caseWorkStages,
  labelOf,
  populationGroups,
  riskLevels,
  type AnonymousCase,
  type CaseStatistics,
} from '@shegong/domain';
import { Card, Col, Flex, Row, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { EChart } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { FigureCard } from '../../components/FigureCard';
import { FilterBar } from '../../components/FilterBar';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RegionTrail } from '../../components/region-picker/RegionTrail';
import { canDrill, useRegionDrill } from '../../hooks/useRegionDrill';
import { useLanguage } from '../../i18n/useLanguage';
import { GroupTags } from '../clients/ClientLabels';
import { CaseListFooter, caseColumns, EnumFilter } from './case-list-parts';
import { caseKeys, getStatistics, listAnonymousCases, type AnonymousQuery } from './casework-api';
import { CaseSettingPanel } from './CaseSettingPanel';

/**
 * 个案统计 for the offices: counts of the region's cases by stage, risk, group, division, station
 * and month, and the cases without a name or a word of what they say. A file opens only with a
 * reason (clients:open_file), which the case and the client's record show.
 */
export function CaseStatisticsPage() {
  const { t } = useLanguage();
  const { can } = useSession();
  const { scope, region, drill, linkTo } = useRegionDrill();
  const figures = useQuery({
    queryKey: caseKeys.statistics(region),
    queryFn: ({ signal }) => getStatistics(region, signal),
  });
  return (
    <Page title={t('casework.statistics.title')}>
      <Flex vertical gap="middle">
        <RegionTrail scope={scope} region={region} linkTo={linkTo} />
        {figures.isPending ? (
          <PageSpinner />
        ) : figures.isError ? (
          <ErrorResult error={figures.error} onRetry={() => void figures.refetch()} />
        ) : (
          <Figures figures={figures.data} onDrill={drill} />
        )}
        <AnonymousCases region={region} />
        {can('cases:configure') && <CaseSettingPanel region={region} />}
      </Flex>
    </Page>
  );
}

function Figures({
  figures,
  onDrill,
}: {
  figures: CaseStatistics;
  onDrill: (code: string) => void;
}) {
  const { t, language } = useLanguage();
  const bar = (title: string, data: { name: string; value: number }[]) => (
    <Card size="small" title={title}>
      <EChart
        height={240}
        label={title}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 16, bottom: 56, top: 16 },
          xAxis: { type: 'category', data: data.map((d) => d.name), axisLabel: { rotate: 30 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: data.map((d) => d.value) }],
        }}
      />
    </Card>
  );
  return (
    <>
      <Row gutter={[16, 16]}>
        {(['total', 'open', 'closed', 'notTaken', 'overdueReassessments'] as const).map((key) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <FigureCard
              title={t(`casework.statistics.${key}`)}
              value={figures[key]}
              danger={key === 'overdueReassessments' && figures[key] > 0}
            />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          {bar(
            t('casework.statistics.byStage'),
            figures.byStage.map((s) => ({
              name: labelOf(caseWorkStages, s.key, language),
              value: s.count,
            })),
          )}
        </Col>
        <Col xs={24} xl={8}>
          {bar(
            t('casework.statistics.byRisk'),
            figures.byRisk.map((s) => ({
              name: labelOf(riskLevels, s.key, language),
              value: s.count,
            })),
          )}
        </Col>
        <Col xs={24} xl={8}>
          {bar(
            t('casework.statistics.byGroup'),
            figures.byPopulationGroup.map((s) => ({
              name: labelOf(populationGroups, s.key, language),
              value: s.count,
            })),
          )}
        </Col>
      </Row>
      <Card size="small" title={t('casework.statistics.byMonth')}>
        <EChart
          height={240}
          label={t('casework.statistics.byMonth')}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0, right: 0 },
            grid: { left: 40, right: 16, bottom: 24, top: 36 },
            xAxis: { type: 'category', data: figures.byMonth.map((m) => m.month) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              {
                type: 'line',
                name: t('casework.statistics.opened'),
                data: figures.byMonth.map((m) => m.opened),
              },
              {
                type: 'line',
                name: t('casework.statistics.closedIn'),
                data: figures.byMonth.map((m) => m.closed),
              },
            ],
          }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('casework.statistics.byRegion')}>
            <Table
              rowKey="regionCode"
              size="small"
              pagination={false}
              dataSource={figures.byRegion}
              columns={[
                {
                  key: 'region',
                  title: t('casework.region'),
                  render: (_, r) =>
                    canDrill(r.regionCode) ? (
                      <a onClick={() => onDrill(r.regionCode)}>{r.regionName}</a>
                    ) : (
                      r.regionName
                    ),
                },
                { key: 'open', title: t('casework.statistics.open'), dataIndex: 'open' },
                { key: 'closed', title: t('casework.statistics.closed'), dataIndex: 'closed' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('casework.statistics.byStation')}>
            <Table
              rowKey="stationId"
              size="small"
              pagination={false}
              dataSource={figures.byStation}
              columns={[
                { key: 'station', title: t('casework.station'), dataIndex: 'stationName' },
                { key: 'open', title: t('casework.statistics.open'), dataIndex: 'open' },
                { key: 'closed', title: t('casework.statistics.closed'), dataIndex: 'closed' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** The region's cases without names or content; 调阅 opens one with a reason. */
function AnonymousCases({ region }: { region: string }) {
  const { t } = useLanguage();
  const { can } = useSession();
  const [filters, setFilters] = useState<AnonymousQuery>({});
  const query = { ...filters, region };
  const list = useInfiniteQuery({
    queryKey: caseKeys.anonymous(query),
    queryFn: ({ pageParam, signal }) => listAnonymousCases(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card size="small" title={t('casework.anonymous.title')}>
      <FilterBar initialValues={filters} onSearch={setFilters} onReset={() => setFilters({})}>
        <EnumFilter name="stage" list={caseWorkStages} placeholder={t('casework.stage')} />
        <EnumFilter name="status" list={caseStatuses} placeholder={t('casework.status')} />
        <EnumFilter name="riskLevel" list={riskLevels} placeholder={t('casework.risk')} />
        <EnumFilter
          name="populationGroup"
          list={populationGroups}
          placeholder={t('casework.populationGroups')}
          width={160}
        />
      </FilterBar>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<AnonymousCase>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('casework.anonymous.empty') }}
          columns={[
            {
              key: 'id',
              title: t('casework.anonymous.id'),
              render: (_, c) => c.id.slice(-8).toUpperCase(),
            },
            ...caseColumns<AnonymousCase>(t),
            {
              key: 'groups',
              title: t('casework.populationGroups'),
              render: (_, c) => <GroupTags groups={c.populationGroups} />,
            },
            { key: 'opened', title: t('casework.openedOn'), dataIndex: 'openedOn' },
            { key: 'closed', title: t('casework.closedOn'), render: (_, c) => c.closedOn ?? '—' },
            ...(can('clients:open_file')
              ? [
                  {
                    key: 'open',
                    title: t('common.actions'),
                    render: (_: unknown, c: AnonymousCase) => (
                      <Link to={`/case-statistics/${c.id}`}>{t('casework.anonymous.open')}</Link>
                    ),
                  },
                ]
              : []),
          ]}
          footer={() => <CaseListFooter t={t} shown={rows.length} list={list} />}
        />
      )}
    </Card>
  );
}
