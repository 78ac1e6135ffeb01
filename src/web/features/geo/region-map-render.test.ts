import fs from 'node:fs';
import path from 'node:path';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { interiorPoint } from './interior-point';
import { regionMapOption } from './region-map-option';

/**
 * The option drawn by ECharts itself (server-side SVG, no browser): the shape a unit test of the option
 * checks is also one ECharts accepts and draws — fills per region and markers on the geo.
 */
echarts.use([GeoComponent, ScatterChart, TooltipComponent, SVGRenderer]);

interface Feature { properties: { code: string }; geometry: unknown }
const regencies = JSON.parse(fs.readFileSync(path.resolve('data/geo/regencies.geojson'), 'utf8')) as { features: Feature[] };
const bali = { type: 'FeatureCollection', features: regencies.features.filter((f) => f.properties.code.startsWith('51.')) };
echarts.registerMap('test-bali', bali as unknown as Parameters<typeof echarts.registerMap>[1]);

function render(points: Parameters<typeof regionMapOption>[0]['points']) {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  chart.setOption(regionMapOption({
    mapName: 'test-bali', codes: bali.features.map((f) => f.properties.code), colourOf: (code) => (code === '51.06' ? '#f59f00' : undefined),
    fallbackColour: '#ced4da', tooltipOf: (code) => ({ title: code, lines: [] }), points,
  }));
  return chart;
}
const count = (svg: string, text: string) => svg.split(text).length - 1;
/** Shapes filled with a colour: ECharts draws one path per region, islets included. */
const filled = (svg: string, colour: string) => count(svg, `fill="${colour}"`);

describe('a region map drawn by ECharts', () => {
  it('fills the one coloured region and leaves the other eight in the fallback', () => {
    const chart = render([]);
    const svg = chart.renderToSVGString();
    expect(bali.features).toHaveLength(9);
    expect(filled(svg, '#f59f00')).toBe(1);
    expect(filled(svg, '#ced4da')).toBe(8);
    chart.dispose();
  });

  it('draws a marker per point on the geo, the count on the cluster only', () => {
    const chart = render([
      { id: 'one', lon: 115.35, lat: -8.4, count: 1, label: 'Satu kejadian' },
      { id: 'many', lon: 115.2, lat: -8.65, count: 12, label: '12 kejadian' },
    ]);
    const svg = chart.renderToSVGString();
    expect(filled(svg, '#364fc7')).toBe(2);
    expect(count(svg, '>12<')).toBe(1);
    expect(count(svg, '>1<')).toBe(0);
    chart.dispose();
  });

  it('places a region’s interior point inside the canvas, where a click selects it', () => {
    const chart = render([]);
    const bangli = bali.features.find((f) => f.properties.code === '51.06')!;
    const [x, y] = chart.convertToPixel({ geoIndex: 0 }, interiorPoint(bangli.geometry)!) as number[];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(600);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(400);
    chart.dispose();
  });
});
