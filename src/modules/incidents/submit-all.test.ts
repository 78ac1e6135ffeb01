import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/service.js';
import type { Actor } from '../auth/actor.js';
import type { LiveEvent } from '../live/bus.js';
import { APUAN, openIncidentDesk, report } from './test-desk.js';

/** Half past midnight of New Year in Bali (WITA), still the old year in Jakarta (WIB). */
const clock = { now: () => new Date('2024-12-31T16:30:00Z') };
const JAKARTA_PUSAT = '31.71';
const SCOPE = 'import:submit-all-test';
const context = { ip: '10.1.2.3', client: 'test' };

let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let admin: Actor;

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  admin = (await desk.services.auth.actorForSession(desk.sessions.admin))!;
});
afterAll(async () => desk?.close());

/** Checked reports as an import hands them over: every other one in Jakarta, the rest at Apuan. */
async function items(count: number, key: (n: number) => string) {
  return Promise.all(Array.from({ length: count }, async (_, n) => ({
    fields: await desk.services.incidents.check(admin, report({
      description: `Laporan impor nomor ${n}`, regionCode: n % 2 ? JAKARTA_PUSAT : APUAN, occurredAt: '2024-12-31T10:00:00Z', knownAt: '2024-12-31T11:00:00Z',
    }) as never),
    key: key(n), hash: `hash-${n}`,
  })));
}

describe('submitAll: a batch of checked reports in one transaction', () => {
  it('writes 2,300 reports in order, each with its reference, audit row, live event and key; skips keys already taken', async () => {
    const before = await desk.count('incidents');
    // One key claimed by an earlier batch.
    const [earlier] = await desk.services.incidents.submitAll(admin, await items(1, () => 'row-7'), SCOPE, context);
    expect(earlier).toEqual(expect.any(Number));

    const heard: LiveEvent[] = [];
    const stop = await desk.services.live.subscribe((event) => heard.push(event));
    // Row 7 was imported before; row 12 repeats row 11's key: both answer null.
    const batch = await items(2_300, (n) => `row-${n === 12 ? 11 : n}`);
    const ids = await desk.services.incidents.submitAll(admin, batch, SCOPE, context);

    const skipped = [7, 12];
    expect(ids.flatMap((id, n) => (id === null ? [n] : []))).toEqual(skipped);
    const written = ids.filter((id): id is number => id !== null);
    expect(written.length).toBe(2_298);
    expect(written.every((id, n) => n === 0 || id > written[n - 1]!)).toBe(true);
    expect(await desk.count('incidents')).toBe(before + 1 + 2_298);

    const stored = await desk.database.db.execute<{ id: number; reference: string; region_code: string; description: string }>(sql`
      select id, reference, region_code, description from incidents where id >= ${written[0]!} order by id`);
    const byId = new Map(stored.rows.map((row) => [Number(row.id), row]));
    ids.forEach((id, n) => {
      if (id === null) return;
      const row = byId.get(id)!;
      expect(row.description).toBe(`Laporan impor nomor ${n}`);
      // The reference's year is the region's own: already 2025 in Bali, still 2024 in Jakarta.
      expect(row.reference).toBe(`INS-${row.region_code === APUAN ? 2025 : 2024}-${String(id).padStart(6, '0')}`);
    });

    const keys = await desk.database.db.execute<{ key: string; incident_id: number }>(sql`
      select key, incident_id from incident_idempotency where scope = ${SCOPE} order by key`);
    const keyOf = new Map(keys.rows.map((row) => [row.key, Number(row.incident_id)]));
    expect(keyOf.size).toBe(2_299);
    expect(keyOf.get('row-7')).toBe(earlier);
    expect(keyOf.get('row-11')).toBe(ids[11]);
    expect(keyOf.get('row-2299')).toBe(ids[2_299]);

    const audited = await desk.database.db.execute<{ entity_id: string; region_code: string; ip: string }>(sql`
      select entity_id, region_code, ip from audit_log where action = 'incident.create' and entity_id::int >= ${written[0]!} order by id`);
    expect(audited.rows.map((row) => Number(row.entity_id))).toEqual(written);
    expect(audited.rows.every((row) => row.ip === '10.1.2.3')).toBe(true);
    expect(await verifyAudit(desk.database.db, 1_000)).toMatchObject({ ok: true });

    // The earlier batch's event may still be on its way when the subscription starts: only this batch's ids count.
    const ofBatch = new Set(written);
    const createdHere = () => heard.filter((event) => event.type === 'incident.created' && ofBatch.has(Number(event.id))).map((event) => Number(event.id));
    await expect.poll(() => createdHere().length).toBe(2_298);
    expect(createdHere()).toEqual(written);
    stop();
  });

  it('writes nothing and answers all null when every key is taken', async () => {
    const before = await desk.count('incidents');
    const again = await desk.services.incidents.submitAll(admin, await items(3, (n) => `row-${n}`), SCOPE, context);
    expect(again).toEqual([null, null, null]);
    expect(await desk.count('incidents')).toBe(before);
  });
});

describe('check with a remembering region lookup (an import checks many rows of few regions)', () => {
  it('reads each region once, answers as the plain check does, and still refuses an unknown region', async () => {
    const lookup = desk.services.incidents.rememberingRegions();
    expect(lookup(APUAN)).toBe(lookup(APUAN));
    expect(lookup(APUAN)).not.toBe(lookup(JAKARTA_PUSAT));
    expect(await lookup('99.99')).toBeNull();
    const input = report({ regionCode: JAKARTA_PUSAT, occurredAt: '2024-12-31T10:00:00Z', knownAt: '2024-12-31T11:00:00Z' }) as never;
    expect(await desk.services.incidents.check(admin, input, lookup)).toEqual(await desk.services.incidents.check(admin, input));
    expect((await lookup(JAKARTA_PUSAT))?.timeZone).toBe('WIB');
    await expect(desk.services.incidents.check(admin, report({ regionCode: '99.99' }) as never, lookup)).rejects.toMatchObject({ status: 400, params: { detail: 'incident.region_unknown' } });
  });
});
