import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import type { LiveBus } from '../live/bus.js';
import type { CategoryCatalogue } from '../incident-categories/catalogue.js';
import type { IncidentService } from '../incidents/service.js';
import { alertNoticeListener } from './alert-listener.js';
import { createNotificationRaiser } from './raise.js';
import { createNotificationService } from './service.js';
import { deliverySettingsFromEnv, type DeliverySettings } from './settings.js';
import { alertNotifier, referralNotifier } from './triggers.js';
import { createDeliveryWorker, type WorkerLog } from './worker.js';

/**
 * Everything of notifications for createServices: the service behind the routes, `raise` for
 * triggers, the referral hook (set on the incidents service here), `notifyAlert` for the alerts
 * engine, and the delivery worker (built on first use, so a CLI command never opens an SMTP transport).
 */
export function createNotifications(
  db: Db, clock: Clock, live: Pick<LiveBus, 'publish'>, incidents: Pick<IncidentService, 'setReferralHook'>, categories: Pick<CategoryCatalogue, 'current'>,
  settings: DeliverySettings = deliverySettingsFromEnv(process.env),
) {
  const raise = createNotificationRaiser(clock, live);
  incidents.setReferralHook(referralNotifier(raise));
  let worker: ReturnType<typeof createDeliveryWorker> | null = null;
  const notifyAlert = alertNotifier(raise);
  return {
    settings,
    service: createNotificationService(db, clock, settings),
    raise,
    /** For the alerts engine: call inside the transaction that assigns an alert to a unit. */
    notifyAlert,
    /** For the alerts module's onNotice hook: an alert assigned to a unit notifies it. */
    onAlertNotice: alertNoticeListener(db, notifyAlert),
    /** The delivery worker of this process; `log` is taken the first time. */
    worker(log?: WorkerLog) {
      worker ??= createDeliveryWorker(db, clock, raise, settings, log, categories);
      return worker;
    },
    /** Stops the worker if this process started one (the server's close). */
    async stopWorker(): Promise<void> {
      await worker?.stop();
    },
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
