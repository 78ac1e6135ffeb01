import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An ECharts instance on the returned element's box, resized with it, disposed on unmount, and given
 * `option` (replacing the previous one) whenever it changes. The caller registers (`use`) what its
 * option needs from echarts, so each chart's chunk carries only that.
 */
export function useEChart(option: EChartsCoreOption) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
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
    chart.current?.setOption(option, true);
  }, [option]);

  return box;
}
