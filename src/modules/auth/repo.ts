import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Role } from '../../domain/access/rules.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  scopeRegionCode: string | null;
  unitId: number | null;
  language: 'id' | 'en';
  disabledAt: Date | null;
}

export interface SessionRecord {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

type Executor = Pick<Db, 'execute'>;

const SELECT_USER = sql`select id, email, display_name, password_hash, role, scope_region_code, unit_id, language, disabled_at from users`;

function toUser(row: Record<string, unknown>): UserRecord {
  return {
    id: String(row.id),
    email: String(row.email),
    displayName: String(row.display_name),
    passwordHash: String(row.password_hash),
    role: row.role as Role,
    scopeRegionCode: (row.scope_region_code as string | null) ?? null,
    unitId: row.unit_id == null ? null : Number(row.unit_id),
    language: row.language === 'en' ? 'en' : 'id',
    disabledAt: row.disabled_at ? new Date(String(row.disabled_at)) : null,
  };
}

export function createAuthRepo(db: Executor) {
  return {
    async userByEmail(email: string): Promise<UserRecord | null> {
      const rows = await db.execute(sql`${SELECT_USER} where email = ${email.toLowerCase()}`);
      return rows.rows[0] ? toUser(rows.rows[0]) : null;
    },

    async userById(id: string): Promise<UserRecord | null> {
      const rows = await db.execute(sql`${SELECT_USER} where id = ${id}`);
      return rows.rows[0] ? toUser(rows.rows[0]) : null;
    },

    async insertUser(user: Omit<UserRecord, 'id' | 'disabledAt'>): Promise<UserRecord> {
      const rows = await db.execute(sql`
        insert into users (email, display_name, password_hash, role, scope_region_code, unit_id, language)
        values (${user.email.toLowerCase()}, ${user.displayName}, ${user.passwordHash}, ${user.role}, ${user.scopeRegionCode}, ${user.unitId}, ${user.language})
        returning id, email, display_name, password_hash, role, scope_region_code, unit_id, language, disabled_at`);
      return toUser(rows.rows[0]!);
    },

    async updateProfile(id: string, changes: { language?: 'id' | 'en'; displayName?: string }) {
      await db.execute(sql`update users set language = coalesce(${changes.language ?? null}, language),
        display_name = coalesce(${changes.displayName ?? null}, display_name) where id = ${id}`);
    },

    async setPassword(id: string, passwordHash: string, at: Date) {
      await db.execute(sql`update users set password_hash = ${passwordHash}, password_changed_at = ${at.toISOString()} where id = ${id}`);
    },

    /** Ends every session of an account but one (the one changing its password stays signed in). */
    async deleteOtherSessions(userId: string, keepTokenHash: string | null): Promise<number> {
      const rows = await db.execute(sql`delete from sessions where user_id = ${userId} and token_hash is distinct from ${keepTokenHash} returning token_hash`);
      return rows.rows.length;
    },

    async insertSession(tokenHash: string, userId: string, now: Date, expiresAt: Date, ip: string | null, userAgent: string | null) {
      await db.execute(sql`
        insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
        values (${tokenHash}, ${userId}, ${now.toISOString()}, ${now.toISOString()}, ${expiresAt.toISOString()}, ${ip}, ${userAgent})`);
    },

    async session(tokenHash: string): Promise<SessionRecord | null> {
      const rows = await db.execute(sql`select user_id, created_at, last_seen_at, expires_at from sessions where token_hash = ${tokenHash}`);
      const row = rows.rows[0];
      if (!row) return null;
      return {
        userId: String(row.user_id),
        createdAt: new Date(String(row.created_at)),
        lastSeenAt: new Date(String(row.last_seen_at)),
        expiresAt: new Date(String(row.expires_at)),
      };
    },

    async touchSession(tokenHash: string, now: Date) {
      await db.execute(sql`update sessions set last_seen_at = ${now.toISOString()} where token_hash = ${tokenHash}`);
    },

    async deleteSession(tokenHash: string): Promise<string | null> {
      const rows = await db.execute<{ user_id: string }>(sql`delete from sessions where token_hash = ${tokenHash} returning user_id`);
      return rows.rows[0]?.user_id ?? null;
    },

    async deleteSessionsOf(userId: string): Promise<number> {
      const rows = await db.execute(sql`delete from sessions where user_id = ${userId} returning token_hash`);
      return rows.rows.length;
    },

    /** Adds one hit to a fixed-window counter and returns the window's total. */
    async hit(key: string, window: Date): Promise<number> {
      const rows = await db.execute<{ hits: number }>(sql`
        insert into rate_counters (key, window_start, hits) values (${key}, ${window.toISOString()}, 1)
        on conflict (key, window_start) do update set hits = rate_counters.hits + 1 returning hits`);
      return Number(rows.rows[0]?.hits ?? 0);
    },

    /** Deletes sessions past their expiry or idle limit and counters of windows that closed before `countersBefore`. */
    async purge(now: Date, idleSince: Date, countersBefore: Date): Promise<{ sessions: number; counters: number }> {
      const sessions = await db.execute(sql`delete from sessions where expires_at <= ${now.toISOString()} or last_seen_at <= ${idleSince.toISOString()} returning user_id`);
      const counters = await db.execute(sql`delete from rate_counters where window_start < ${countersBefore.toISOString()} returning hits`);
      return { sessions: sessions.rows.length, counters: counters.rows.length };
    },

    async hits(key: string, window: Date): Promise<number> {
      const rows = await db.execute<{ hits: number }>(sql`select hits from rate_counters where key = ${key} and window_start = ${window.toISOString()}`);
      return Number(rows.rows[0]?.hits ?? 0);
    },
  };
}

export type AuthRepo = ReturnType<typeof createAuthRepo>;
