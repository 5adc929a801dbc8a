import type { Coverage } from '@shegong/domain';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../components/EChart';
import { useT } from '../../i18n/useT';

type Child = Coverage['children'][number];

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * Township coverage and village staffing per child division, side by side in percent. A click on
 * a division's bars drills into it, as the table does.
 */
export function CoverageChart({
  rows,
  onDrill,
}: {
  rows: Child[];
  onDrill?: (regionCode: string) => void;
}) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#0f7c8c', '#e8a33d'],
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null ? '—' : `${String(v)}%`) },
      legend: { top: 0 },
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
        data: rows.map((row) => row.regionName),
        axisLabel: { interval: 0, rotate: rows.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('coverage.townshipCoverage'),
          type: 'bar',
          data: rows.map((row) => percent(row.townshipCoverage)),
        },
        {
          name: t('coverage.villageCoverage'),
          type: 'bar',
          data: rows.map((row) => percent(row.villageCoverage)),
        },
      ],
    }),
    [rows, t],
  );
  return (
    <EChart
      option={option}
      height={rows.length > 8 ? 360 : 300}
      label={t('coverage.chart.label')}
      saveAs={t('coverage.chart.title')}
      onClick={(event) => {
        const row = rows[event.dataIndex];
        if (row && onDrill) onDrill(row.regionCode);
      }}
    />
  );
}
