import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { CreatePerson, Person } from '../../contracts/people.js';

type Executor = Pick<Db, 'execute'>;

const SELECT_PERSON = sql`
  select p.id, p.full_name, p.position, p.unit_id, u.name as unit_name, u.region_code, p.phone, p.email
  from people p join units u on u.id = p.unit_id`;

function toPerson(row: Record<string, unknown>): Person {
  return {
    id: Number(row.id), fullName: String(row.full_name), position: (row.position as string | null) ?? null,
    unitId: Number(row.unit_id), unitName: String(row.unit_name), regionCode: String(row.region_code),
    phone: (row.phone as string | null) ?? null, email: (row.email as string | null) ?? null,
  };
}

export function createPeopleRepo(db: Executor) {
  return {
    async get(id: number): Promise<Person | null> {
      const rows = await db.execute(sql`${SELECT_PERSON} where p.id = ${id}`);
      return rows.rows[0] ? toPerson(rows.rows[0]) : null;
    },

    /** People of units inside the visible subtrees; `q` matches names case-insensitively. */
    async list(filter: { roots: string[] | null; unit?: number; q?: string; limit: number; offset: number }) {
      const where = sql.join(
        [
          withinRegions(sql`u.region_code`, filter.roots),
          filter.unit ? sql`p.unit_id = ${filter.unit}` : sql`true`,
          filter.q ? sql`strpos(lower(p.full_name), lower(${filter.q})) > 0` : sql`true`,
        ],
        sql` and `,
      );
      const rows = await db.execute(sql`${SELECT_PERSON} where ${where} order by p.full_name, p.id limit ${filter.limit} offset ${filter.offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from people p join units u on u.id = p.unit_id where ${where}`);
      return { items: rows.rows.map(toPerson), total: Number(counted.rows[0]?.total ?? 0) };
    },

    async update(id: number, person: CreatePerson) {
      await db.execute(sql`
        update people set full_name = ${person.fullName}, position = ${person.position}, unit_id = ${person.unitId},
          phone = ${person.phone}, email = ${person.email} where id = ${id}`);
    },

    async insert(person: CreatePerson): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into people (full_name, position, unit_id, phone, email)
        values (${person.fullName}, ${person.position}, ${person.unitId}, ${person.phone}, ${person.email}) returning id`);
      return Number(rows.rows[0]!.id);
    },
  };
}
