import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../geo/RegionMap';
import { allows, READERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { useAlerts, useAlertsLive } from './queries';

const NONE: readonly MapPoint[] = [];

/**
 * Open alerts inside `parent` (or everywhere the caller reads) as map markers, kept current by the
 * live feed. Alerts without a position (a spike is about a region, not a place) are left to the
 * alerts panel; clusters and severe reports carry one.
 */
export function useAlertMarkers(parent: string | undefined): readonly MapPoint[] {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const alerts = useAlerts({ open: 'true', region: parent }, 1, allows(READERS, role));
  useAlertsLive();
  return useMemo(() => {
    const items = alerts.data?.items;
    if (!items) return NONE;
    return items.filter((alert) => alert.latitude !== null && alert.longitude !== null).map((alert) => ({
      id: `a${alert.id}`, lat: alert.latitude!, lon: alert.longitude!, count: alert.incidentCount,
      label: t('alerts.mapMarker', { rule: alert.ruleName, region: alert.regionName, count: alert.incidentCount }),
    }));
  }, [alerts.data, t]);
}
