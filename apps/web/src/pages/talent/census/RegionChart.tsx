import type { TalentCensus } from '@shegong/domain';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../../components/EChart';
import { twoSeriesFrame } from './chart-frame';
import { useT } from '../../../i18n/useT';

export type RegionRow = TalentCensus['byRegion'][number];

/**
 * Workers and certified workers per division below the one shown. A click on a division's bars
 * drills into it (the census of that division is fetched).
 */
export function RegionChart({
  rows,
  onDrill,
  nameOf,
}: {
  rows: RegionRow[];
  onDrill: (row: RegionRow) => void;
  /** The name of a row (本级 for the workers of the division itself). */
  nameOf: (row: RegionRow) => string;
}) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#0f7c8c', '#e8a33d'],
      ...twoSeriesFrame(16),
      xAxis: {
        type: 'category',
        data: rows.map(nameOf),
        axisLabel: { interval: 0, rotate: rows.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('talent.workers'),
          type: 'bar',
          barMaxWidth: 32,
          data: rows.map((row) => row.total),
        },
        {
          name: t('talent.certified'),
          type: 'bar',
          barMaxWidth: 32,
          data: rows.map((row) => row.certified),
        },
      ],
    }),
    [rows, nameOf, t],
  );
  return (
    <EChart
      option={option}
      height={rows.length > 8 ? 360 : 300}
      label={t('talent.chart.byRegion')}
      saveAs={t('talent.chart.byRegion')}
      onClick={(event) => {
        const row = rows[event.dataIndex];
        if (row) onDrill(row);
      }}
    />
  );
}
