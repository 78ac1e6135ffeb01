import type { NotificationKind } from '../../domain/notifications/vocabulary.js';
import type { NotificationPayload } from '../../i18n/notifications.js';
import type { Clock } from '../../services.js';
import type { DbTransaction } from '../audit/service.js';
import type { LiveBus } from '../live/bus.js';
import { createNotificationRepo } from './repo.js';

/** What a trigger (a referral, an alert, a deadline scan) tells a unit. */
export interface RaiseRequest {
  unitId: number;
  kind: NotificationKind;
  /** Same key, same notification: raising twice (two processes, a retried job) makes one. */
  dedupeKey: string;
  incidentId?: number | null;
  alertId?: number | null;
  /** The region it is about, so reading it is scoped like what it is about. */
  regionCode: string | null;
  payload: NotificationPayload;
}

/** The notification made, or null when its dedupe key had been raised before (nothing new is written). */
export interface Raised {
  notificationId: number;
  deliveries: number;
}

/**
 * Raises notifications inside the caller's transaction: the in-app notification, one pending
 * delivery per active channel of the unit (the delivery worker sends them), and a live event, all
 * committed with the write that caused them, or not at all.
 */
export function createNotificationRaiser(clock: Clock, live?: Pick<LiveBus, 'publish'>) {
  return async function raise(tx: DbTransaction, request: RaiseRequest): Promise<Raised | null> {
    const repo = createNotificationRepo(tx);
    const now = clock.now();
    const unit = await repo.unit(request.unitId);
    if (!unit) throw new Error(`notification for unit ${request.unitId}, which does not exist`);
    const notificationId = await repo.insertNotification({
      unitId: request.unitId, kind: request.kind, dedupeKey: request.dedupeKey, incidentId: request.incidentId ?? null, alertId: request.alertId ?? null,
      regionCode: request.regionCode, payload: { unitName: unit.name, ...request.payload },
    }, now);
    if (notificationId === null) return null;
    const deliveries = await repo.insertDeliveries(notificationId, request.unitId, now);
    // The event names the unit's region, not the incident's: the unit's people (an officer of Polda NTB
    // receiving a report from Bali) must hear it; the API then decides what each may read.
    await live?.publish(tx, { type: 'notification.raised', id: String(notificationId), regionCode: unit.regionCode, at: now.toISOString() });
    return { notificationId, deliveries };
  };
}

export type RaiseNotification = ReturnType<typeof createNotificationRaiser>;
