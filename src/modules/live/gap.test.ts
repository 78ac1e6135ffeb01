import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, signInAll } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';
import { createLiveBus, LIVE_GAP, type LiveEvent } from './bus.js';

/**
 * A process's LISTEN connection can drop (PostgreSQL restarted, a network blip) and come back; what
 * other processes sent meanwhile is lost. The bus says so (LIVE_GAP), open streams end so their
 * browsers reconnect and read again, and the incident catalogue drops the copy it keeps.
 */
describe('the live bus', () => {
  it('tells its listeners of a gap when its connection is lost and when it is back', async () => {
    let onGap: (() => void) | undefined;
    const bus = createLiveBus({
      listen: async (_channel, _onPayload, gap) => {
        onGap = gap;
        return async () => {};
      },
    });
    const heard: LiveEvent[] = [];
    await bus.subscribe((event) => heard.push(event));
    onGap!();
    onGap!();
    expect(heard.map((event) => event.type)).toEqual([LIVE_GAP, LIVE_GAP]);
  });
});

describe.runIf(process.env.DATABASE_URL)('a lost LISTEN connection on PostgreSQL', () => {
  let ctx: Awaited<ReturnType<typeof openTestApp>>;
  let base = '';
  let viewer = '';

  beforeAll(async () => {
    ctx = await openTestApp();
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    ({ viewer } = await signInAll(ctx.app, ctx.database, { viewer: { email: 'viewer@gap.id', password: 'live gap password', role: 'viewer', scopeRegionCode: null } }));
  });
  afterAll(async () => {
    ctx?.app.server.closeAllConnections();
    await ctx?.close();
  });

  /** Ends this database's LISTEN connections from outside, as a restart or a network fault would. */
  async function cutListeners(): Promise<number> {
    const admin = new pg.Client({ connectionString: ctx.databaseUrl! });
    await admin.connect();
    try {
      const cut = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN %' and pid <> pg_backend_pid()`);
      return cut.rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  const knowsApk = async () => (await ctx.services.incidentCategories.list()).some((category) => category.code === 'perusakan_apk');

  it('ends open streams, and the catalogue reads again what it may have missed; a new stream hears events again', async () => {
    const stream = await openLiveStream(base, viewer);
    expect(await knowsApk()).toBe(false);
    // A category saved by another process whose NOTIFY this process will not hear (written by hand: no NOTIFY at all).
    await ctx.database.db.execute(sql`insert into incident_category_settings (code, name_id, name_en, keywords, default_severity, referral_agency, also_concerns, clocks, clock_rules)
      values ('perusakan_apk', 'Perusakan APK', 'Campaign props vandalised', '{}', 'sedang', 'BAWASLU', '{}', '{}', '{}')`);
    expect(await knowsApk()).toBe(false);

    expect(await cutListeners()).toBe(1);
    await stream.ended;
    await expect.poll(knowsApk, { timeout: 10_000 }).toBe(true);

    // Back: a reconnecting browser's stream hears what is sent from now on.
    await expect.poll(async () => {
      const again = await openLiveStream(base, viewer);
      await ctx.services.live.publish(ctx.database.db, { type: 'incident.created', id: 'after-the-gap', regionCode: '51.06' });
      const heard = await Promise.race([again.waitFor(1).then(() => again.received[0]?.data.id), new Promise((resolve) => setTimeout(resolve, 1_000))]);
      again.close();
      return heard ?? null;
    }, { timeout: 20_000, interval: 500 }).toBe('after-the-gap');
  });
});
