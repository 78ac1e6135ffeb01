import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../../shell/useEChart';

// Only what bar charts need, to keep the chunk small.
use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

interface Props {
  bars: Array<{ label: string; count: number }>;
  /** Horizontal bars suit long names (regions, threats); vertical ones a run of days. */
  horizontal?: boolean;
  color: string;
  /** What the picture says, for assistive technology. */
  label: string;
  testId: string;
}

/** Article counts as bars; a picture to assistive technology, described by its label. */
export function CountBars({ bars, horizontal = false, color, label, testId }: Props) {
  const option = useMemo((): Option => {
    const names = bars.map((bar) => bar.label);
    const counts = bars.map((bar) => bar.count);
    const category = { type: 'category' as const, data: horizontal ? [...names].reverse() : names, axisLabel: { hideOverlap: true, width: 150, overflow: 'truncate' as const } };
    const value = { type: 'value' as const, minInterval: 1 };
    return {
      animation: false,
      grid: horizontal ? { left: 8, right: 24, top: 8, bottom: 8, containLabel: true } : { left: 32, right: 12, top: 12, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: horizontal ? [...counts].reverse() : counts, itemStyle: { color }, barMaxWidth: 28 }],
    };
  }, [bars, horizontal, color]);
  const box = useEChart(option);
  const height = horizontal ? Math.max(120, bars.length * 26 + 24) : 220;
  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height, minWidth: 0 }} />;
}
