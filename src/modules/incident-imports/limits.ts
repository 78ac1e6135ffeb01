/**
 * The bounds of an import of reports (issue 11: files of 100,000 rows). Unit imports keep their own,
 * smaller ones (MAX_IMPORT_ROWS/MAX_IMPORT_BYTES in src/modules/units/import-file.ts): they read the
 * whole file in memory, this one streams it from disk.
 */
export const MAX_INCIDENT_IMPORT_ROWS = 100_000;
export const MAX_INCIDENT_IMPORT_BYTES = 64 * 1024 * 1024;
/** Rows checked, and then written, together: memory holds one batch; progress moves once per batch. */
export const IMPORT_BATCH_ROWS = 2_000;
/** Problems, skipped rows and written reports listed in an import's report: the rest are counted, not listed. */
export const MAX_LISTED_ROWS = 1_000;
