import { sql } from 'drizzle-orm';
import type { Database, RawClient } from '../src/db/client.js';
import type { TimeZoneLabel } from '../src/domain/regions/timezones.js';

/**
 * What the desk seeder's parts share: a seeded random source (the same desk on every machine), the
 * gazetteer as lists to draw regions from, the units it creates, and CSV batches for COPY (the fast
 * bulk path on both engines: a Blob on PGlite, COPY FROM STDIN on PostgreSQL).
 */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  /** Picks by weight: `[[value, weight], …]`. */
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof random>;

export interface Province {
  code: string;
  name: string;
  timeZone: TimeZoneLabel;
  regencies: { code: string; name: string }[];
  districts: string[];
  villages: string[];
}

export interface Gazetteer {
  provinces: Province[];
  byCode: Map<string, Province>;
  names: Map<string, string>;
}

/** Every region code below a province, grouped by province (about 92k codes; a few MB in memory). */
export async function readGazetteer(database: Database): Promise<Gazetteer> {
  const rows = await database.db.execute<{ code: string; level: number; name: string; province_code: string; time_zone: TimeZoneLabel }>(
    sql`select code, level, name, province_code, time_zone from regions order by code`,
  );
  const byCode = new Map<string, Province>();
  const names = new Map<string, string>();
  for (const row of rows.rows) {
    if (Number(row.level) === 1) byCode.set(row.code, { code: row.code, name: row.name, timeZone: row.time_zone, regencies: [], districts: [], villages: [] });
  }
  for (const row of rows.rows) {
    const level = Number(row.level);
    if (level <= 2) names.set(row.code, row.name);
    const province = byCode.get(row.province_code);
    if (!province || level === 1) continue;
    if (level === 2) province.regencies.push({ code: row.code, name: row.name });
    else if (level === 3) province.districts.push(row.code);
    else province.villages.push(row.code);
  }
  return { provinces: [...byCode.values()], byCode, names };
}

/**
 * Rough shares of reports by province: populous Java, North Sumatra and the Papua provinces (where
 * Pilkada security reports run high) weigh more; the rest weigh 1.
 */
const PROVINCE_WEIGHTS: Record<string, number> = {
  '32': 10, '35': 9, '33': 8, '12': 4, '31': 3.5, '36': 3.5, '73': 2.5, '18': 2.4, '16': 2.2, '13': 1.6, '51': 1.4, '91': 2, '94': 2.2,
  '95': 1.5, '96': 1.2, '97': 1.4, '81': 1.3, '53': 1.4, '61': 1.5, '64': 1.2,
};

export function provinceTable(gazetteer: Gazetteer): (readonly [Province, number])[] {
  return gazetteer.provinces.map((p) => [p, PROVINCE_WEIGHTS[p.code] ?? 1] as const);
}

/** A region inside `province` at the depth reports name: mostly a desa, sometimes only a kecamatan or kabupaten/kota. */
export function regionIn(rnd: Random, province: Province): string {
  const depth = rnd.next();
  if (depth < 0.72 && province.villages.length) return rnd.pick(province.villages);
  if (depth < 0.88 && province.districts.length) return rnd.pick(province.districts);
  if (depth < 0.97 && province.regencies.length) return rnd.pick(province.regencies).code;
  return province.code;
}

export interface Units {
  /** Units by region code (a province or a kabupaten/kota), each with its agency. */
  at: Map<string, { id: number; agency: string }[]>;
  count: number;
}

const PROVINCE_AGENCIES = ['KESBANGPOL', 'KPU', 'BAWASLU', 'POLRI', 'TNI'] as const;
const REGENCY_AGENCIES = ['KESBANGPOL', 'KPU', 'BAWASLU', 'POLRI'] as const;
const AGENCY_TITLES: Record<string, string> = { KESBANGPOL: 'Badan Kesbangpol', KPU: 'KPU', BAWASLU: 'Bawaslu', POLRI: 'Polres', TNI: 'Kodim' };

/** The desk's offices: five per province, four per kabupaten/kota (about 2,250 units). */
export async function insertUnits(database: Database, gazetteer: Gazetteer): Promise<Units> {
  const rows: string[][] = [];
  for (const p of gazetteer.provinces) {
    for (const agency of PROVINCE_AGENCIES) rows.push([agency, p.code, `${agency === 'POLRI' ? 'Polda' : agency === 'TNI' ? 'Korem' : AGENCY_TITLES[agency]} Provinsi ${p.name}`]);
    for (const r of p.regencies) for (const agency of REGENCY_AGENCIES) rows.push([agency, r.code, `${AGENCY_TITLES[agency]} ${r.name}`]);
  }
  await copyRows(database, 'units', ['agency_code', 'region_code', 'name'], rows);
  const stored = await database.db.execute<{ id: number; agency_code: string; region_code: string }>(sql`select id, agency_code, region_code from units`);
  const at = new Map<string, { id: number; agency: string }[]>();
  for (const u of stored.rows) {
    const list = at.get(u.region_code) ?? [];
    list.push({ id: Number(u.id), agency: u.agency_code });
    at.set(u.region_code, list);
  }
  return { at, count: stored.rows.length };
}

/** The units of the kabupaten/kota (or province) a region code lies in, nearest first. */
export function unitsNear(units: Units, regionCode: string): { id: number; agency: string }[] {
  const regency = regionCode.split('.').slice(0, 2).join('.');
  return units.at.get(regency) ?? units.at.get(regionCode.slice(0, 2)) ?? [];
}

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

/** COPYs rows in one transaction, in batches so that no single Blob or stream holds them all. */
export async function copyRows(database: Database, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>, batch = 10_000): Promise<number> {
  let count = 0;
  await database.transactionRaw(async (client: RawClient) => {
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
    count += lines.length;
  });
  return count;
}

/** Rows inserted with explicit ids leave the serial behind: move it past them, as the product's inserts expect. */
export async function syncSerial(database: Database, table: string): Promise<void> {
  await database.db.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`));
}

export const DAY_MS = 86_400_000;

/** A date as YYYY-MM-DD in a zone given by its UTC offset in hours. */
export function localDay(at: Date, offsetHours: number): string {
  return new Date(at.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}
