import { sql, type SQL } from 'drizzle-orm';

/** Row values as both drivers return them (Date objects or text), turned into what contracts carry. */
export const isoInstant = (value: unknown): string => new Date(String(value)).toISOString();
export const isoInstantOrNull = (value: unknown): string | null => (value == null ? null : isoInstant(value));
export const textList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A text[] value built element by element, so both drivers bind each string the same way. */
export function textArraySql(values: readonly string[]): SQL {
  if (values.length === 0) return sql`'{}'::text[]`;
  return sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}
