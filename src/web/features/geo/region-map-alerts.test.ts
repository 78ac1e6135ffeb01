import { describe, expect, it } from 'vitest';
import { ALERT_COLOUR, POINT_COLOUR, regionMapOption, type RegionMapInput } from './region-map-option';

const base: RegionMapInput = {
  mapName: 'sinergi-51', codes: ['51.06'], colourOf: () => undefined, fallbackColour: '#ced4da', tooltipOf: (code) => ({ title: code, lines: [] }),
  points: [{ id: 'i1', lon: 115.3, lat: -8.4, count: 1, label: 'Politik uang' }],
};
type Series = { id: string; symbol?: string; itemStyle: { color: string }; data: { value: number[] }[]; z: number; tooltip: { formatter: (raw: unknown) => string } };

describe('alerts on the region map', () => {
  it('draws open alerts as their own series: red triangles above the incident markers, with an escaped tooltip', () => {
    const option = regionMapOption({ ...base, alerts: [{ id: 'a7', lon: 115.36, lat: -8.43, count: 4, label: 'Peringatan: <Lonjakan> · Bangli' }] });
    const [incidents, alerts] = option.series as Series[];
    expect(incidents).toMatchObject({ id: 'incidents', itemStyle: { color: POINT_COLOUR } });
    expect(alerts).toMatchObject({ id: 'alerts', symbol: 'triangle', itemStyle: { color: ALERT_COLOUR } });
    expect(alerts!.z).toBeGreaterThan(incidents!.z);
    expect(alerts!.data.map((d) => d.value)).toEqual([[115.36, -8.43, 4]]);
    expect(alerts!.tooltip.formatter({ dataIndex: 0 })).toBe('Peringatan: &lt;Lonjakan&gt; · Bangli');
    expect(ALERT_COLOUR).not.toBe(POINT_COLOUR);
  });

  it('draws no alert series without alerts', () => {
    expect((regionMapOption(base).series as Series[]).map((s) => s.id)).toEqual(['incidents']);
  });
});
