import { describe, expect, it } from 'vitest';
import { pointSize, regionMapOption, regionTooltipHtml, type MapPoint, type RegionMapInput } from './region-map-option';

const base: RegionMapInput = {
  mapName: 'sinergi-51',
  codes: ['51.06', '51.03', '51.71'],
  colourOf: (code) => ({ '51.06': '#2f9e44', '51.03': '#e03131' })[code],
  fallbackColour: '#ced4da',
  tooltipOf: (code) => ({ title: code === '51.06' ? 'Kabupaten <Bangli>' : code, lines: ['Kesiapan: 83,33%', ''] }),
  points: [],
};

type Formatter = (params: unknown) => string;
/** Regions' tooltips come from the geo's own formatter (ECharts never gives them to the global one). */
const regionFormatter = (option: ReturnType<typeof regionMapOption>) => (option.geo as { tooltip: { formatter: Formatter } }).tooltip.formatter;

describe('regionMapOption', () => {
  it('fills each region with its colour, the others with the fallback, and keeps the fill on hover', () => {
    const option = regionMapOption(base);
    const geo = option.geo as { map: string; nameProperty: string; regions: { name: string; itemStyle: { areaColor: string }; emphasis: { itemStyle: { areaColor: string } } }[] };
    expect(geo.map).toBe('sinergi-51');
    expect(geo.nameProperty).toBe('code');
    expect(geo.regions.map((r) => [r.name, r.itemStyle.areaColor, r.emphasis.itemStyle.areaColor])).toEqual([
      ['51.06', '#2f9e44', '#2f9e44'], ['51.03', '#e03131', '#e03131'], ['51.71', '#ced4da', '#ced4da'],
    ]);
    expect(option.series).toEqual([]);
  });

  it('writes a region’s tooltip from the caller’s text, escaped, without empty lines', () => {
    expect(regionFormatter(regionMapOption(base))({ componentType: 'geo', name: '51.06' })).toBe('<strong>Kabupaten &lt;Bangli&gt;</strong><br/>Kesiapan: 83,33%');
  });

  it('draws points on the geo as a scatter series, sized by count, with the count on clusters and the label as tooltip', () => {
    const points: MapPoint[] = [
      { id: 'a', lon: 115.3, lat: -8.4, count: 1, label: 'Bentrok <massa>' },
      { id: 'cluster-1', lon: 115.2, lat: -8.6, count: 12, label: '12 kejadian di Denpasar' },
    ];
    const option = regionMapOption({ ...base, points });
    const [series] = option.series as {
      type: string; coordinateSystem: string; data: { value: number[] }[]; symbolSize: (value: number[]) => number;
      label: { formatter: (params: { value: number[] }) => string };
    }[];
    expect(series).toMatchObject({ type: 'scatter', coordinateSystem: 'geo' });
    expect(series!.data.map((d) => d.value)).toEqual([[115.3, -8.4, 1], [115.2, -8.6, 12]]);
    expect(series!.symbolSize([0, 0, 12])).toBeGreaterThan(series!.symbolSize([0, 0, 1]));
    expect(series!.label.formatter({ value: [0, 0, 12] })).toBe('12');
    expect(series!.label.formatter({ value: [0, 0, 1] })).toBe('');
    const formatter = (series as unknown as { tooltip: { formatter: Formatter } }).tooltip.formatter;
    expect(formatter({ componentType: 'series', dataIndex: 0 })).toBe('Bentrok &lt;massa&gt;');
    expect(formatter({ componentType: 'series', dataIndex: 1 })).toBe('12 kejadian di Denpasar');
  });
});

describe('pointSize', () => {
  it('is 10 px for one event and grows with the square root of the count up to 44', () => {
    expect(pointSize(1)).toBe(10);
    expect(pointSize(5)).toBe(18); // 10 + 4·√4
    expect(pointSize(26)).toBe(30); // 10 + 4·√25
    expect(pointSize(10_000)).toBe(44);
    expect(pointSize(0)).toBe(10);
    expect(pointSize(Number.NaN)).toBe(10);
  });
});

describe('regionTooltipHtml', () => {
  it('escapes every piece of text', () => {
    expect(regionTooltipHtml({ title: 'A & B', lines: ['"x"', "'y'"] })).toBe('<strong>A &amp; B</strong><br/>&quot;x&quot;<br/>&#39;y&#39;');
  });
});
