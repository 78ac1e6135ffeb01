import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ALERT_RULE_KINDS, ALERT_STATUSES } from '../../domain/alerts/vocabulary.js';
import { units } from './access.js';
import { oneOf } from './check.js';
import { regions } from './regions.js';

/**
 * Early-warning rules (issue 7). `region_code` limits a rule to a subtree (null: everywhere);
 * `category` to one incident category (null: any). `params` holds the kind's numbers (k, hours,
 * baseline days, severity, radius, count), checked by the domain when the rule is saved.
 */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    category: text('category'),
    params: jsonb('params').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('alert_rules_kind_check', oneOf(t.kind, ALERT_RULE_KINDS))],
);

/**
 * An alert a rule raised. `fingerprint` (rule, region, window) makes a rule that keeps matching
 * raise one alert per window, not one per report; later reports join its `incident_ids`.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: serial('id').primaryKey(),
    ruleId: integer('rule_id').notNull().references(() => alertRules.id),
    fingerprint: text('fingerprint').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    category: text('category'),
    status: text('status').notNull().default('baru'),
    /** The figures that made it fire (count, baseline, threshold, radius…), for its message. */
    details: jsonb('details').notNull(),
    incidentIds: integer('incident_ids').array().notNull().default(sql`'{}'::integer[]`),
    /** Where to draw it: the cluster's centre or the report's position; null draws it on the region. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    triggeredAt: timestamp('triggered_at', { withTimezone: true }).notNull(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    assignedUnitId: integer('assigned_unit_id').references(() => units.id),
    assignedUserId: uuid('assigned_user_id'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('alerts_fingerprint_unique').on(t.fingerprint),
    check('alerts_status_check', oneOf(t.status, ALERT_STATUSES)),
    check('alerts_position_check', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    index('alerts_status_triggered_idx').on(t.status, t.triggeredAt),
    index('alerts_region_prefix_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
    index('alerts_rule_idx').on(t.ruleId),
  ],
);
