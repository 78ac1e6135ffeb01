import './region-map.css';
import { Anchor, Text } from '@mantine/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { interiorPoint } from './interior-point';
import type { Outlines } from './outlines';
import { ALERT_COLOUR, POINT_COLOUR, regionMapOption, type LegendEntry, type MapPoint, type RegionFill, type RegionTooltip } from './region-map-option';

export type { LegendEntry, MapPoint, RegionFill, RegionTooltip } from './region-map-option';

// Only what a region map needs, so the lazily loaded chunk stays small.
echarts.use([GeoComponent, ScatterChart, TooltipComponent, CanvasRenderer]);

interface Props {
  outlines: Outlines;
  /** Unique per layer ('sinergi-51'): a province's kabupaten/kota must never replace the provinces' outlines. */
  mapName: string;
  /** Region code → fill; regions not in it take `fallback`. Keep it stable (useMemo): a new one redraws the map. */
  fills: ReadonlyMap<string, RegionFill>;
  fallback: RegionFill;
  /** The tooltip of a region; `name` is the outline's own name. */
  tooltipOf: (code: string, name: string) => RegionTooltip;
  legend: readonly LegendEntry[];
  legendLabel: string;
  /** What the map shows, for screen readers (the canvas says nothing to them). */
  summary: string;
  /** A region was clicked (its Kemendagri code). */
  onSelect: (code: string) => void;
  /** Markers drawn over the regions, grouped by the caller (a cluster is one point with a count). */
  points?: readonly MapPoint[];
  /** A marker was clicked (its id). */
  onPointSelect?: (id: string) => void;
  /** Open alerts, drawn as red triangles over the markers (their positions: a cluster's centre, a report's place). */
  alerts?: readonly MapPoint[];
  /** An alert was clicked (its id). */
  onAlertSelect?: (id: string) => void;
  testId?: string;
  legendTestId?: string;
}

const NO_POINTS: readonly MapPoint[] = [];

/**
 * Outlines coloured by the caller's fill per region (categories, not a gradient), with the caller's
 * tooltips and legend, optional point markers, and the outlines' attribution. Clicking a region calls
 * `onSelect`, a marker `onPointSelect`. The canvas is summarised for screen readers in the container's
 * label; for browser tests the container carries `data-categories` (what each region is coloured as),
 * `data-map` (the layer), `data-points` (the markers drawn: id and count each) and `data-anchors` (a pixel inside each region,
 * from the map's top-left corner, where a click selects it).
 */
export function RegionMap({
  outlines, mapName, fills, fallback, tooltipOf, legend, legendLabel, summary, onSelect, points = NO_POINTS, onPointSelect, alerts = NO_POINTS, onAlertSelect, testId, legendTestId,
}: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The latest callbacks and points, read by handlers the chart keeps from its first render.
  const latest = useRef({ onSelect, onPointSelect, tooltipOf, points, alerts, onAlertSelect });
  latest.current = { onSelect, onPointSelect, tooltipOf, points, alerts, onAlertSelect };

  const names = useMemo(() => new Map(outlines.features.map((feature) => [feature.properties.code, feature.properties.name])), [outlines]);
  const anchors = useMemo(() => outlines.features.flatMap((feature) => {
    const point = interiorPoint(feature.geometry);
    return point ? [{ code: feature.properties.code, point }] : [];
  }), [outlines]);
  const categories = useMemo(() => {
    const result: Record<string, string | null> = {};
    for (const feature of outlines.features) result[feature.properties.code] = (fills.get(feature.properties.code) ?? fallback).category;
    return result;
  }, [outlines, fills, fallback]);
  const importedCount = useMemo(() => outlines.features.filter((feature) => feature.properties.imported).length, [outlines]);
  const events = points.reduce((sum, point) => sum + point.count, 0);

  /** Where each region can be clicked now; the layout changes with every option and resize. */
  const placeAnchors = () => {
    const instance = chart.current;
    const element = container.current;
    if (!instance || !element) return;
    const pixels: Record<string, [number, number]> = {};
    for (const { code, point } of anchors) {
      const pixel = instance.convertToPixel({ geoIndex: 0 }, point) as number[] | undefined;
      if (pixel && Number.isFinite(pixel[0]) && Number.isFinite(pixel[1])) pixels[code] = [Math.round(pixel[0]!), Math.round(pixel[1]!)];
    }
    element.setAttribute('data-anchors', JSON.stringify(pixels));
  };
  const placeAnchorsRef = useRef(placeAnchors);
  placeAnchorsRef.current = placeAnchors;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (params.componentType === 'geo' && typeof params.name === 'string' && params.name !== '') latest.current.onSelect(params.name);
      if (params.componentType === 'series' && params.seriesId === 'alerts' && typeof params.dataIndex === 'number') {
        const alert = latest.current.alerts[params.dataIndex];
        if (alert) latest.current.onAlertSelect?.(alert.id);
        return;
      }
      if (params.componentType === 'series' && typeof params.dataIndex === 'number') {
        const point = latest.current.points[params.dataIndex];
        if (point) latest.current.onPointSelect?.(point.id);
      }
    });
    const observer = new ResizeObserver(() => {
      // A container just taken out of the page (unmounting, before this effect's cleanup) or hidden has
      // no size; laying the geo out on zero pixels makes its transform singular and ECharts throws.
      if (!element.isConnected || element.clientWidth === 0 || element.clientHeight === 0) return;
      instance.resize();
      placeAnchorsRef.current();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    echarts.registerMap(mapName, outlines as unknown as Parameters<typeof echarts.registerMap>[1]);
    instance.setOption(regionMapOption({
      mapName,
      codes: outlines.features.map((feature) => feature.properties.code),
      colourOf: (code) => fills.get(code)?.colour,
      fallbackColour: fallback.colour,
      tooltipOf: (code) => latest.current.tooltipOf(code, names.get(code) ?? code),
      points,
      alerts,
    }), { notMerge: true });
    placeAnchorsRef.current();
  }, [mapName, outlines, names, fills, fallback, points, alerts]);

  const label = events > 0 ? `${summary}. ${t('regionMap.pointsSummary', { count: events })}` : summary;
  return (
    <div>
      <div
        ref={container}
        className="region-map"
        role="img"
        aria-label={label}
        data-testid={testId}
        data-categories={JSON.stringify(categories)}
        data-map={mapName}
        data-points={JSON.stringify(points.map((point) => ({ id: point.id, count: point.count })))}
        data-alerts={JSON.stringify(alerts.map((alert) => alert.id))}
      />
      <ul className="region-map-legend" aria-label={legendLabel} data-testid={legendTestId}>
        {legend.map((entry) => (
          <li key={entry.key}>
            <span className="region-map-swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
        {points.length > 0 && (
          <li>
            <span className="region-map-swatch" data-shape="point" style={{ background: POINT_COLOUR }} aria-hidden="true" />
            {t('regionMap.pointsLegend')}
          </li>
        )}
        {alerts.length > 0 && (
          <li>
            <span className="region-map-swatch" data-shape="alert" style={{ background: ALERT_COLOUR }} aria-hidden="true" />
            {t('alerts.mapLegend')}
          </li>
        )}
      </ul>
      {/* The boundaries' licence asks for this credit next to every map. */}
      <Text size="xs" c="gray.7" mt={4} className="region-map-attribution" data-testid="map-attribution">
        <Anchor href={outlines.attributionUrl} target="_blank" rel="noopener noreferrer" inherit c="gray.7" underline="always" lang="en">
          {outlines.attribution}
        </Anchor>
        {importedCount > 0 && <> · {t('geoOutlines.importedOnMap', { count: importedCount })}</>}
        {' · '}
        <Anchor component={Link} to="/vulnerability/outlines" inherit c="gray.7" data-testid="manage-outlines">{t('geoOutlines.manage')}</Anchor>
      </Text>
    </div>
  );
}
