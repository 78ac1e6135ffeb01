import { afterAttempt } from '../../domain/notifications/delivery-schedule.js';
import type { NotificationChannelKind } from '../../domain/notifications/vocabulary.js';
import { composeNotification } from '../../i18n/notifications.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { builtInCategoryCatalogue, type CategoryCatalogue } from '../incident-categories/catalogue.js';
import { claimTickMs, runIfClaimed } from '../periodic-jobs/claim.js';
import { scanDeadlines } from './deadline-scan.js';
import type { RaiseNotification } from './raise.js';
import { createNotificationRepo, type ClaimedDelivery } from './repo.js';
import { createEmailSender, createWebhookSender, describeError, type Sender } from './senders.js';
import type { DeliverySettings } from './settings.js';

/** Deliveries one pass claims at most; the next pass takes the rest. */
const BATCH = 20;
/**
 * How long a claimed delivery is this worker's: far longer than one send may take (the timeout),
 * so no other process sends it meanwhile; if this process dies, another tries it after the lease.
 */
const LEASE_MS = 10 * 60_000;
/** The deadline scan's name in periodic_jobs, and how long a scan is its process's (30 s at a million reports). */
export const DEADLINE_SCAN_JOB = 'deadline_scan';
const SCAN_LEASE_MS = 10 * 60_000;

export interface WorkerLog {
  warn(details: object, message: string): void;
}

/**
 * Sends due deliveries and scans for deadlines drawing near. Safe with several server processes on
 * one database: each pass claims its deliveries with FOR UPDATE SKIP LOCKED (repo.claimDue).
 * Started with the server (start), stopped on close (stop); tests call runOnce and scanOnce.
 */
export function createDeliveryWorker(
  db: Db, clock: Clock, raise: RaiseNotification, settings: DeliverySettings, log?: WorkerLog, categories: Pick<CategoryCatalogue, 'current'> = builtInCategoryCatalogue,
) {
  const repo = createNotificationRepo(db);
  const email = createEmailSender(settings);
  const senders: Record<NotificationChannelKind, Sender> = { email: email.send, webhook: createWebhookSender(settings, () => new Date()) };
  const timers: NodeJS.Timeout[] = [];
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function attempt(delivery: ClaimedDelivery): Promise<'sent' | 'pending' | 'failed'> {
    const { notification } = delivery;
    const language = await repo.unitLanguage(notification.unitId);
    const link = settings.publicUrl === null ? null
      : notification.incidentId !== null ? `${settings.publicUrl}/incidents/${notification.incidentId}` : `${settings.publicUrl}/notifications`;
    let error: string | null = null;
    try {
      const message = composeNotification(language, notification.kind, notification.payload, notification.regionCode, notification.createdAt, link);
      await senders[delivery.channel.kind](delivery, { ...message, language, link });
    } catch (caught) {
      error = describeError(caught) || 'unknown error';
    }
    const now = clock.now();
    const outcome = afterAttempt(delivery.attempts, error, now, settings.maxAttempts);
    await repo.recordAttempt(delivery.id, outcome, now);
    if (outcome.status === 'failed') log?.warn({ deliveryId: delivery.id, channel: delivery.channel.kind, error }, 'notification delivery failed for good; listed for a person');
    return outcome.status;
  }

  return {
    /** One pass: claims what is due and sends it, until nothing is due. Counts what became of each. */
    async runOnce(): Promise<{ sent: number; retrying: number; failed: number }> {
      const counts = { sent: 0, retrying: 0, failed: 0 };
      for (;;) {
        const claimed = await repo.claimDue(clock.now(), LEASE_MS, BATCH);
        if (claimed.length === 0) return counts;
        const outcomes = await Promise.all(claimed.map(attempt));
        for (const outcome of outcomes) counts[outcome === 'sent' ? 'sent' : outcome === 'pending' ? 'retrying' : 'failed'] += 1;
        if (claimed.length < BATCH) return counts;
      }
    },

    /** One deadline scan; returns how many units were told. */
    async scanOnce(): Promise<number> {
      return scanDeadlines(db, clock, raise, settings.deadlineLeadMs, await categories.current());
    },

    start(): void {
      if (!stopped) return;
      stopped = false;
      // Passes never overlap within a process: each waits for the one before.
      const every = (ms: number, pass: () => Promise<unknown>, what: string) => {
        const tick = () => {
          running = running.then(() => (stopped ? undefined : pass())).catch((error: unknown) => log?.warn({ err: error }, `${what} failed; will try again`));
        };
        timers.push(setInterval(tick, ms).unref());
        tick();
      };
      every(settings.intervalMs, () => this.runOnce(), 'notification delivery pass');
      // One process an interval scans (periodic_jobs): with several processes each would otherwise
      // read every held report. Each process tries to claim the run at claimTickMs.
      const scanInterval = settings.deadlineScanIntervalMs;
      every(claimTickMs(scanInterval), () => runIfClaimed(db, DEADLINE_SCAN_JOB, scanInterval, SCAN_LEASE_MS, () => this.scanOnce()), 'deadline scan');
    },

    /** Stops the timers and waits for a pass in progress, so the database can close after it. */
    async stop(): Promise<void> {
      stopped = true;
      for (const timer of timers.splice(0)) clearInterval(timer);
      await running.catch(() => undefined);
      email.close();
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
