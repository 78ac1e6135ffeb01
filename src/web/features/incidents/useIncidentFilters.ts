import { useMemo } from 'react';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { timeZoneOfRegion, type TimeZoneLabel } from '../../shell/zonedTime';
import { useCurrentUser } from '../auth/session';
import { dayStartIn } from '../meetings/format';
import type { IncidentFilters } from './api';

export const FILTER_KEYS = ['region', 'status', 'category', 'severity', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

/**
 * The list's filters as the URL keeps them (days as YYYY-MM-DD) and as the API takes them. A day
 * starts at midnight in the zone of the filtered region, else the account's region, else WIB.
 */
export function useIncidentFilters() {
  const url = useUrlFilters(FILTER_KEYS);
  const scope = useCurrentUser()?.scopeRegionCode ?? null;
  const { region, status, category, severity, from, to, q } = url.values;
  const zone: TimeZoneLabel = region ? timeZoneOfRegion(region) : scope ? timeZoneOfRegion(scope) : 'WIB';
  const api = useMemo<IncidentFilters>(() => ({
    region: region || undefined,
    status: status || undefined,
    category: category || undefined,
    severity: severity || undefined,
    from: dayStartIn(from, zone),
    to: dayStartIn(to, zone, 1),
    q: q || undefined,
  }), [region, status, category, severity, from, to, q, zone]);
  return { ...url, api, zone };
}
