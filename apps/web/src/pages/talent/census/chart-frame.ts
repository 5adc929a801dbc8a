import type { ChartOption } from '../../../components/EChart';

/**
 * The frame of the census's two-series charts: a tooltip by axis, the legend top left, and a grid
 * that keeps the axis labels inside the box (`right`: room for the last label).
 */
export function twoSeriesFrame(right: number) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0 },
    grid: {
      left: 8,
      right,
      top: 40,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
  } satisfies ChartOption;
}
