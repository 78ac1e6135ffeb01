import { customType, index, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Uploaded files (evidence, letterhead logos, attachments), kept in the database so that every
 * server process sees them, backups hold them, and an upload is part of its write's transaction.
 * Sizes are bounded at the edge (a few MB), so rows stay small enough for this.
 */
export const files = pgTable(
  'files',
  {
    id: serial('id').primaryKey(),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    name: text('name').notNull(),
    content: bytea('content').notNull(),
    /** The region of what the file belongs to, so reading it is scoped like its owner. */
    regionCode: text('region_code'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_sha256_idx').on(t.sha256)],
);
