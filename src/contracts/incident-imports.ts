import { z } from 'zod';
import { IMPORT_COLUMNS } from '../domain/incidents/import-rows.js';
import { idParamSchema } from './common.js';

/**
 * Status of an import: berjalan (running), selesai (done), ditolak (refused: nothing written), gagal
 * (stopped by an error: the batches written before it stay, acceptedRows says how many; importing the
 * file again writes the rest).
 */
export const IMPORT_STATUSES = ['berjalan', 'selesai', 'ditolak', 'gagal'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const importParamsSchema = z.object({ id: idParamSchema });

/** The text parts of the upload, before the file: "true" or "false", absent = false. */
export const importFormSchema = z
  .object({ keepValid: z.enum(['true', 'false']).optional(), dryRun: z.enum(['true', 'false']).optional() })
  .strict();

export const importStartedSchema = z.object({ id: z.number().int(), status: z.enum(IMPORT_STATUSES), totalRows: z.number().int() });

const columnSchema = z.enum(IMPORT_COLUMNS).nullable();

export const importSummarySchema = z.object({
  id: z.number().int(),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  keepValid: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  /** Rows checked so far. */
  processedRows: z.number().int(),
  /** Rows written (so far, while it runs; a dry run: rows that would be). */
  acceptedRows: z.number().int(),
  /** Rows with at least one problem. */
  rejectedRows: z.number().int(),
  /** Rows already imported before: not written again. */
  skippedRows: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importDetailSchema = importSummarySchema.extend({
  /** Every problem, by row (header = row 1) and column, with its reason in the caller's language. */
  problems: z.array(z.object({ row: z.number().int(), column: columnSchema, code: z.string(), message: z.string(), value: z.string().nullable() })),
  /** Rows not written because the same report was imported before. */
  skipped: z.array(z.object({ row: z.number().int(), incidentId: z.number().int().nullable(), message: z.string() })),
  /** The reports written, by row. */
  incidents: z.array(z.object({ row: z.number().int(), id: z.number().int(), reference: z.string() })),
  /** Problems, skipped rows and reports not listed above: each list stops at 1,000 rows, these count the rest. */
  omitted: z.object({ problems: z.number().int(), skipped: z.number().int(), incidents: z.number().int() }),
  /** An earlier finished import of the very same file (same bytes), if any. */
  sameFileAs: z.number().int().nullable(),
  /** Why the import stopped (status gagal), in the caller's language. */
  failure: z.string().nullable(),
  /** A one-line outcome in the caller's language. */
  summary: z.string(),
});

export const importListSchema = z.object({ items: z.array(importSummarySchema) });

export type ImportSummary = z.infer<typeof importSummarySchema>;
export type ImportDetail = z.infer<typeof importDetailSchema>;
