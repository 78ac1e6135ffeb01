import type { ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The ECharts option of a region map, built without touching the DOM (unit-tested): a `geo`
 * component draws the outlines, each region filled by its own style, and a `scatter` series on that
 * geo draws point markers. A `map` series cannot host points, hence geo + scatter.
 */
export type RegionMapOption = ComposeOption<GeoComponentOption | ScatterSeriesOption | TooltipComponentOption>;

/** A marker: one event, or a cluster of `count` events the caller has already grouped. */
export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  count: number;
  /** The tooltip (plain text). */
  label: string;
}

/** How a region is drawn: its fill, and what that fill stands for (a category, a band), for `data-categories`. */
export interface RegionFill {
  colour: string;
  category: string | null;
}

export interface LegendEntry {
  key: string;
  colour: string;
  label: string;
}

/** What the tooltip of a region says: a title in bold, then lines (plain text; escaped here). */
export interface RegionTooltip {
  title: string;
  lines: readonly string[];
}

export interface RegionMapInput {
  /** The name the outlines were registered under (echarts.registerMap). */
  mapName: string;
  /** The regions' codes, as in the outlines' `properties.code`. */
  codes: readonly string[];
  /** Fill of each region; regions without one take `fallbackColour`. */
  colourOf: (code: string) => string | undefined;
  fallbackColour: string;
  tooltipOf: (code: string) => RegionTooltip;
  points: readonly MapPoint[];
  /** Open alerts, drawn apart from the event markers (red triangles, above them); none by default. */
  alerts?: readonly MapPoint[];
}

export const BORDER = { colour: '#ffffff', width: 0.6 } as const;
/** A hovered region keeps its fill and gets a dark border: the fill is the information. */
export const HOVER_BORDER = { colour: '#212529', width: 1.5 } as const;
/** Markers in indigo with a white ring, distinct from every band and category colour. */
export const POINT_COLOUR = '#364fc7';
/** Alerts stand out from incident markers by colour and shape. */
export const ALERT_COLOUR = '#e03131';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A marker's diameter in pixels: 10 for one event, growing with the square root of the count (the
 * area grows with the count) up to 44, so a cluster of hundreds does not cover a province.
 */
export function pointSize(count: number): number {
  const n = Number.isFinite(count) && count > 1 ? count : 1;
  return Math.min(44, Math.round(10 + 4 * Math.sqrt(n - 1)));
}

/** The tooltip's HTML for a region: the caller's text, escaped. */
export function regionTooltipHtml(tooltip: RegionTooltip): string {
  return [`<strong>${escapeHtml(tooltip.title)}</strong>`, ...tooltip.lines.filter(Boolean).map(escapeHtml)].join('<br/>');
}

interface TooltipParams {
  name?: string;
  dataIndex?: number;
}
const firstOf = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw) as TooltipParams | undefined;

export function regionMapOption(input: RegionMapInput): RegionMapOption {
  const { points } = input;
  const alerts = input.alerts ?? [];
  return {
    // ECharts does not hand a component's items (the geo's regions) to the global formatter: each part has its own.
    tooltip: { trigger: 'item', confine: true },
    geo: {
      map: input.mapName,
      nameProperty: 'code',
      aspectScale: 1, // Near the equator a degree of longitude is as long as one of latitude.
      roam: false,
      selectedMode: false,
      left: 'center',
      top: 'middle',
      tooltip: {
        show: true,
        formatter: (raw: unknown) => regionTooltipHtml(input.tooltipOf(String(firstOf(raw)?.name ?? ''))),
      },
      label: { show: false },
      itemStyle: { areaColor: input.fallbackColour, borderColor: BORDER.colour, borderWidth: BORDER.width },
      emphasis: { label: { show: false }, itemStyle: { areaColor: input.fallbackColour, borderColor: HOVER_BORDER.colour, borderWidth: HOVER_BORDER.width } },
      regions: input.codes.map((code) => {
        const areaColor = input.colourOf(code) ?? input.fallbackColour;
        return {
          name: code,
          itemStyle: { areaColor },
          emphasis: { label: { show: false }, itemStyle: { areaColor, borderColor: HOVER_BORDER.colour, borderWidth: HOVER_BORDER.width } },
        };
      }),
    },
    series: [...(points.length === 0 ? [] : [{
      type: 'scatter',
      id: 'incidents',
      coordinateSystem: 'geo',
      geoIndex: 0,
      z: 5,
      data: points.map((point) => ({ value: [point.lon, point.lat, point.count] })),
      symbolSize: (value: number[]) => pointSize(value[2] ?? 1),
      itemStyle: { color: POINT_COLOUR, borderColor: '#ffffff', borderWidth: 1.5, opacity: 0.9 },
      // A cluster shows how many events it holds; a single event needs no number.
      label: {
        show: true, position: 'inside', color: '#ffffff', fontSize: 11, fontWeight: 'bold',
        formatter: (params) => {
          const count = (params.value as number[] | undefined)?.[2] ?? 1;
          return count > 1 ? String(count) : '';
        },
      },
      emphasis: { scale: 1.2, itemStyle: { borderColor: HOVER_BORDER.colour } },
      tooltip: {
        formatter: (raw: unknown) => {
          const point = points[firstOf(raw)?.dataIndex ?? -1];
          return point ? escapeHtml(point.label) : '';
        },
      },
    } satisfies ScatterSeriesOption]), ...(alerts.length === 0 ? [] : [{
      type: 'scatter',
      id: 'alerts',
      coordinateSystem: 'geo',
      geoIndex: 0,
      z: 6,
      symbol: 'triangle',
      data: alerts.map((alert) => ({ value: [alert.lon, alert.lat, alert.count] })),
      symbolSize: 18,
      itemStyle: { color: ALERT_COLOUR, borderColor: '#ffffff', borderWidth: 1.5, opacity: 0.95 },
      label: { show: true, position: 'inside', color: '#ffffff', fontSize: 10, fontWeight: 'bold', formatter: '!' },
      emphasis: { scale: 1.2, itemStyle: { borderColor: HOVER_BORDER.colour } },
      tooltip: {
        formatter: (raw: unknown) => {
          const alert = alerts[firstOf(raw)?.dataIndex ?? -1];
          return alert ? escapeHtml(alert.label) : '';
        },
      },
    } satisfies ScatterSeriesOption])],
  };
}
