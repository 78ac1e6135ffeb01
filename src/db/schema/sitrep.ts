import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SITREP_TRIGGERS } from '../../domain/sitrep/vocabulary.js';
import { oneOf } from './check.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A daily situation report (laporan situasi harian, issue 10) as generated: the PDF and the XLSX of
 * one region (null: national) for one local date, kept so that what was briefed can be read again.
 * Generating again for the same day adds a row; the list shows the newest first.
 */
export const situationReports = pgTable(
  'situation_reports',
  {
    id: serial('id').primaryKey(),
    regionCode: text('region_code'),
    reportDate: date('report_date', { mode: 'string' }).notNull(),
    /** WIB, WITA or WIT: the zone the report's day and times are read in. */
    timeZone: text('time_zone').notNull(),
    trigger: text('trigger').notNull(),
    generatedBy: uuid('generated_by'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    pdf: bytea('pdf').notNull(),
    xlsx: bytea('xlsx').notNull(),
    pdfSize: integer('pdf_size').notNull(),
    xlsxSize: integer('xlsx_size').notNull(),
  },
  (t) => [
    index('situation_reports_region_date_idx').on(t.regionCode, t.reportDate),
    check('situation_reports_trigger_check', oneOf(t.trigger, SITREP_TRIGGERS)),
  ],
);

/**
 * A region's daily report made by the server at a local hour. `next_run_at` and `leased_until` let
 * several server processes share the work without making one report twice.
 */
export const situationReportSchedules = pgTable(
  'situation_report_schedules',
  {
    id: serial('id').primaryKey(),
    regionCode: text('region_code'),
    /** Hour of the region's local day (0–23) the report is made, for that same day. */
    localHour: integer('local_hour').notNull().default(6),
    enabled: boolean('enabled').notNull().default(true),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull().defaultNow(),
    leasedUntil: timestamp('leased_until', { withTimezone: true }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One schedule per region; the national one has no region.
    uniqueIndex('situation_report_schedules_region_unique').on(sql`coalesce(${t.regionCode}, '')`),
    check('situation_report_schedules_hour_check', sql`${t.localHour} between 0 and 23`),
  ],
);
