import { INCIDENT_CATEGORIES, incidentCategory, type IncidentCategory } from '../../domain/incidents/categories.js';
import { incidentDeadlines } from '../../domain/incidents/incident-clocks.js';
import type { ListCursor } from '../../domain/incidents/list-cursor.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { clockPage } from '../incidents/clock-pages.js';
import type { RaiseNotification, RaiseRequest } from './raise.js';
import { createNotificationRepo } from './repo.js';

/** Reports held by a unit, whose clocks may still be running. */
const HELD_STATUSES: readonly IncidentStatus[] = ['diteruskan', 'ditindaklanjuti'];
const PAGE = 500;

/**
 * Finds the running legal clocks of referred reports that fall due within `leadMs` and tells the
 * unit the report was referred to, once per clock and due instant (a clock whose deadline moves, a
 * new referral, is told again). Clocks come from incident-clocks.ts under the desk's effective
 * catalogue (`categories`), as the report's page shows them. Returns how many notifications were raised.
 */
export async function scanDeadlines(
  db: Db, clock: Clock, raise: RaiseNotification, leadMs: number, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES, pageSize = PAGE,
): Promise<number> {
  const notifications = createNotificationRepo(db);
  const now = clock.now();
  let raised = 0;
  for (const status of HELD_STATUSES) {
    // Paged by the list's keyset, not by offset: at a million reports, a fifth of them held, offset
    // pages cost more the deeper they went, and one scan outlasted its five-minute interval.
    for (let cursor: ListCursor | null = null; ;) {
      const { items, next } = await clockPage(db, status, cursor, pageSize);
      const due: RaiseRequest[] = [];
      for (const incident of items) {
        if (incident.referredUnitId === null) continue;
        for (const deadline of incidentDeadlines(incident.timeline, now, categories)) {
          if (deadline.state !== 'running' || !deadline.dueAt || deadline.dueAt.getTime() - now.getTime() > leadMs) continue;
          due.push({
            unitId: incident.referredUnitId, kind: 'deadline', dedupeKey: `deadline:${incident.id}:${deadline.clock}:${deadline.dueAt.toISOString()}`, incidentId: incident.id,
            regionCode: incident.regionCode,
            payload: {
              reference: incident.reference, regionName: incident.regionName, clockName: deadline.name, dueAt: deadline.dueAt.toISOString(),
              category: incidentCategory(incident.category, categories)?.name ?? { id: incident.category, en: incident.category },
              ...(incident.referredUnitName ? { unitName: incident.referredUnitName } : {}),
            },
          });
        }
      }
      // A clock stays due on every scan of its lead time (288 scans of a day's lead); told once, it
      // is found told by one read a page instead of one write transaction a scan. Raise still dedupes,
      // against another process's scan.
      const told = await notifications.raisedKeys(due.map((request) => request.dedupeKey));
      for (const request of due) {
        if (told.has(request.dedupeKey)) continue;
        if (await db.transaction((tx) => raise(tx, request))) raised += 1;
      }
      if (next === null) break;
      cursor = next;
    }
  }
  return raised;
}
