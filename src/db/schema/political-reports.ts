import { check, date, index, integer, jsonb, pgTable, serial, text, timestamp, unique, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import {
  POLITICAL_REPORT_KINDS, POLITICAL_REPORT_LEVELS, POLITICAL_REPORT_PERIODS, POLITICAL_REPORT_STATES,
} from '../../domain/political-reports/vocabulary.js';
import { oneOf } from './check.js';
import { regions } from './regions.js';

/**
 * A report outline (Permendagri 61/2011): `sections` is an ordered list of
 * `{ key, titleId, titleEn, hintId?, hintEn? }`; a report's content is keyed by those keys.
 */
export const politicalReportTemplates = pgTable(
  'political_report_templates',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind').notNull(),
    sections: jsonb('sections').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('political_report_templates_kind_check', oneOf(t.kind, POLITICAL_REPORT_KINDS))],
);

/**
 * Who owes a periodic report: every region of `level` inside `region_code` (null: the whole country),
 * one report per period, due `due_days` local calendar days after the period ends (23:59 local time).
 */
export const politicalReportSchedules = pgTable(
  'political_report_schedules',
  {
    id: serial('id').primaryKey(),
    templateId: integer('template_id').notNull().references(() => politicalReportTemplates.id),
    level: text('level').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    period: text('period').notNull(),
    dueDays: integer('due_days').notNull(),
    /** The first period owed starts on this local date. */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('political_report_schedules_level_check', oneOf(t.level, POLITICAL_REPORT_LEVELS)),
    check('political_report_schedules_period_check', oneOf(t.period, POLITICAL_REPORT_PERIODS)),
  ],
);

/**
 * One report of one region: owed by a schedule for a period, or incidental. The content lives in
 * its versions; `current_version` is the latest submitted or drafted one (0: nothing written yet).
 */
export const politicalReports = pgTable(
  'political_reports',
  {
    id: serial('id').primaryKey(),
    templateId: integer('template_id').notNull().references(() => politicalReportTemplates.id),
    scheduleId: integer('schedule_id').references(() => politicalReportSchedules.id),
    kind: text('kind').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** When the event an incidental report is about happened. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    state: text('state').notNull().default('belum'),
    currentVersion: integer('current_version').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('political_reports_kind_check', oneOf(t.kind, POLITICAL_REPORT_KINDS)),
    check('political_reports_state_check', oneOf(t.state, POLITICAL_REPORT_STATES)),
    // One report per schedule, region and period, however often obligations are generated.
    unique('political_reports_schedule_period_unique').on(t.scheduleId, t.regionCode, t.periodStart),
    index('political_reports_region_idx').on(t.regionCode),
  ],
);

/** The content of one version: `sections` maps section keys to text; `summary` is what a roll-up pulls in. */
export const politicalReportVersions = pgTable(
  'political_report_versions',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => politicalReports.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    sections: jsonb('sections').notNull(),
    summary: text('summary').notNull().default(''),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('political_report_versions_number_unique').on(t.reportId, t.number)],
);

/** Reviewers' and authors' comments, on a version and optionally on one section of it. */
export const politicalReportComments = pgTable(
  'political_report_comments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => politicalReports.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    sectionKey: text('section_key'),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('political_report_comments_report_idx').on(t.reportId)],
);
