import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { incidentIdempotency, incidentImportRows, incidentImports, incidents } from '../../db/schema/index.js';

type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
export type ImportRecord = typeof incidentImports.$inferSelect;
/** A checked row parked until it is written (incident_import_rows). */
export interface StagedRow {
  row: number;
  key: string;
  hash: string;
  fields: unknown;
}

/** The stored incident_imports rows (src/db/schema/incident-files.ts) and the look-ups an import needs. */
export function createImportRepo(db: Executor) {
  return {
    async insert(fields: typeof incidentImports.$inferInsert): Promise<number> {
      const [row] = await db.insert(incidentImports).values(fields).returning({ id: incidentImports.id });
      return row!.id;
    },

    async get(id: number): Promise<ImportRecord | null> {
      const [row] = await db.select().from(incidentImports).where(eq(incidentImports.id, id));
      return row ?? null;
    },

    async listBy(createdBy: string, limit: number): Promise<ImportRecord[]> {
      return db.select().from(incidentImports).where(eq(incidentImports.createdBy, createdBy)).orderBy(desc(incidentImports.createdAt), desc(incidentImports.id)).limit(limit);
    },

    /** Counts so far, and the last-activity time that keeps a running import from being taken for stale. */
    async progress(id: number, counts: { processedRows?: number; acceptedRows?: number }, at: Date): Promise<void> {
      await db.update(incidentImports).set({ ...counts, progressAt: at }).where(and(eq(incidentImports.id, id), eq(incidentImports.status, 'berjalan')));
    },

    async finish(id: number, fields: Partial<typeof incidentImports.$inferInsert>): Promise<void> {
      await db.update(incidentImports).set(fields).where(eq(incidentImports.id, id));
    },

    /**
     * Marks imports running without any activity since `before` (no batch moved them: their process
     * is gone) as stopped (gagal), and drops their parked rows. An import that keeps moving is never
     * stale, however long it runs.
     */
    async failStale(before: Date, running: ReadonlySet<number>, now: Date): Promise<void> {
      const lastActivity = sql`coalesce(${incidentImports.progressAt}, ${incidentImports.createdAt})`;
      const stale = await db.select({ id: incidentImports.id }).from(incidentImports).where(and(eq(incidentImports.status, 'berjalan'), lt(lastActivity, before)));
      const ids = stale.map((row) => row.id).filter((id) => !running.has(id));
      if (ids.length === 0) return;
      await db.update(incidentImports).set({ status: 'gagal', finishedAt: now, report: sql`coalesce(${incidentImports.report}, '{}'::jsonb) || '{"failure":"stale"}'::jsonb` })
        .where(and(inArray(incidentImports.id, ids), eq(incidentImports.status, 'berjalan'), lt(lastActivity, before)));
      await db.delete(incidentImportRows).where(inArray(incidentImportRows.importId, ids));
    },

    /** Parks checked rows; answers the rows parked, leaving out those whose key an earlier row of the file holds. */
    async stage(importId: number, rows: readonly StagedRow[]): Promise<Set<number>> {
      if (rows.length === 0) return new Set();
      const parked = await db.insert(incidentImportRows).values(rows.map((row) => ({ importId, ...row }))).onConflictDoNothing().returning({ row: incidentImportRows.row });
      return new Set(parked.map((row) => row.row));
    },

    /** The row of the file that holds each key. */
    async stagedRows(importId: number, keys: readonly string[]): Promise<Map<string, number>> {
      if (keys.length === 0) return new Map();
      const rows = await db.select({ key: incidentImportRows.key, row: incidentImportRows.row }).from(incidentImportRows)
        .where(and(eq(incidentImportRows.importId, importId), inArray(incidentImportRows.key, [...keys])));
      return new Map(rows.map((row) => [row.key, row.row]));
    },

    /** Keeps parked rows from being written (imported before, or a key reused), still holding their keys. */
    async holdBack(importId: number, rows: readonly number[]): Promise<void> {
      if (rows.length === 0) return;
      await db.update(incidentImportRows).set({ pending: false }).where(and(eq(incidentImportRows.importId, importId), inArray(incidentImportRows.row, [...rows])));
    },

    /** The next parked rows to write, in file order, after row `after`. */
    async pendingRows(importId: number, after: number, limit: number): Promise<StagedRow[]> {
      return db.select({ row: incidentImportRows.row, key: incidentImportRows.key, hash: incidentImportRows.hash, fields: incidentImportRows.fields }).from(incidentImportRows)
        .where(and(eq(incidentImportRows.importId, importId), eq(incidentImportRows.pending, true), gt(incidentImportRows.row, after)))
        .orderBy(asc(incidentImportRows.row)).limit(limit);
    },

    async countPending(importId: number): Promise<number> {
      const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(incidentImportRows).where(and(eq(incidentImportRows.importId, importId), eq(incidentImportRows.pending, true)));
      return Number(row?.count ?? 0);
    },

    async clearStaged(importId: number): Promise<void> {
      await db.delete(incidentImportRows).where(eq(incidentImportRows.importId, importId));
    },

    /** The latest finished import (rows written) of a file with this digest, other than `id`. */
    async sameFile(sha256: string, id: number): Promise<number | null> {
      const rows = await db.execute<{ id: number }>(sql`
        select id from incident_imports where report->>'fileSha256' = ${sha256} and status = 'selesai' and coalesce(report->>'dryRun', 'false') = 'false'
        and id <> ${id} order by id desc limit 1`);
      return rows.rows[0] ? Number(rows.rows[0].id) : null;
    },

    /** Keys already claimed in `scope`, with the content they were claimed for and the report they made. */
    async claimedKeys(scope: string, keys: readonly string[]): Promise<Map<string, { hash: string; incidentId: number | null }>> {
      const found = new Map<string, { hash: string; incidentId: number | null }>();
      for (let start = 0; start < keys.length; start += 500) {
        const slice = keys.slice(start, start + 500);
        const rows = await db.select({ key: incidentIdempotency.key, hash: incidentIdempotency.requestHash, incidentId: incidentIdempotency.incidentId })
          .from(incidentIdempotency).where(and(eq(incidentIdempotency.scope, scope), inArray(incidentIdempotency.key, slice)));
        for (const row of rows) found.set(row.key, { hash: row.hash, incidentId: row.incidentId });
      }
      return found;
    },

    async references(ids: readonly number[]): Promise<Map<number, string>> {
      const found = new Map<number, string>();
      for (let start = 0; start < ids.length; start += 500) {
        const rows = await db.select({ id: incidents.id, reference: incidents.reference }).from(incidents).where(inArray(incidents.id, ids.slice(start, start + 500)));
        for (const row of rows) found.set(row.id, row.reference);
      }
      return found;
    },
  };
}
