import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { REGION_LEVELS, type RegionKind, type RegionLevel } from '../../domain/regions/codes.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { RegionSummary } from '../../contracts/regions.js';

/** Below this, trigram matching has too little to work with: typed text must be a prefix. */
const MIN_FUZZY_LENGTH = 3;
/** pg_trgm's default of 0.6 misses one-letter typos in short names ("bangil" for "bangli"). */
const WORD_SIMILARITY_THRESHOLD = 0.45;

interface RegionRow extends Record<string, unknown> {
  code: string;
  name: string;
  level: number;
  kind: RegionKind;
  parent_code: string | null;
  time_zone: TimeZoneLabel;
  province_name: string | null;
  regency_name: string | null;
  source: string;
}

export interface RegionFilter {
  /** Normalised text to match; empty for a plain listing. */
  text: string;
  kinds: RegionKind[] | null;
  level: RegionLevel | null;
  parent: string | null;
  within: string | null;
  provinceCode: string | null;
  excludeCode: string | null;
  limit: number;
  offset: number;
}

const SELECT_SUMMARY = sql`
  select r.code, r.name, r.level, r.kind, r.parent_code, r.time_zone, r.source,
         p.name as province_name, g.name as regency_name
  from regions r
  left join regions p on p.code = r.province_code and r.level > 1
  left join regions g on g.code = r.regency_code and r.level > 2`;

export function toSummary(row: RegionRow): RegionSummary {
  return {
    code: row.code,
    name: row.name,
    level: REGION_LEVELS[row.level - 1] as RegionLevel,
    kind: row.kind,
    parentCode: row.parent_code,
    timeZone: row.time_zone,
    provinceName: row.province_name,
    regencyName: row.regency_name,
  };
}

/** The column holding a region's ancestor at the root's level: a subtree is one equality. */
function subtreeCondition(root: string): SQL {
  const depth = root.split('.').length;
  if (depth === 1) return sql`r.province_code = ${root}`;
  if (depth === 2) return sql`r.regency_code = ${root}`;
  if (depth === 3) return sql`(r.district_code = ${root} or r.code = ${root})`;
  return sql`r.code = ${root}`;
}

function conditions(filter: RegionFilter): SQL {
  const parts: SQL[] = [];
  if (filter.text) {
    // normaliseName leaves only letters, digits and spaces: no LIKE wildcard can reach here.
    const prefix = `${filter.text}%`;
    parts.push(
      filter.text.length < MIN_FUZZY_LENGTH
        ? sql`r.search_name like ${prefix}`
        : sql`(r.search_name like ${prefix} or ${filter.text} <% r.search_name)`,
    );
  }
  if (filter.kinds) parts.push(sql`r.kind in (${sql.join(filter.kinds.map((k) => sql`${k}`), sql`, `)})`);
  if (filter.level) parts.push(sql`r.level = ${REGION_LEVELS.indexOf(filter.level) + 1}`);
  if (filter.parent) parts.push(sql`r.parent_code = ${filter.parent}`);
  if (filter.within) parts.push(subtreeCondition(filter.within));
  if (filter.provinceCode) parts.push(sql`r.province_code = ${filter.provinceCode}`);
  if (filter.excludeCode) parts.push(sql`r.code <> ${filter.excludeCode}`);
  if (!filter.text && !filter.parent && !filter.level && !filter.within) parts.push(sql`r.level = 1`);
  return parts.length ? sql`where ${sql.join(parts, sql` and `)}` : sql``;
}

export function createRegionRepo(db: Db) {
  return {
    /** Matching regions, best first: exact name, then prefix, then closeness, then larger regions. */
    async find(filter: RegionFilter): Promise<{ items: RegionSummary[]; total: number }> {
      const where = conditions(filter);
      const order = filter.text
        ? sql`order by (r.search_name = ${filter.text}) desc, (r.search_name like ${`${filter.text}%`}) desc,
                word_similarity(${filter.text}, r.search_name) desc, r.level, r.code`
        : sql`order by r.code`;
      return db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
        // The planner cannot estimate a parameterised `<%` and picks a full scan, which costs 15–20x
        // the trigram index on the embedded engine; for this transaction only, make it use the index.
        if (filter.text) await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
        const rows = await tx.execute<RegionRow>(sql`${SELECT_SUMMARY} ${where} ${order} limit ${filter.limit} offset ${filter.offset}`);
        const counted = await tx.execute<{ total: number }>(sql`select count(*)::int as total from regions r ${where}`);
        return { items: rows.rows.map(toSummary), total: counted.rows[0]?.total ?? 0 };
      });
    },

    async get(code: string): Promise<(RegionSummary & { source: string }) | null> {
      const rows = await db.execute<RegionRow>(sql`${SELECT_SUMMARY} where r.code = ${code}`);
      const row = rows.rows[0];
      return row ? { ...toSummary(row), source: row.source } : null;
    },

    async getMany(codes: string[]): Promise<RegionSummary[]> {
      if (codes.length === 0) return [];
      const rows = await db.execute<RegionRow>(
        sql`${SELECT_SUMMARY} where r.code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)}) order by r.level`,
      );
      return rows.rows.map(toSummary);
    },

    /** How many regions of each level lie below `code`, and how many are its direct children. */
    async counts(code: string): Promise<{ children: number; byLevel: Record<number, number> }> {
      const rows = await db.execute<{ level: number; n: number }>(
        sql`select r.level, count(*)::int as n from regions r where ${subtreeCondition(code)} and r.code <> ${code} group by r.level`,
      );
      const byLevel: Record<number, number> = {};
      for (const row of rows.rows) byLevel[row.level] = row.n;
      const depth = code.split('.').length;
      return { children: byLevel[depth + 1] ?? 0, byLevel };
    },

    async countByLevel(): Promise<Record<number, number>> {
      const rows = await db.execute<{ level: number; n: number }>(sql`select level, count(*)::int as n from regions group by level`);
      return Object.fromEntries(rows.rows.map((row) => [row.level, row.n]));
    },
  };
}

export type RegionRepo = ReturnType<typeof createRegionRepo>;
