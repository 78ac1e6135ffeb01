import { useMemo } from 'react';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { useCurrentUser } from '../auth/session';
import { dayStartIn, timeZoneOfRegion, type TimeZoneLabel } from './format';
import type { MeetingFilters } from './meetingsApi';

export const FILTER_KEYS = ['region', 'agency', 'kind', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

/**
 * The list's filters as kept in the URL (days as YYYY-MM-DD) and as the API takes them. A day starts
 * at midnight in the zone of the filtered region, else of the account's own scope, else WIB: a Bali
 * desk's "from 1 October" is 1 October WITA.
 */
export function useMeetingFilters() {
  const url = useUrlFilters(FILTER_KEYS);
  const scope = useCurrentUser()?.scopeRegionCode ?? null;
  const { region, agency, kind, from, to, q } = url.values;
  const zone: TimeZoneLabel = region ? timeZoneOfRegion(region) : scope ? timeZoneOfRegion(scope) : 'WIB';
  const api = useMemo<MeetingFilters>(() => ({
    region: region || undefined,
    agency: agency || undefined,
    kind: kind || undefined,
    from: dayStartIn(from, zone),
    to: dayStartIn(to, zone, 1),
    q: q || undefined,
  }), [region, agency, kind, from, to, q, zone]);
  return { ...url, api, zone };
}

/** The filters as a query string ("?region=51&kind=rakor"), to carry them to the other view. */
export function filterSearch(values: FilterValues, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
