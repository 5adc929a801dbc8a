import { PlusOutlined } from '@ant-design/icons';
import {
  fundingSources,
  labelOf,
  type Allocation,
  type FundSource,
  type FundsSummary,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Flex,
  InputNumber,
  Row,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { EChart, type ChartOption } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { FigureCard } from '../../components/FigureCard';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RegionDrillBar } from '../../components/region-picker/RegionDrillBar';
import { formatYuan } from '../../format/money';
import { useDialog } from '../../hooks/useDialog';
import { useRegionDrill } from '../../hooks/useRegionDrill';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useLanguage } from '../../i18n/useLanguage';
import { AllocationModal } from './AllocationModal';
import { FundSourceDrawer } from './FundSourceDrawer';
import {
  fundKeys,
  fundLedgerUrl,
  getFundsSummary,
  listAllocations,
  listFundSources,
  type FundFilters,
} from './funds-api';

const yearKeys = ['region', 'year'] as const;
const wan = (fen: number) => Math.round(fen / 1_000_000) / 100; // 万元, two decimals

/**
 * 购买服务资金: where the money comes from (sources by kind), where it goes (allocations to
 * projects) and what is set up with it, by division and year; the sources with their allocations
 * below, and the register (资金台账) as a sheet.
 */
export function FundsPage() {
  const { t } = useLanguage();
  const { can } = useSession();
  const regionDrill = useRegionDrill();
  const { region, drill } = regionDrill;
  const [address, setAddress] = useUrlFilters(yearKeys);
  const year = address.year && /^\d{4}$/.test(address.year) ? Number(address.year) : undefined;
  const filters: FundFilters = { region, year };
  const summary = useQuery({
    queryKey: fundKeys.summary(filters),
    queryFn: ({ signal }) => getFundsSummary(filters, signal),
  });
  const creating = useDialog();

  return (
    <Page
      title={t('funds.title')}
      extra={
        <Space>
          {can('funds:manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
              {t('funds.source.new')}
            </Button>
          )}
          <ExportButton href={fundLedgerUrl(filters)}>{t('funds.export')}</ExportButton>
        </Space>
      }
    >
      <Flex vertical gap="middle">
        <RegionDrillBar drill={regionDrill}>
          <InputNumber
            min={2000}
            max={2100}
            value={year ?? null}
            placeholder={t('funds.year.all')}
            aria-label={t('funds.year')}
            onChange={(next) => setAddress({ region: address.region, year: next ?? undefined })}
            style={{ width: 120 }}
          />
        </RegionDrillBar>
        {summary.isError ? (
          <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />
        ) : !summary.data ? (
          <PageSpinner />
        ) : (
          <FundsFigures summary={summary.data} onDrill={drill} />
        )}
        <SourcesTable filters={filters} />
      </Flex>
      {creating.payload && <FundSourceDrawer {...creating.props} />}
    </Page>
  );
}

/** The totals, and the charts by division (click to drill), by kind and by year. */
function FundsFigures({
  summary: s,
  onDrill,
}: {
  summary: FundsSummary;
  onDrill: (code: string) => void;
}) {
  const { t, language } = useLanguage();
  const share = s.totals.sourcesFen > 0 ? s.totals.allocatedFen / s.totals.sourcesFen : 0;
  const regionOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: {
        type: 'category',
        data: s.byRegion.map((r) => r.regionName),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value', name: language === 'zh-CN' ? '万元' : '10k yuan' },
      series: [
        { type: 'bar', name: t('funds.sources'), data: s.byRegion.map((r) => wan(r.sourcesFen)) },
        {
          type: 'bar',
          name: t('funds.allocated'),
          data: s.byRegion.map((r) => wan(r.allocatedFen)),
        },
        { type: 'bar', name: t('funds.budget'), data: s.byRegion.map((r) => wan(r.budgetFen)) },
        { type: 'bar', name: t('funds.paid'), data: s.byRegion.map((r) => wan(r.paidFen)) },
      ],
    }),
    [s, t, language],
  );
  const kindOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          data: s.byKind.map((k) => ({
            name: labelOf(fundingSources, k.kind, language),
            value: wan(k.sourcesFen),
          })),
        },
      ],
    }),
    [s, language],
  );
  const yearOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 24 },
      xAxis: { type: 'category', data: s.byYear.map((y) => String(y.year)) },
      yAxis: { type: 'value' },
      series: [
        { type: 'line', name: t('funds.sources'), data: s.byYear.map((y) => wan(y.sourcesFen)) },
        {
          type: 'line',
          name: t('funds.allocated'),
          data: s.byYear.map((y) => wan(y.allocatedFen)),
        },
        { type: 'line', name: t('funds.paid'), data: s.byYear.map((y) => wan(y.paidFen)) },
      ],
    }),
    [s, t],
  );
  return (
    <Flex vertical gap="middle">
      <Row gutter={[12, 12]}>
        <Col flex="1 1 200px">
          <FigureCard
            title={t('funds.sources')}
            value={formatYuan(s.totals.sourcesFen, language)}
            suffix={t('funds.unit')}
          />
        </Col>
        <Col flex="1 1 200px">
          <FigureCard
            title={t('funds.allocated')}
            value={formatYuan(s.totals.allocatedFen, language)}
            suffix={t('funds.unit')}
            note={t('funds.share', { share: `${(share * 100).toFixed(1)}%` })}
          />
        </Col>
        <Col flex="1 1 200px">
          <FigureCard
            title={t('funds.remaining')}
            value={formatYuan(s.totals.sourcesFen - s.totals.allocatedFen, language)}
            suffix={t('funds.unit')}
          />
        </Col>
        <Col flex="1 1 200px">
          <FigureCard
            title={t('funds.paid')}
            value={formatYuan(s.totals.paidFen, language)}
            suffix={t('funds.unit')}
            note={t('funds.paid.note', { amount: formatYuan(s.totals.contractedFen, language) })}
          />
        </Col>
        <Col flex="1 1 200px">
          <FigureCard
            title={t('funds.projects')}
            value={s.totals.projects}
            suffix={t('funds.projects.unit')}
            note={`${t('funds.budget')} ${formatYuan(s.totals.budgetFen, language)} ${t('funds.unit')}`}
            to="/projects"
          />
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('funds.chart.byRegion')}>
            <EChart
              option={regionOption}
              label={t('funds.chart.byRegion')}
              saveAs={t('funds.chart.byRegion')}
              onClick={(event) => {
                const line = s.byRegion[event.dataIndex];
                if (line && line.regionCode !== s.regionCode) onDrill(line.regionCode);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('funds.chart.byKind')}>
            <EChart
              option={kindOption}
              label={t('funds.chart.byKind')}
              saveAs={t('funds.chart.byKind')}
            />
          </Card>
        </Col>
        {s.byYear.length > 1 && (
          <Col span={24}>
            <Card size="small" title={t('funds.chart.byYear')}>
              <EChart option={yearOption} height={240} label={t('funds.chart.byYear')} />
            </Card>
          </Col>
        )}
      </Row>
    </Flex>
  );
}

/** The sources in the filters; each opens onto its allocations, with 安排到项目. */
function SourcesTable({ filters }: { filters: FundFilters }) {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const sources = useQuery({
    queryKey: fundKeys.sources(filters),
    queryFn: ({ signal }) => listFundSources(filters, signal),
  });
  const editing = useDialog<FundSource>();
  const allocating = useDialog<{ source: FundSource; allocation?: Allocation }>();
  const mayManage = can('funds:manage');
  if (sources.isError)
    return <ErrorResult error={sources.error} onRetry={() => void sources.refetch()} />;
  const columns: TableProps<FundSource>['columns'] = [
    { key: 'year', title: t('funds.year'), dataIndex: 'year' },
    {
      key: 'name',
      title: t('funds.source.name'),
      render: (_, s) => (
        <Flex vertical>
          {s.name}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.regionName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('funds.source.kind'),
      render: (_, s) => labelOf(fundingSources, s.kind, language),
    },
    {
      key: 'amount',
      title: t('funds.sources'),
      align: 'right',
      render: (_, s) => formatYuan(s.amountFen, language),
    },
    {
      key: 'allocated',
      title: t('funds.allocated'),
      align: 'right',
      render: (_, s) => formatYuan(s.allocatedFen, language),
    },
    {
      key: 'remaining',
      title: t('funds.remaining'),
      align: 'right',
      render: (_, s) => formatYuan(s.remainingFen, language),
    },
    ...(mayManage
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, s: FundSource) => (
              <Space>
                <Button size="small" type="link" onClick={() => allocating.show({ source: s })}>
                  {t('funds.allocation.new')}
                </Button>
                <Button size="small" type="link" onClick={() => editing.show(s)}>
                  {t('common.edit')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<FundSource>
        rowKey="id"
        size="middle"
        loading={sources.isFetching}
        dataSource={sources.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (s) => (
            <SourceAllocations
              source={s}
              onEdit={
                mayManage ? (allocation) => allocating.show({ source: s, allocation }) : undefined
              }
            />
          ),
        }}
        locale={{
          emptyText: (
            <GuidingEmpty
              title={t('funds.source.empty')}
              purpose={t('funds.source.empty.purpose')}
            />
          ),
        }}
      />
      {editing.payload && <FundSourceDrawer {...editing.props} source={editing.payload} />}
      {allocating.payload && (
        <AllocationModal
          {...allocating.props}
          source={allocating.payload.source}
          allocation={allocating.payload.allocation}
        />
      )}
    </>
  );
}

function SourceAllocations({
  source,
  onEdit,
}: {
  source: FundSource;
  onEdit?: (allocation: Allocation) => void;
}) {
  const { t, language } = useLanguage();
  const lines = useQuery({
    queryKey: fundKeys.allocations({ sourceId: source.id }),
    queryFn: ({ signal }) => listAllocations({ sourceId: source.id }, signal),
  });
  if (lines.isError)
    return <ErrorResult error={lines.error} onRetry={() => void lines.refetch()} />;
  return (
    <Table<Allocation>
      rowKey="id"
      size="small"
      loading={lines.isFetching}
      dataSource={lines.data ?? []}
      pagination={false}
      locale={{ emptyText: t('funds.allocation.none') }}
      columns={[
        {
          key: 'project',
          title: t('funds.allocation.project'),
          render: (_, a) => (
            <Link to={`/projects/${a.projectId}`}>{`${a.projectCode} ${a.projectTitle}`}</Link>
          ),
        },
        {
          key: 'amount',
          title: t('funds.allocation.amount'),
          align: 'right',
          render: (_, a) => formatYuan(a.amountFen, language),
        },
        { key: 'note', title: t('funds.allocation.note'), dataIndex: 'note' },
        { key: 'by', title: t('projects.draftedBy'), dataIndex: 'createdByName' },
        ...(onEdit
          ? [
              {
                key: 'edit',
                title: '',
                render: (_: unknown, a: Allocation) => (
                  <Button size="small" type="link" onClick={() => onEdit(a)}>
                    {t('funds.allocation.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
