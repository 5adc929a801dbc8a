import {
  BarChart,
  LineChart,
  PieChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  ToolboxComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type ToolboxComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption, ECElementEvent } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { fontFamily } from '../app/theme';
import { useT } from '../i18n/useT';

// Only what the charts of the app use, so that the bundle stays small. Add a chart type here
// (and to ChartOption) when a page needs one.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  ToolboxComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
>;

/**
 * An ECharts chart in a div: created once, given each new option whole, resized with its box and
 * disposed with the component (design.md: wrap `echarts.init`, no echarts-for-react).
 */
export function EChart({
  option,
  height = 320,
  label,
  onClick,
  saveAs,
}: {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers (the data is in a table beside it too). */
  label: string;
  /** A click on a bar or a point. */
  onClick?: (event: ECElementEvent) => void;
  /** The file name (without .png) of a 保存为图片 button in the chart's corner. */
  saveAs?: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onClick);

  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    instance.on('click', (event) => clickHandler.current?.(event));
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const toolbox: ChartOption['toolbox'] = saveAs
      ? {
          right: 0,
          top: 0,
          feature: {
            saveAsImage: { name: saveAs, title: t('chart.saveAsImage'), pixelRatio: 2 },
          },
        }
      : undefined;
    chart.current?.setOption(
      { textStyle: { fontFamily }, aria: { enabled: true }, toolbox, ...option },
      { notMerge: true },
    );
  }, [option, saveAs, t]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
