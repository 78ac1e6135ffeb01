import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEChart } from '../../shell/useEChart';
import type { Compliance } from './api';

// Only what two lines need, to keep the chunk small.
use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** Cumulative submitted and verified targets per local day; a picture to assistive technology, named by its last values. */
export function ProgressChart({ progress, targets }: { progress: Compliance['progress']; targets: number }) {
  const { t } = useTranslation();
  const last = progress.at(-1);
  const label = t('pacts.progressLabel', { date: last?.date ?? '', submitted: last?.submitted ?? 0, verified: last?.verified ?? 0, targets });

  const option = useMemo((): Option => ({
    animation: false,
    grid: { left: 40, right: 16, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: progress.map((point) => point.date), boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: Math.max(targets, 1), minInterval: 1 },
    series: [
      { type: 'line', name: t('pacts.submitted'), data: progress.map((point) => point.submitted), lineStyle: { color: '#4c6ef5' }, itemStyle: { color: '#4c6ef5' } },
      { type: 'line', name: t('pacts.verified'), data: progress.map((point) => point.verified), lineStyle: { color: '#2f9e44' }, itemStyle: { color: '#2f9e44' } },
    ],
  }), [progress, targets, t]);

  const box = useEChart(option);

  return <div ref={box} role="img" aria-label={label} data-testid="pact-progress" style={{ width: '100%', height: 240, minWidth: 0 }} />;
}
