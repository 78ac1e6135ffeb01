import { isWithin } from '../../../domain/regions/codes';
import { interiorPoint } from '../geo/interior-point';
import type { OutlineFeature } from '../geo/outlines';

/**
 * Where an alert is drawn: its own position (a cluster's centre, a severe report's place), else a point
 * inside the outline on the map that holds its region (a spike is about a kabupaten/kota, not a
 * place). Null when the map shows no outline holding it (an alert of another province, or one about a
 * whole province on that province's own map): the alerts panel still lists it.
 */
export function alertPosition(
  alert: { regionCode: string; latitude: number | null; longitude: number | null },
  outlines: readonly OutlineFeature[] | undefined,
): { lat: number; lon: number; onRegion: boolean } | null {
  if (alert.latitude !== null && alert.longitude !== null) return { lat: alert.latitude, lon: alert.longitude, onRegion: false };
  const holder = outlines?.find((feature) => isWithin(alert.regionCode, feature.properties.code));
  const point = holder ? interiorPoint(holder.geometry) : null;
  return point ? { lon: point[0], lat: point[1], onRegion: true } : null;
}
