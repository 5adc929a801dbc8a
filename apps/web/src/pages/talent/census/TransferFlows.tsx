import type { TalentCensus } from '@shegong/domain';
import { Col, Empty, Row, Table, type TableProps } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../../components/EChart';
import { twoSeriesFrame } from './chart-frame';
import { useT } from '../../../i18n/useT';

type RegionFlow = TalentCensus['transferFlows']['byRegion'][number];

/**
 * 人才流动: workers moved in and out by approved transfers — across the region's own boundary
 * for each year of the trend (a chart), and for each division below it in each year (a table).
 */
export function TransferFlows({ census }: { census: TalentCensus }) {
  const t = useT();
  const { byYear, byRegion } = census.transferFlows;
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#0f7c8c', '#d4613e'],
      ...twoSeriesFrame(16),
      xAxis: { type: 'category', data: byYear.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('talent.flows.inflow'),
          type: 'bar',
          label: { show: true, position: 'top' },
          data: byYear.map((y) => y.inflow),
        },
        {
          name: t('talent.flows.outflow'),
          type: 'bar',
          label: { show: true, position: 'top' },
          data: byYear.map((y) => y.outflow),
        },
      ],
    }),
    [byYear, t],
  );
  const columns: TableProps<RegionFlow>['columns'] = [
    { key: 'region', title: t('talent.byRegion.table'), dataIndex: 'regionName' },
    { key: 'year', title: t('talent.flows.year'), dataIndex: 'year' },
    { key: 'inflow', title: t('talent.flows.inflow'), dataIndex: 'inflow', align: 'right' },
    { key: 'outflow', title: t('talent.flows.outflow'), dataIndex: 'outflow', align: 'right' },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <EChart
          option={option}
          height={260}
          label={t('talent.chart.flows')}
          saveAs={t('talent.chart.flows')}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Table<RegionFlow>
          rowKey={(r) => `${r.regionCode}:${r.year}`}
          size="small"
          columns={columns}
          dataSource={[...byRegion].sort((a, b) => b.year - a.year)}
          pagination={false}
          scroll={{ y: 220 }}
          locale={{ emptyText: <Empty description={t('talent.flows.empty')} /> }}
        />
      </Col>
    </Row>
  );
}
