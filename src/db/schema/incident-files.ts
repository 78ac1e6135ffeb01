import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { files } from './files.js';
import { incidents } from './incidents.js';

/** Photos and documents attached to a report (issue 7); the bytes live in `files`, scoped to the report's region. */
export const incidentAttachments = pgTable(
  'incident_attachments',
  {
    id: serial('id').primaryKey(),
    incidentId: integer('incident_id').notNull().references(() => incidents.id),
    fileId: integer('file_id').notNull().references(() => files.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('incident_attachments_unique').on(t.incidentId, t.fileId), index('incident_attachments_incident_idx').on(t.incidentId)],
);

/**
 * A CSV/XLSX import of reports (issue 7): its progress while it runs and its row-level report after.
 * status: berjalan (running), selesai (done: rows written), ditolak (refused: nothing written), gagal
 * (stopped by an error: nothing written).
 */
export const incidentImports = pgTable(
  'incident_imports',
  {
    id: serial('id').primaryKey(),
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    keepValid: boolean('keep_valid').notNull().default(false),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    acceptedRows: integer('accepted_rows').notNull().default(0),
    rejectedRows: integer('rejected_rows').notNull().default(0),
    /** Row problems ({ row, field, code }) and the references of the reports written. */
    report: jsonb('report'),
    scopeRegionCode: text('scope_region_code'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** When the job last moved (each batch touches it): an import is stale only after this stood still for long. */
    progressAt: timestamp('progress_at', { withTimezone: true }),
  },
  (t) => [index('incident_imports_created_by_idx').on(t.createdBy, t.createdAt)],
);

/**
 * The rows of a running import that passed every check, waiting to be written (issue 11): the job
 * checks the file batch by batch and parks the valid rows here, so neither the rows nor their keys
 * live in memory; the unique key finds the same report twice in one file. Emptied when the import ends.
 */
export const incidentImportRows = pgTable(
  'incident_import_rows',
  {
    importId: integer('import_id').notNull().references(() => incidentImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    key: text('key').notNull(),
    hash: text('hash').notNull(),
    /** The checked fields to write (NewIncident, times as ISO text). */
    fields: jsonb('fields').notNull(),
    /** False once found imported before (skipped): kept only to find later duplicates in the file. */
    pending: boolean('pending').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] }), uniqueIndex('incident_import_rows_key').on(t.importId, t.key)],
);
