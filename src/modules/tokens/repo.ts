import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { ApiToken } from '../../contracts/tokens.js';
import type { Role } from '../../domain/access/rules.js';

type Executor = Pick<Db, 'execute'>;

export interface TokenRecord extends ApiToken {
  userId: string;
}

const iso = (value: unknown) => (value == null ? null : new Date(String(value)).toISOString());

function toToken(row: Record<string, unknown>): TokenRecord {
  return {
    id: Number(row.id),
    name: String(row.name),
    userId: String(row.user_id),
    role: row.role as Role,
    scopeRegionCode: (row.scope_region_code as string | null) ?? null,
    unitId: row.unit_id == null ? null : Number(row.unit_id),
    createdAt: iso(row.created_at)!,
    expiresAt: iso(row.expires_at)!,
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

const COLUMNS = sql`id, name, user_id, role, scope_region_code, unit_id, created_at, expires_at, last_used_at, revoked_at`;

export function createTokenRepo(db: Executor) {
  return {
    async insert(token: Omit<TokenRecord, 'id' | 'lastUsedAt' | 'revokedAt'> & { tokenHash: string }): Promise<TokenRecord> {
      const rows = await db.execute(sql`
        insert into api_tokens (name, token_hash, user_id, role, scope_region_code, unit_id, created_at, expires_at)
        values (${token.name}, ${token.tokenHash}, ${token.userId}, ${token.role}, ${token.scopeRegionCode}, ${token.unitId}, ${token.createdAt}, ${token.expiresAt})
        returning ${COLUMNS}`);
      return toToken(rows.rows[0]!);
    },

    async byHash(tokenHash: string): Promise<TokenRecord | null> {
      const rows = await db.execute(sql`select ${COLUMNS} from api_tokens where token_hash = ${tokenHash}`);
      return rows.rows[0] ? toToken(rows.rows[0]) : null;
    },

    async byId(id: number): Promise<TokenRecord | null> {
      const rows = await db.execute(sql`select ${COLUMNS} from api_tokens where id = ${id}`);
      return rows.rows[0] ? toToken(rows.rows[0]) : null;
    },

    /** Tokens of one account, or of every account when `userId` is null (administrators). */
    async list(userId: string | null): Promise<TokenRecord[]> {
      const rows = await db.execute(
        userId === null
          ? sql`select ${COLUMNS} from api_tokens order by created_at desc, id desc`
          : sql`select ${COLUMNS} from api_tokens where user_id = ${userId} order by created_at desc, id desc`,
      );
      return rows.rows.map(toToken);
    },

    async revoke(id: number, at: Date): Promise<void> {
      await db.execute(sql`update api_tokens set revoked_at = ${at.toISOString()} where id = ${id} and revoked_at is null`);
    },

    async touch(id: number, at: Date): Promise<void> {
      await db.execute(sql`update api_tokens set last_used_at = ${at.toISOString()} where id = ${id}`);
    },
  };
}
