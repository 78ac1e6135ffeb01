import { sql } from 'drizzle-orm';
import type { ImportedOutline as ImportedOutlineRow } from '../../contracts/geo.js';
import type { Db } from '../../db/client.js';
import { isoInstant, textArraySql } from '../../db/values.js';
import type { CandidateOutline } from '../../domain/geo/outline-file.js';
import type { OutlineGeometry } from './outlines.js';

type Executor = Pick<Db, 'execute'>;

/** An outline a desk imported, with the gazetteer's name and level of its region. */
export interface ImportedOutline {
  regionCode: string;
  name: string;
  level: number;
  parentCode: string | null;
  geometry: OutlineGeometry;
  importedAt: string;
}

/** What a desk sees of an import in the list (no geometry). */
export type ImportedOutlineSummary = ImportedOutlineRow;

export interface OutlineRegion {
  code: string;
  name: string;
  level: number;
}

const jsonOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as OutlineGeometry;

/** Imported outlines (region_outlines), which take the place of the vendored ones of data/geo. */
export function createOutlineRepo(db: Executor) {
  return {
    /** The imported outlines of the provinces (parent null) or of one province's kabupaten/kota. */
    async importedUnder(parentCode: string | null): Promise<ImportedOutline[]> {
      const where = parentCode === null ? sql`r.level = 1` : sql`r.level = 2 and r.parent_code = ${parentCode}`;
      const rows = await db.execute(sql`
        select o.region_code, r.name, r.level, r.parent_code, o.geometry, o.imported_at
        from region_outlines o join regions r on r.code = o.region_code
        where ${where} order by o.region_code`);
      return rows.rows.map((row) => ({
        regionCode: String(row.region_code), name: String(row.name), level: Number(row.level),
        parentCode: row.parent_code == null ? null : String(row.parent_code), geometry: jsonOf(row.geometry),
        importedAt: isoInstant(row.imported_at),
      }));
    },

    /** What has been imported, without geometry: for the list a desk manages. */
    async summaries(): Promise<ImportedOutlineSummary[]> {
      const rows = await db.execute(sql`
        select o.region_code, r.name, r.level, o.source_file, u.display_name as imported_by, o.imported_at
        from region_outlines o join regions r on r.code = o.region_code left join users u on u.id = o.imported_by
        order by o.region_code`);
      return rows.rows.map((row) => ({
        regionCode: String(row.region_code), name: String(row.name), level: Number(row.level),
        sourceFile: row.source_file == null ? null : String(row.source_file),
        importedBy: row.imported_by == null ? null : String(row.imported_by), importedAt: isoInstant(row.imported_at),
      }));
    },

    async regions(codes: readonly string[]): Promise<OutlineRegion[]> {
      if (codes.length === 0) return [];
      const rows = await db.execute(sql`select code, name, level from regions where code = any(${textArraySql(codes)})`);
      return rows.rows.map((row) => ({ code: String(row.code), name: String(row.name), level: Number(row.level) }));
    },

    async importedCodes(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db.execute(sql`select region_code from region_outlines where region_code = any(${textArraySql(codes)})`);
      return new Set(rows.rows.map((row) => String(row.region_code)));
    },

    async upsert(outline: CandidateOutline, sourceFile: string | null, importedBy: string | null, at: Date): Promise<void> {
      await db.execute(sql`
        insert into region_outlines (region_code, geometry, source_file, imported_by, imported_at)
        values (${outline.code}, ${JSON.stringify(outline.geometry)}::jsonb, ${sourceFile}, ${importedBy}, ${at.toISOString()})
        on conflict (region_code) do update set geometry = excluded.geometry, source_file = excluded.source_file,
          imported_by = excluded.imported_by, imported_at = excluded.imported_at`);
    },

    /** Deletes an imported outline; false when there was none. */
    async remove(regionCode: string): Promise<boolean> {
      const rows = await db.execute(sql`delete from region_outlines where region_code = ${regionCode} returning region_code`);
      return rows.rows.length > 0;
    },
  };
}

export type OutlineRepo = ReturnType<typeof createOutlineRepo>;
