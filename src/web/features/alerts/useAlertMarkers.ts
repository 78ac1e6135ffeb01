import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outlines } from '../geo/outlines';
import type { MapPoint } from '../geo/RegionMap';
import { alertPosition } from './alertPosition';
import { allows, READERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { useAlerts, useAlertsLive } from './queries';

const NONE: readonly MapPoint[] = [];

/**
 * Open alerts inside `parent` (or everywhere the caller reads) as map markers, kept current by the
 * live feed. Clusters and severe reports carry a position; an alert without one (a spike is about a
 * region, not a place) is drawn inside the outline on the map that holds its region (alertPosition.ts).
 */
export function useAlertMarkers(parent: string | undefined, outlines: Outlines | undefined): readonly MapPoint[] {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const alerts = useAlerts({ open: 'true', region: parent }, 1, allows(READERS, role));
  useAlertsLive();
  return useMemo(() => {
    const items = alerts.data?.items;
    if (!items) return NONE;
    return items.flatMap((alert) => {
      const position = alertPosition(alert, outlines?.features);
      return position ? [{
        id: `a${alert.id}`, lat: position.lat, lon: position.lon, count: alert.incidentCount,
        label: t('alerts.mapMarker', { rule: alert.ruleName, region: alert.regionName, count: alert.incidentCount }),
      }] : [];
    });
  }, [alerts.data, outlines, t]);
}
