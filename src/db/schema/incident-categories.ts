import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INCIDENT_SEVERITIES } from '../../domain/incidents/vocabulary.js';
import { oneOf } from './check.js';

/**
 * A desk's own incident catalogue (issue 7: "configurable"): a row with a default code overrides
 * that category (name, keywords, severity, routing, clocks, or switches it off); a row with a new code
 * adds one. `clock_rules` overrides a clock's amount and day kind per regime for this category only.
 */
export const incidentCategorySettings = pgTable(
  'incident_category_settings',
  {
    code: text('code').primaryKey(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    keywords: text('keywords').array().notNull(),
    defaultSeverity: text('default_severity').notNull(),
    referralAgency: text('referral_agency').notNull(),
    alsoConcerns: text('also_concerns').array().notNull(),
    clocks: text('clocks').array().notNull(),
    clockRules: jsonb('clock_rules').notNull(),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('incident_category_settings_severity_check', oneOf(t.defaultSeverity, INCIDENT_SEVERITIES))],
);
