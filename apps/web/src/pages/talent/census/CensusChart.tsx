import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { EChart, type ChartOption } from '../../../components/EChart';
import type { Bucket } from './census-buckets';

const palette = [
  '#0f7c8c',
  '#e8a33d',
  '#5b8ff9',
  '#9270ca',
  '#5ad8a6',
  '#f6903d',
  '#e86452',
  '#6dc8ec',
];

/**
 * One dimension of the census as a bar or a pie chart. A click on a bucket the worker list can
 * filter by opens the list of those workers (within the census's region).
 */
export function CensusChart({
  title,
  buckets,
  kind,
  height = 260,
}: {
  title: string;
  buckets: Bucket[];
  kind: 'bar' | 'pie';
  height?: number;
}) {
  const navigate = useNavigate();
  const option = useMemo<ChartOption>(() => {
    if (kind === 'pie') {
      return {
        color: palette,
        tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
        legend: { bottom: 0, type: 'plain' },
        series: [
          {
            name: title,
            type: 'pie',
            radius: ['38%', '66%'],
            center: ['50%', '44%'],
            // The counts inside the ring; the names are in the legend (outside labels get cut).
            label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
            labelLine: { show: false },
            minShowLabelAngle: 10,
            data: buckets
              .filter((b) => b.count > 0)
              .map((b) => ({ name: b.label, value: b.count })),
          },
        ],
      };
    }
    return {
      color: palette,
      tooltip: { trigger: 'axis' },
      grid: {
        left: 8,
        right: 16,
        top: 36,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'category',
        data: buckets.map((b) => b.label),
        // Slanted when the names would run into each other (many, or long as in English).
        axisLabel: {
          interval: 0,
          rotate:
            buckets.length > 5 ||
            buckets.some((b) => b.label.length > 6) ||
            buckets.reduce((sum, b) => sum + b.label.length, 0) > 20
              ? 30
              : 0,
        },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: title,
          type: 'bar',
          barMaxWidth: 40,
          label: { show: true, position: 'top' },
          data: buckets.map((b) => b.count),
        },
      ],
    };
  }, [buckets, kind, title]);

  const open = (bucket: Bucket | undefined) => {
    if (bucket?.to) void navigate(bucket.to);
  };
  const byLabel = (name: string) => buckets.find((b) => b.label === name);
  return (
    <EChart
      option={option}
      height={height}
      label={title}
      saveAs={title}
      onClick={(event) => open(kind === 'pie' ? byLabel(event.name) : buckets[event.dataIndex])}
    />
  );
}

/** Whether any bucket leads to a list (to say so under the chart). */
export const drillable = (buckets: Bucket[]) => buckets.some((b) => b.to !== null);
