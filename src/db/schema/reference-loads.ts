import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per reference dataset loaded, so that seeding twice is a no-op. */
export const referenceLoads = pgTable('reference_loads', {
  dataset: text('dataset').primaryKey(),
  version: text('version').notNull(),
  rowCount: integer('row_count').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
