import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_WINDOW_MS, SESSION_IDLE_MS } from '../../domain/access/session-policy.js';
import { createTestUser, openTestApp } from '../../../test/helpers.js';

let at = Date.parse('2024-11-27T00:00:00Z');
const clock = { now: () => new Date(at) };
let ctx: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  ctx = await openTestApp(clock);
  await createTestUser(ctx.database, { email: 'keeper@h.id', password: 'housekeeping password', role: 'viewer', scopeRegionCode: '51' });
});
afterAll(async () => ctx?.close());

const count = async (table: 'sessions' | 'rate_counters') =>
  Number((await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`)).rows[0]!.n);

describe('housekeeping', () => {
  it('deletes idle sessions and closed counting windows, and keeps live ones', async () => {
    const context = { ip: '10.0.0.9', client: 'test' };
    await ctx.services.auth.login('keeper@h.id', 'housekeeping password', context);
    await ctx.services.auth.login('keeper@h.id', 'wrong password', context).catch(() => undefined);
    expect(await count('sessions')).toBe(1);
    expect(await count('rate_counters')).toBeGreaterThan(0);

    // Shortly after: nothing is old enough to go.
    at += 60_000;
    expect(await ctx.services.auth.purgeExpired()).toEqual({ sessions: 0, counters: 0 });

    // Past the idle limit and two counting windows: both go, a fresh session stays.
    at += Math.max(SESSION_IDLE_MS, 2 * LOGIN_WINDOW_MS) + 1;
    const fresh = await ctx.services.auth.login('keeper@h.id', 'housekeeping password', context);
    const purged = await ctx.services.auth.purgeExpired();
    expect(purged.sessions).toBe(1);
    expect(purged.counters).toBeGreaterThan(0);
    expect(await count('sessions')).toBe(1);
    expect(await ctx.services.auth.actorForSession(fresh.token)).not.toBeNull();
  });
});
