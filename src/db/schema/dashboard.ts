import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

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
