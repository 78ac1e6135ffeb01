import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { incidentIdempotency, incidentImports, incidents } from '../../db/schema/index.js';

type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'execute'>;
export type ImportRecord = typeof incidentImports.$inferSelect;

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

    async progress(id: number, processedRows: number): Promise<void> {
      await db.update(incidentImports).set({ processedRows }).where(and(eq(incidentImports.id, id), eq(incidentImports.status, 'berjalan')));
    },

    async finish(id: number, fields: Partial<typeof incidentImports.$inferInsert>): Promise<void> {
      await db.update(incidentImports).set(fields).where(eq(incidentImports.id, id));
    },

    /** Marks imports still running since before `before` as stopped (gagal): their process is gone. */
    async failStale(before: Date, running: ReadonlySet<number>, now: Date): Promise<void> {
      const stale = await db.select({ id: incidentImports.id }).from(incidentImports).where(and(eq(incidentImports.status, 'berjalan'), lt(incidentImports.createdAt, before)));
      const ids = stale.map((row) => row.id).filter((id) => !running.has(id));
      if (ids.length === 0) return;
      await db.update(incidentImports).set({ status: 'gagal', finishedAt: now, report: sql`coalesce(${incidentImports.report}, '{}'::jsonb) || '{"failure":"stale"}'::jsonb` })
        .where(and(inArray(incidentImports.id, ids), eq(incidentImports.status, 'berjalan')));
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
