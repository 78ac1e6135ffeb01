import { keepPreviousData, queryOptions, usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { allows, READERS } from '../auth/access';
import { PRIVATE, useCurrentUser } from '../auth/session';
import { subscribeLive } from '../live/liveConnection';
import { fetchPanel, type PanelName } from './api';
import { concerns, rateLimited } from './view';

/** Every cached dashboard panel starts with this, then the panel's name. */
export const DASHBOARD_KEY = [PRIVATE, 'dashboard'] as const;

/** What the incidents and alerts services announce (src/modules/incidents/service.ts, src/modules/alerts). */
const LIVE_EVENTS = ['incident.created', 'incident.changed', 'alert.raised', 'alert.changed'];
/** The panels the feed changes. */
const LIVE_PANELS = [[...DASHBOARD_KEY, 'incidents'], [...DASHBOARD_KEY, 'alerts']] as const;
/** On a busy election day a national dashboard hears many reports a second: its panels are read again at most this often. */
const LIVE_REFRESH_MS = 2_000;

function panelQuery<P extends PanelName>(panel: P, lang: Language, region: string | undefined) {
  return queryOptions({
    queryKey: [...DASHBOARD_KEY, panel, lang, region ?? null],
    queryFn: ({ signal }) => fetchPanel(panel, lang, region, signal),
    staleTime: 30_000,
  });
}

export function usePanel<P extends PanelName>(panel: P, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    ...panelQuery(panel, lang, region),
    // Another region keeps the old numbers on screen (dimmed by nobody) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/**
 * The dashboard is the home page: the panels of its first meaningful render (where the election
 * stands, the open incidents) are asked for while the account itself is still being read, instead
 * of one round trip and a render later. An answer for someone who may not read them is never shown.
 */
export function usePrefetchFirstPanels(region: string | undefined): void {
  const { lang } = useLang();
  usePrefetchQuery(panelQuery('election', lang, region));
  usePrefetchQuery(panelQuery('incidents', lang, region));
}

/**
 * Incidents and alerts made or moved inside the region shown read their panels again: the first event
 * at once, those that follow within LIVE_REFRESH_MS together once it has passed. The feed says only
 * what changed; the API says what the account may see. Only accounts that read a region listen.
 */
export function useDashboardLive(region: string | undefined): void {
  const client = useQueryClient();
  const active = allows(READERS, useCurrentUser()?.role);
  useEffect(() => {
    if (!active) return;
    const refresh = rateLimited(() => {
      for (const queryKey of LIVE_PANELS) void client.invalidateQueries({ queryKey });
    }, LIVE_REFRESH_MS);
    const stop = subscribeLive({
      events: LIVE_EVENTS,
      onEvent: (event) => { if (concerns(event.regionCode, region)) refresh.call(); },
      // Events may have been missed while the stream was down.
      onReconnect: () => refresh.call(),
    });
    return () => {
      stop();
      refresh.cancel();
    };
  }, [active, region, client]);
}
