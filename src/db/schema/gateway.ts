import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './check.js';
import { REGIMES } from '../../domain/incidents/regime.js';
import { GATEWAY_CHANNELS, TRIAGE_STATUSES } from '../../domain/incidents/triage.js';
import { incidents } from './incidents.js';
import { regions } from './regions.js';


/**
 * Messages from the SMS/WhatsApp gateway that could not become a report as they stand (issue 7):
 * incidents need a region and a category, so these wait here with the raw text, what was recognised
 * and why the rest was not, until a person makes a report of them (`incident_id`) or sets them aside.
 * `scope_region_code` is the sending token's scope: with no region recognised, it decides who sees
 * the message. `reference` ("TRI-2024-000045") is what the sender was told.
 */
export const incidentTriage = pgTable(
  'incident_triage',
  {
    id: serial('id').primaryKey(),
    reference: text('reference').notNull(),
    channel: text('channel').notNull(),
    rawText: text('raw_text').notNull(),
    /** The sender's phone number, normalised (+62…): shown only to those who see reporters' contacts. */
    sender: text('sender').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    scopeRegionCode: text('scope_region_code').references(() => regions.code),
    /** What was recognised, for the person who finishes it. */
    regionCode: text('region_code').references(() => regions.code),
    category: text('category'),
    regime: text('regime'),
    tps: text('tps'),
    description: text('description').notNull(),
    /** Why it is here: the parser's problems and the gazetteer's (not found, ambiguous), as JSON. */
    problems: jsonb('problems').notNull(),
    status: text('status').notNull().default('baru'),
    incidentId: integer('incident_id').references(() => incidents.id),
    handledBy: uuid('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('incident_triage_reference_unique').on(t.reference),
    check('incident_triage_channel_check', oneOf(t.channel, GATEWAY_CHANNELS)),
    check('incident_triage_status_check', oneOf(t.status, TRIAGE_STATUSES)),
    check('incident_triage_regime_check', sql`${t.regime} is null or ${oneOf(t.regime, REGIMES)}`),
    // A waiting message has no report; one set aside never gets one.
    check('incident_triage_incident_check', sql`${t.status} <> 'baru' or ${t.incidentId} is null`),
    check('incident_triage_set_aside_check', sql`${t.status} <> 'diabaikan' or ${t.incidentId} is null`),
    index('incident_triage_status_received_idx').on(t.status, t.receivedAt),
    index('incident_triage_region_prefix_idx').using('btree', sql`coalesce(${t.regionCode}, ${t.scopeRegionCode}) text_pattern_ops`),
  ],
);

/**
 * Every message the gateway delivered, by channel and the gateway's own message id: a repeat (the
 * gateway retrying after a timeout) finds the first delivery here and gets its answer again, never
 * a second report. `request_hash` tells a true repeat from another message under a reused id.
 * `answer` is null only while the first delivery is being handled.
 */
export const gatewayMessages = pgTable(
  'gateway_messages',
  {
    channel: text('channel').notNull(),
    messageId: text('message_id').notNull(),
    requestHash: text('request_hash').notNull(),
    /** When the gateway received it (else when it reached us), fixed at the first delivery. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    incidentId: integer('incident_id').references(() => incidents.id),
    triageId: integer('triage_id').references(() => incidentTriage.id),
    answer: jsonb('answer'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.channel, t.messageId] }),
    check('gateway_messages_channel_check', oneOf(t.channel, GATEWAY_CHANNELS)),
    check('gateway_messages_outcome_check', sql`${t.incidentId} is null or ${t.triageId} is null`),
    index('gateway_messages_incident_idx').on(t.incidentId),
    index('gateway_messages_triage_idx').on(t.triageId),
  ],
);
