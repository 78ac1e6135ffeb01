import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoInstant, textArraySql, textList } from '../../db/values.js';

type Executor = Pick<Db, 'execute'>;

export interface LetterheadRecord {
  unitId: number;
  lines: string[];
  address: string | null;
  logoFileId: number | null;
  updatedAt: string;
}

/** A unit's kop surat (table unit_letterheads); the logo's bytes live in files. */
export function createLetterheadRepo(db: Executor) {
  return {
    async get(unitId: number): Promise<LetterheadRecord | null> {
      const rows = await db.execute(sql`select unit_id, lines, address, logo_file_id, updated_at from unit_letterheads where unit_id = ${unitId}`);
      const row = rows.rows[0];
      if (!row) return null;
      return {
        unitId: Number(row.unit_id), lines: textList(row.lines), address: (row.address as string | null) ?? null,
        logoFileId: row.logo_file_id == null ? null : Number(row.logo_file_id), updatedAt: isoInstant(row.updated_at),
      };
    },

    /** Sets the text of the letterhead, keeping its logo. */
    async saveText(unitId: number, lines: string[], address: string | null, now: Date) {
      await db.execute(sql`
        insert into unit_letterheads (unit_id, lines, address, updated_at) values (${unitId}, ${textArraySql(lines)}, ${address}, ${now.toISOString()})
        on conflict (unit_id) do update set lines = excluded.lines, address = excluded.address, updated_at = excluded.updated_at`);
    },

    /** Points the letterhead at a new logo, keeping its text. */
    async saveLogo(unitId: number, fileId: number, now: Date) {
      await db.execute(sql`
        insert into unit_letterheads (unit_id, logo_file_id, updated_at) values (${unitId}, ${fileId}, ${now.toISOString()})
        on conflict (unit_id) do update set logo_file_id = excluded.logo_file_id, updated_at = excluded.updated_at`);
    },
  };
}

export type LetterheadRepo = ReturnType<typeof createLetterheadRepo>;
