import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { User } from '../../contracts/accounts.js';
import type { Role } from '../../domain/access/rules.js';

type Executor = Pick<Db, 'execute'>;

const SELECT_USER = sql`select id, email, display_name, role, scope_region_code, unit_id, language, disabled_at from users`;

function toUser(row: Record<string, unknown>): User {
  return {
    id: String(row.id),
    email: String(row.email),
    displayName: String(row.display_name),
    role: row.role as Role,
    scopeRegionCode: (row.scope_region_code as string | null) ?? null,
    unitId: row.unit_id == null ? null : Number(row.unit_id),
    language: row.language === 'en' ? 'en' : 'id',
    disabled: row.disabled_at != null,
  };
}

/** Account listings; the password hash never leaves the auth repository. */
export function createUserRepo(db: Executor) {
  return {
    async get(id: string): Promise<User | null> {
      const rows = await db.execute(sql`${SELECT_USER} where id = ${id}`);
      return rows.rows[0] ? toUser(rows.rows[0]) : null;
    },

    /** Writes an account's editable fields as given (the service has already merged and checked them). */
    async update(id: string, user: Pick<User, 'displayName' | 'role' | 'scopeRegionCode' | 'unitId' | 'language'> & { disabledAt: Date | null }) {
      await db.execute(sql`
        update users set display_name = ${user.displayName}, role = ${user.role}, scope_region_code = ${user.scopeRegionCode},
          unit_id = ${user.unitId}, language = ${user.language}, disabled_at = ${user.disabledAt?.toISOString() ?? null}
        where id = ${id}`);
    },

    /** Accounts whose scope lies inside the visible subtrees (null = all, national accounts included). */
    async list(roots: string[] | null, limit: number, offset: number) {
      const where = withinRegions(sql`scope_region_code`, roots);
      const rows = await db.execute(sql`${SELECT_USER} where ${where} order by email limit ${limit} offset ${offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from users where ${where}`);
      return { items: rows.rows.map(toUser), total: Number(counted.rows[0]?.total ?? 0) };
    },
  };
}
