/**
 * The notification rows the hostile suite's notification entries name (test/hostile/notification-endpoints.ts),
 * created with exactly these ids before the first case and put back after the cases that change them:
 * a webhook channel of the fixture unit (which cases change), a spare channel, switched off and never used
 * (which cases delete), a notification of the unit (which cases mark read) and its failed delivery (which cases
 * retry or dismiss). The channel's URL is never called: the suite runs no delivery worker.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { HOSTILE_FIXTURES } from './spec.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
export const NOTIFICATION_FIXTURES = {
  channel: { id: 900_001, target: 'https://gateway.example.id/hostile', secret: 'hostile-suite-webhook-secret-0123456789' },
  spareChannel: { id: 900_002, target: 'piket-hostile@bawaslu.go.id' },
  notification: { id: 900_001, dedupeKey: 'hostile-suite:alert' },
  delivery: { id: 900_001 },
} as const;
const { channel, spareChannel, notification, delivery } = NOTIFICATION_FIXTURES;
const unitId = HOSTILE_FIXTURES.unit.id;

/** The webhook channel as created; after a case, only when the case changed it. */
function resetChannel(): SQL {
  return sql`
    insert into notification_channels (id, unit_id, kind, target, secret, active, created_at)
    values (${channel.id}, ${unitId}, 'webhook', ${channel.target}, ${channel.secret}, true, ${FIXED_AT})
    on conflict (id) do update set target = excluded.target, secret = excluded.secret, active = true
    where notification_channels.target <> excluded.target or notification_channels.secret <> excluded.secret or not notification_channels.active`;
}

/**
 * The spare channel, back when a case deleted it. Switched off, so that no notification other cases
 * raise for the fixture unit (a referral, an alert) gives it a delivery: a channel with history
 * cannot be deleted (409), and the delete cases need one without.
 */
function resetSpareChannel(): SQL {
  return sql`
    insert into notification_channels (id, unit_id, kind, target, secret, active, created_at)
    values (${spareChannel.id}, ${unitId}, 'email', ${spareChannel.target}, null, false, ${FIXED_AT}) on conflict (id) do nothing`;
}

/** The notification unread again. */
function resetNotification(): SQL {
  return sql`
    insert into notifications (id, unit_id, kind, dedupe_key, region_code, payload, created_at)
    values (${notification.id}, ${unitId}, 'alert', ${notification.dedupeKey}, ${HOSTILE_FIXTURES.unit.regionCode}, '{"summary":"Lonjakan laporan (hostile suite)"}'::jsonb, ${FIXED_AT})
    on conflict (id) do update set read_at = null, read_by = null where notifications.read_at is not null`;
}

/** The delivery failed again (after a retry or a dismissal). */
function resetDelivery(): SQL {
  return sql`
    insert into notification_deliveries (id, notification_id, channel_id, status, attempts, next_attempt_at, last_attempt_at, last_error)
    values (${delivery.id}, ${notification.id}, ${channel.id}, 'failed', 6, ${FIXED_AT}, ${FIXED_AT}, 'HTTP 500 Internal Server Error')
    on conflict (id) do update set status = 'failed', attempts = 6, next_attempt_at = excluded.next_attempt_at, resolved_by = null, resolved_at = null
    where notification_deliveries.status <> 'failed' or notification_deliveries.resolved_at is not null`;
}

export async function createNotificationFixtures(db: Db): Promise<void> {
  await db.execute(resetChannel());
  await db.execute(resetSpareChannel());
  await db.execute(resetNotification());
  await db.execute(resetDelivery());
  // Serial ids keep counting from where they were: the fixtures took theirs by hand.
}

export const NOTIFICATION_RESTORE = {
  notificationChannel: resetChannel, spareNotificationChannel: resetSpareChannel, notification: resetNotification, notificationDelivery: resetDelivery,
} as const;
