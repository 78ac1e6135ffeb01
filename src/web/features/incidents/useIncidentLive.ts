import { useLiveEvents } from '../live/useLiveEvents';
import { INCIDENT_KEYS } from './queries';

/** The incident events the live feed announces (src/modules/incidents/service.ts). */
export const INCIDENT_EVENTS = ['incident.created', 'incident.changed'] as const;

/** Lists, details and the triage queue read again when the feed says an incident was made or moved. */
export function useIncidentLive(): void {
  useLiveEvents({ events: INCIDENT_EVENTS, invalidate: INCIDENT_KEYS });
}
