import { incidentCategory } from '../../domain/incidents/categories.js';
import { incidentDeadlines } from '../../domain/incidents/incident-clocks.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createIncidentRepo } from '../incidents/repo.js';
import { timelineOf } from '../incidents/views.js';
import type { RaiseNotification, RaiseRequest } from './raise.js';
import { createNotificationRepo } from './repo.js';

/** Reports held by a unit, whose clocks may still be running. */
const HELD_STATUSES: readonly IncidentStatus[] = ['diteruskan', 'ditindaklanjuti'];
const PAGE = 500;

/**
 * Finds the running legal clocks of referred reports that fall due within `leadMs` and tells the
 * unit the report was referred to, once per clock and due instant (a clock whose deadline moves, a
 * new referral, is told again). Clocks come from incident-clocks.ts, as the report's page shows them.
 * Returns how many notifications were raised.
 */
export async function scanDeadlines(db: Db, clock: Clock, raise: RaiseNotification, leadMs: number, pageSize = PAGE): Promise<number> {
  const repo = createIncidentRepo(db);
  const notifications = createNotificationRepo(db);
  const now = clock.now();
  let raised = 0;
  for (const status of HELD_STATUSES) {
    // Paged by the list's keyset cursor, not by offset: at a million reports, a fifth of them held,
    // offset pages cost more the deeper they went, and one scan outlasted its five-minute interval.
    for (let after: string | undefined; ; ) {
      // The page alone, without the list's count of matching reports: the scan needs no total.
      const { items, next } = await repo.page({ reporterId: null, roots: null, unitId: null }, { status, limit: pageSize, offset: 0, ...(after ? { after } : {}) });
      const transitionsOf = await repo.transitionsByIncident(items.map((item) => item.id));
      const due: RaiseRequest[] = [];
      for (const incident of items) {
        if (incident.referredUnitId === null) continue;
        for (const deadline of incidentDeadlines(timelineOf(incident, transitionsOf.get(incident.id) ?? []), now)) {
          if (deadline.state !== 'running' || !deadline.dueAt || deadline.dueAt.getTime() - now.getTime() > leadMs) continue;
          due.push({
            unitId: incident.referredUnitId, kind: 'deadline', dedupeKey: `deadline:${incident.id}:${deadline.clock}:${deadline.dueAt.toISOString()}`, incidentId: incident.id,
            regionCode: incident.regionCode,
            payload: {
              reference: incident.reference, regionName: incident.regionName, clockName: deadline.name, dueAt: deadline.dueAt.toISOString(),
              category: incidentCategory(incident.category)?.name ?? { id: incident.category, en: incident.category }, ...(incident.referredUnit ? { unitName: incident.referredUnit.name } : {}),
            },
          });
        }
      }
      // Clocks past due stay due on every scan until the report moves on: a million reports hold
      // tens of thousands of them, told once long ago. One read finds those; only the rest are
      // raised, each in its own transaction (raise still dedupes, against another process's scan).
      const told = await notifications.raisedKeys(due.map((request) => request.dedupeKey));
      for (const request of due) {
        if (told.has(request.dedupeKey)) continue;
        if (await db.transaction((tx) => raise(tx, request))) raised += 1;
      }
      if (next === null) break;
      after = next;
    }
  }
  return raised;
}
