import { censusLinks, type TalentCensus } from '@shegong/domain';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { EChart, type ChartOption } from '../../../components/EChart';
import { twoSeriesFrame } from './chart-frame';
import { useT } from '../../../i18n/useT';

/**
 * Workers in post and certified workers at each of the last five year-ends; a point opens the list
 * of those workers (within the census's region).
 */
export function TrendChart({ census }: { census: TalentCensus }) {
  const trend = census.trend;
  const t = useT();
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#0f7c8c', '#e8a33d'],
      ...twoSeriesFrame(24),
      xAxis: { type: 'category', boundaryGap: false, data: trend.map((p) => String(p.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('talent.employed'),
          type: 'line',
          smooth: true,
          label: { show: true },
          data: trend.map((p) => p.employed),
        },
        {
          name: t('talent.certified'),
          type: 'line',
          smooth: true,
          label: { show: true },
          data: trend.map((p) => p.certified),
        },
      ],
    }),
    [trend, t],
  );
  return (
    <EChart
      option={option}
      height={280}
      label={t('talent.chart.trend')}
      saveAs={t('talent.chart.trend')}
      onClick={(event) => {
        const year = trend[event.dataIndex]?.year;
        if (year === undefined) return;
        const figure = event.seriesIndex === 0 ? 'employed' : 'certified';
        void navigate(censusLinks.trend(census, year, figure));
      }}
    />
  );
}
