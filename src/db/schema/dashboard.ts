import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The open incident reports (status not ditolak, duplikat or selesai) counted per kabupaten/kota,
 * category and severity, for the dashboard (issue 10): a national or provincial count reads a few
 * thousand rows instead of every report. `region_key` is the report's kabupaten/kota code (the
 * first five characters of its region code), or its province for a province-level report.
 * Kept by triggers on incidents (migration 0016), so every write path, COPY included, keeps it true.
 */
export const incidentOpenCounts = pgTable(
  'incident_open_counts',
  {
    regionKey: text('region_key').notNull(),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionKey, t.category, t.severity] })],
);

/**
 * Incident reports of any status counted per hour of their time of event (UTC), for the dashboard's
 * 14-day trend: a day in WIB, WITA or WIT is 24 whole UTC hours, so one table serves every zone.
 * Each report is counted three times, under the whole country (`region_key` ''), its province (two
 * characters) and its kabupaten/kota (five, when the report is below a province), so any of those
 * scopes reads at most 24 rows a day whatever the volume. Kept by triggers on incidents (migration 0017).
 */
export const incidentHourCounts = pgTable(
  'incident_hour_counts',
  {
    regionKey: text('region_key').notNull(),
    hour: timestamp('hour', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionKey, t.hour] })],
);
