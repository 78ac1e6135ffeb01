import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './regions.js';

/**
 * Outlines a desk imported to replace or refine the vendored boundaries of data/geo, one per
 * province or kabupaten/kota. The vendored files stay untouched: deleting a row restores them.
 */
export const regionOutlines = pgTable('region_outlines', {
  regionCode: text('region_code').primaryKey().references(() => regions.code),
  /** A GeoJSON Polygon or MultiPolygon in WGS84 degrees, checked on import (src/domain/geo/outline-file.ts). */
  geometry: jsonb('geometry').notNull(),
  /** The name of the file it came from, as the uploader's browser gave it. */
  sourceFile: text('source_file'),
  importedBy: uuid('imported_by'),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});
