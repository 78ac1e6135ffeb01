import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { Unit } from '../../contracts/accounts.js';

type Executor = Pick<Db, 'execute'>;

const SELECT_UNIT = sql`select u.id, u.agency_code, u.region_code, u.name, r.name as region_name from units u join regions r on r.code = u.region_code`;

function toUnit(row: Record<string, unknown>): Unit {
  return { id: Number(row.id), agencyCode: String(row.agency_code), regionCode: String(row.region_code), name: String(row.name), regionName: String(row.region_name) };
}

export function createUnitRepo(db: Executor) {
  return {
    async get(id: number): Promise<Unit | null> {
      const rows = await db.execute(sql`${SELECT_UNIT} where u.id = ${id}`);
      return rows.rows[0] ? toUnit(rows.rows[0]) : null;
    },

    /** Units inside the visible subtrees (null = all), optionally inside one region and of one agency. */
    async list(filter: { roots: string[] | null; region?: string; agency?: string; limit: number; offset: number }) {
      const where = sql.join(
        [
          withinRegions(sql`u.region_code`, filter.roots),
          filter.region ? withinRegions(sql`u.region_code`, [filter.region]) : sql`true`,
          filter.agency ? sql`u.agency_code = ${filter.agency}` : sql`true`,
        ],
        sql` and `,
      );
      const rows = await db.execute(sql`${SELECT_UNIT} where ${where} order by u.region_code, u.agency_code, u.name limit ${filter.limit} offset ${filter.offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from units u where ${where}`);
      return { items: rows.rows.map(toUnit), total: Number(counted.rows[0]?.total ?? 0) };
    },

    async insert(unit: { agencyCode: string; regionCode: string; name: string }): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into units (agency_code, region_code, name) values (${unit.agencyCode}, ${unit.regionCode}, ${unit.name})
        on conflict (agency_code, region_code, name) do nothing returning id`);
      return rows.rows[0] ? Number(rows.rows[0].id) : 0;
    },

    /** Renames a unit or changes its agency; false when another unit already has that agency, region and name. */
    async update(id: number, unit: { agencyCode: string; name: string }): Promise<boolean> {
      const rows = await db.execute(sql`
        update units set agency_code = ${unit.agencyCode}, name = ${unit.name}
        where id = ${id} and not exists (
          select 1 from units o where o.id <> ${id} and o.agency_code = ${unit.agencyCode}
            and o.region_code = units.region_code and o.name = ${unit.name})
        returning id`);
      return rows.rows.length > 0;
    },

    /** The agency catalogue, in code order. */
    async agencies() {
      const rows = await db.execute(sql`select code, name_id, name_en, aliases, valid_to, successor_code from agencies order by code`);
      return rows.rows.map((row) => ({
        code: String(row.code), nameId: String(row.name_id), nameEn: String(row.name_en),
        aliases: (row.aliases as string[] | null) ?? [],
        validTo: row.valid_to == null ? null : String(row.valid_to).slice(0, 10),
        successorCode: (row.successor_code as string | null) ?? null,
      }));
    },

    /** Which of these codes are regions in the gazetteer. */
    async existingRegions(codes: string[]): Promise<Set<string>> {
      const unique = [...new Set(codes)].filter((c) => c.length <= 13);
      if (unique.length === 0) return new Set();
      const rows = await db.execute<{ code: string }>(sql`select code from regions where code in (${sql.join(unique.map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.rows.map((r) => r.code));
    },

    /** Keys (agency|region|lower-case name) of the units already in these regions. */
    async existingKeys(regionCodes: string[]): Promise<Set<string>> {
      const unique = [...new Set(regionCodes)].filter((c) => c.length <= 13);
      if (unique.length === 0) return new Set();
      const rows = await db.execute<{ k: string }>(sql`
        select agency_code || '|' || region_code || '|' || lower(name) as k from units
        where region_code in (${sql.join(unique.map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.rows.map((r) => r.k));
    },

    async agencyExists(code: string): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from agencies where code = ${code}`);
      return rows.rows.length > 0;
    },

    async regionExists(code: string): Promise<boolean> {
      const rows = await db.execute(sql`select 1 from regions where code = ${code}`);
      return rows.rows.length > 0;
    },
  };
}
