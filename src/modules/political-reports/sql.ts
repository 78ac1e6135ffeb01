import { sql, type SQL } from 'drizzle-orm';
import type { PoliticalReportLevel } from '../../domain/political-reports/vocabulary.js';

/** The gazetteer level (regions.level) of each reporting level. */
export const GAZETTEER_LEVEL: Record<PoliticalReportLevel, number> = { provinsi: 1, kabkota: 2 };

/** Late, as domain/political-reports/deadlines.ts isLate says, in SQL over a report row `r`. */
export const lateSql = (now: Date): SQL =>
  sql`(r.due_at is not null and ((r.submitted_at is not null and r.submitted_at > r.due_at) or (r.submitted_at is null and r.due_at < ${now.toISOString()}::timestamptz)))`;

/** The local calendar date of an instant column in the zone of the region row `g` (fixed offsets: no daylight saving). */
export const localDateSql = (column: SQL): SQL =>
  sql`((${column} at time zone 'UTC') + (case g.time_zone when 'WIB' then 7 when 'WITA' then 8 else 9 end) * interval '1 hour')::date`;

export const num = (value: unknown): number => Number(value);
export const str = (value: unknown): string => String(value);
export const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));
export const dateOrNull = (value: unknown): Date | null => (value == null ? null : new Date(String(value)));
/** A `date` column as YYYY-MM-DD whichever driver read it. */
export const dayOrNull = (value: unknown): string | null => {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};
export const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
