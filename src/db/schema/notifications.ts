import { boolean, check, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNEL_KINDS, NOTIFICATION_KINDS } from '../../domain/notifications/vocabulary.js';
import { units } from './access.js';
import { alerts } from './alerts.js';
import { oneOf } from './check.js';
import { incidents } from './incidents.js';

/** Where a unit wants to be told besides the app: an e-mail address, or a webhook URL (an SMS/WhatsApp gateway). */
export const notificationChannels = pgTable(
  'notification_channels',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    /** Webhooks: the key their body is signed with (HMAC-SHA256), so the receiver can trust it. */
    secret: text('secret'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('notification_channels_kind_check', oneOf(t.kind, NOTIFICATION_CHANNEL_KINDS)), index('notification_channels_unit_idx').on(t.unitId)],
);

/**
 * What a unit is told, shown in the app whatever happens to its deliveries. `dedupe_key` makes
 * raising it twice (two processes, a retried job) one notification.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    incidentId: integer('incident_id').references(() => incidents.id),
    alertId: integer('alert_id').references(() => alerts.id),
    /** The region it is about, so reading it is scoped like what it is about. */
    regionCode: text('region_code'),
    /** Message parameters; the text is composed in the reader's language. */
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_unique').on(t.dedupeKey),
    check('notifications_kind_check', oneOf(t.kind, NOTIFICATION_KINDS)),
    index('notifications_unit_created_idx').on(t.unitId, t.createdAt),
  ],
);

/** One notification through one channel: its attempts, backoff and outcome. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: serial('id').primaryKey(),
    notificationId: integer('notification_id').notNull().references(() => notifications.id),
    channelId: integer('channel_id').notNull().references(() => notificationChannels.id),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** A failure a person retried or dismissed. */
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_deliveries_unique').on(t.notificationId, t.channelId),
    check('notification_deliveries_status_check', oneOf(t.status, DELIVERY_STATUSES)),
    index('notification_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);
