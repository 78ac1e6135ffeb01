import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { useLiveEvents } from '../live/useLiveEvents';
import { fetchPanel, type PanelName } from './api';
import { concerns } from './view';

/** Every cached dashboard panel starts with this, then the panel's name. */
export const DASHBOARD_KEY = [PRIVATE, 'dashboard'] as const;

/** What the incidents and alerts services announce (src/modules/incidents/service.ts, src/modules/alerts). */
const LIVE_EVENTS = ['incident.created', 'incident.changed', 'alert.raised', 'alert.changed'] as const;

export function usePanel<P extends PanelName>(panel: P, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...DASHBOARD_KEY, panel, lang, region ?? null],
    queryFn: ({ signal }) => fetchPanel(panel, lang, region, signal),
    // Another region keeps the old numbers on screen (dimmed by nobody) until the new ones arrive.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * Incidents and alerts made or moved inside the region shown read their panels again at once; the
 * feed says only what changed, the API says what the account may see.
 */
export function useDashboardLive(region: string | undefined): void {
  useLiveEvents({
    events: LIVE_EVENTS,
    invalidate: [[...DASHBOARD_KEY, 'incidents'], [...DASHBOARD_KEY, 'alerts']],
    when: (event) => concerns(event.regionCode, region),
  });
}
