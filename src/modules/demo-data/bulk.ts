import type { RawClient } from '../../db/client.js';

/**
 * Bulk writing for the demo data: rows become CSV and go in by COPY on both engines (COPY FROM STDIN
 * through pg-copy-streams on PostgreSQL, a Blob on PGlite), in batches, so no single string holds a
 * whole table. COPY fires the statement triggers of an INSERT, so derived tables (incident_open_counts,
 * migration 0016) stay right.
 */

export type Cell = string | number | boolean | Date | null | readonly string[] | readonly number[];

/** One CSV field: NULL unquoted and empty, everything else quoted (so an empty string stays a string). */
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return csvCell(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export const DEFAULT_BATCH = 10_000;

/** COPYs rows through `client` (inside its transaction) in batches; returns how many. */
export async function copyInto(client: RawClient, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>, batch = DEFAULT_BATCH): Promise<number> {
  let count = 0;
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(csvLine(row));
    if (lines.length >= batch) {
      await client.copyCsv(table, columns, [lines.join('')]);
      count += lines.length;
      lines = [];
    }
  }
  if (lines.length) await client.copyCsv(table, columns, [lines.join('')]);
  return count + lines.length;
}

/**
 * Buffers rows of several tables and COPYs them together, in the order the tables were declared
 * (a parent before the rows that reference it), whenever the caller says a batch is complete.
 */
export function tableBuffers(client: RawClient, tables: readonly { table: string; columns: readonly string[] }[]) {
  const lines = new Map(tables.map(({ table }) => [table, [] as string[]]));
  const written = new Map(tables.map(({ table }) => [table, 0]));
  return {
    add(table: string, row: readonly Cell[]) {
      lines.get(table)!.push(csvLine(row));
    },
    pending: (table: string) => lines.get(table)!.length,
    async flush(): Promise<void> {
      for (const { table, columns } of tables) {
        const buffered = lines.get(table)!;
        if (!buffered.length) continue;
        await client.copyCsv(table, columns, [buffered.join('')]);
        written.set(table, written.get(table)! + buffered.length);
        lines.set(table, []);
      }
    },
    written: (table: string) => written.get(table)!,
  };
}

/** The largest id of a table (0 when empty): explicit ids of appended rows start after it. */
export async function maxId(client: RawClient, table: string): Promise<number> {
  const rows = await client.query<{ n: number }>(`select coalesce(max(id), 0)::int as n from ${table}`);
  return Number(rows[0]?.n ?? 0);
}

/** Rows inserted with explicit ids leave the serial behind: move it past them, as the product's inserts expect. */
export async function syncSerial(client: RawClient, table: string): Promise<void> {
  await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
}
