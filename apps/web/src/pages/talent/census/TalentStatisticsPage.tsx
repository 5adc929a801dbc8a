import { censusLinks, chinaToday, type CensusDimension } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { ExportButton } from '../../../components/ExportButton';
import { Page } from '../../../components/Page';
import { PageSpinner } from '../../../components/PageSpinner';
import { RegionDrillBar } from '../../../components/region-picker/RegionDrillBar';
import { useDialog } from '../../../hooks/useDialog';
import { canDrill, useRegionDrill } from '../../../hooks/useRegionDrill';
import { formatShare } from '../../../format/percent';
import { useLanguage } from '../../../i18n/useLanguage';
import { bucketsOf } from './census-buckets';
import { CensusChart } from './CensusChart';
import { CensusKpis } from './CensusKpis';
import { RegionChart, type RegionRow } from './RegionChart';
import { censusExportUrl, censusKeys, getCensus } from './talent-statistics-api';
import { TargetModal } from './TargetModal';
import { TargetYearSelect } from './TargetYearSelect';
import { TransferFlows } from './TransferFlows';
import { TrendChart } from './TrendChart';

/** A chart in a card, with a line under it when its parts lead to the worker list. */
/** The breakdowns drawn as small charts, in page order; each bar or slice opens its workers. */
const breakdownCharts = [
  { dimension: 'byLevel', title: 'talent.chart.byLevel', kind: 'pie' },
  { dimension: 'byAgeBand', title: 'talent.chart.byAgeBand', kind: 'bar' },
  { dimension: 'byServiceYears', title: 'talent.chart.byServiceYears', kind: 'bar' },
  { dimension: 'byEducation', title: 'talent.chart.byEducation', kind: 'bar' },
  { dimension: 'bySex', title: 'talent.chart.bySex', kind: 'pie' },
  { dimension: 'bySocialWorkMajor', title: 'talent.chart.bySocialWorkMajor', kind: 'pie' },
] as const;

function ChartCard({
  title,
  drillHint,
  children,
}: {
  title: string;
  drillHint?: boolean;
  children: ReactNode;
}) {
  const { t } = useLanguage();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {children}
      {drillHint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('talent.chart.drillHint')}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * 人才统计: the census of the social workers of a region (the user's scope by default) — totals,
 * the year's target, and the breakdowns people compare, each chart exportable as a picture and
 * each count leading to the workers behind it; divisions below drill down.
 */
export function TalentStatisticsPage() {
  const { language, t } = useLanguage();
  const { can, inScope } = useSession();
  const regionDrill = useRegionDrill();
  const { region, drill } = regionDrill;
  // Whose target the figures are measured against: this year unless another is picked.
  const [year, setYear] = useState(() => Number(chinaToday().slice(0, 4)));
  const census = useQuery({
    queryKey: censusKeys.one(region, year),
    queryFn: ({ signal }) => getCensus(region, year, signal),
    placeholderData: keepPreviousData,
  });
  const editingTarget = useDialog();
  const data = census.data;
  const mayTarget = can('talent:settings') && inScope(region);

  // The workers recorded on the division itself (not on one below) come as a row of their own.
  const nameOf = useCallback(
    (row: RegionRow) =>
      row.regionCode === data?.regionCode ? t('talent.ownLevel') : row.regionName,
    [data?.regionCode, t],
  );
  const regionRows = useMemo(
    () =>
      [...(data?.byRegion ?? [])].sort((a, b) =>
        a.regionCode === data?.regionCode
          ? 1
          : b.regionCode === data?.regionCode
            ? -1
            : a.regionCode.localeCompare(b.regionCode),
      ),
    [data],
  );
  const drillRow = (row: RegionRow) => {
    if (row.regionCode !== data?.regionCode && canDrill(row.regionCode)) drill(row.regionCode);
  };
  const buckets = (dimension: CensusDimension) =>
    data ? bucketsOf(data, dimension, language, t) : [];

  const regionColumns: TableProps<RegionRow>['columns'] = [
    {
      key: 'region',
      title: t('talent.division'),
      render: (_value, row) =>
        row.regionCode !== data?.regionCode && canDrill(row.regionCode) ? (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            title={t('coverage.drill')}
            onClick={() => drillRow(row)}
          >
            {nameOf(row)}
          </Button>
        ) : (
          nameOf(row)
        ),
    },
    {
      key: 'total',
      title: t('talent.workers'),
      align: 'right',
      render: (_value, row) =>
        data && <Link to={censusLinks.division(data, row, 'total')}>{row.total}</Link>,
    },
    {
      key: 'certified',
      title: t('talent.certified'),
      align: 'right',
      render: (_value, row) =>
        data && <Link to={censusLinks.division(data, row, 'certified')}>{row.certified}</Link>,
    },
    {
      key: 'share',
      title: t('talent.certifiedShare'),
      align: 'right',
      render: (_value, row) => formatShare(row.total > 0 ? row.certified / row.total : null),
    },
  ];

  return (
    <Page
      title={t('talent.title')}
      extra={
        <Space>
          {mayTarget && data && (
            <Button onClick={() => editingTarget.show(true)}>{t('talent.target.edit')}</Button>
          )}
          <ExportButton href={censusExportUrl(region)}>{t('common.export')}</ExportButton>
        </Space>
      }
    >
      <Flex vertical gap="middle">
        <RegionDrillBar drill={regionDrill}>
          <TargetYearSelect value={year} onChange={setYear} />
        </RegionDrillBar>
        {census.isError ? (
          <ErrorResult error={census.error} onRetry={() => void census.refetch()} />
        ) : !data ? (
          <PageSpinner />
        ) : (
          <>
            <CensusKpis census={data} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={16}>
                <ChartCard title={t('talent.chart.byRegion')}>
                  {regionRows.length > 0 ? (
                    <RegionChart rows={regionRows} onDrill={drillRow} nameOf={nameOf} />
                  ) : (
                    <Empty description={t('talent.byRegion.empty')} />
                  )}
                </ChartCard>
              </Col>
              <Col xs={24} xl={8}>
                <Card size="small" title={t('talent.byRegion.table')} style={{ height: '100%' }}>
                  <Table<RegionRow>
                    rowKey="regionCode"
                    size="small"
                    columns={regionColumns}
                    dataSource={regionRows}
                    pagination={false}
                    scroll={{ y: 320 }}
                    locale={{ emptyText: <Empty description={t('talent.byRegion.empty')} /> }}
                  />
                </Card>
              </Col>
              {breakdownCharts.map((chart) => (
                <Col key={chart.dimension} xs={24} md={12} xl={8}>
                  <ChartCard title={t(chart.title)} drillHint>
                    <CensusChart
                      title={t(chart.title)}
                      kind={chart.kind}
                      buckets={buckets(chart.dimension)}
                    />
                  </ChartCard>
                </Col>
              ))}
              <Col xs={24} xl={12}>
                <ChartCard title={t('talent.chart.byEmployerKind')} drillHint>
                  <CensusChart
                    title={t('talent.chart.byEmployerKind')}
                    kind="bar"
                    buckets={buckets('byEmployerKind')}
                    height={280}
                  />
                </ChartCard>
              </Col>
              <Col xs={24} xl={12}>
                <ChartCard title={t('talent.chart.trend')} drillHint>
                  <TrendChart census={data} />
                </ChartCard>
              </Col>
              <Col xs={24}>
                <ChartCard title={t('talent.chart.flows')}>
                  <TransferFlows census={data} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('talent.flows.hint')}
                  </Typography.Text>
                </ChartCard>
              </Col>
            </Row>
          </>
        )}
      </Flex>
      {editingTarget.payload && data && (
        <TargetModal
          {...editingTarget.props}
          region={region}
          year={year}
          target={data.target}
          onSaved={setYear}
        />
      )}
    </Page>
  );
}
