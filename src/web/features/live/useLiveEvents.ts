import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { READERS, allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { subscribeLive, type LiveEvent } from './liveConnection';

export type { LiveEvent } from './liveConnection';

interface Options {
  /** Full event names to hear, e.g. ['incident.created', 'incident.changed']. */
  events: readonly string[];
  /** Queries (by key prefix) read again when one of the events arrives, and after a reconnection. */
  invalidate: readonly QueryKey[];
  /** Only events this accepts refresh anything (e.g. those of the regions on screen); default: all. */
  when?: (event: LiveEvent) => boolean;
  /** Anything else to do with an event (e.g. show a note). */
  onEvent?: (event: LiveEvent) => void;
  enabled?: boolean;
}

/**
 * Keeps a screen current from the live feed: an event invalidates the given TanStack queries, which
 * ask the API again (the feed says only what changed; the API decides what this account may read).
 * Only accounts that read a region listen: the feed refuses reporters.
 */
export function useLiveEvents({ events, invalidate, when, onEvent, enabled = true }: Options): void {
  const client = useQueryClient();
  const role = useCurrentUser()?.role;
  const active = enabled && allows(READERS, role);
  // The latest options without reopening the subscription at every render.
  const latest = useRef({ invalidate, when, onEvent });
  latest.current = { invalidate, when, onEvent };
  const names = events.join(',');

  useEffect(() => {
    if (!active) return;
    const refresh = () => {
      for (const queryKey of latest.current.invalidate) void client.invalidateQueries({ queryKey });
    };
    return subscribeLive({
      events: names.split(','),
      onEvent: (event) => {
        if (latest.current.when && !latest.current.when(event)) return;
        refresh();
        latest.current.onEvent?.(event);
      },
      onReconnect: refresh,
    });
  }, [active, names, client]);
}
