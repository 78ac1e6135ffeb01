import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client.js';
import { createServices } from '../../services.js';
import { openSitrepDesk, type SitrepDesk } from './test-desk.js';
import { createSitrepWorker } from './worker.js';

let now = new Date('2024-11-25T20:00:00Z'); // 04.00 WITA on 26 November
const clock = { now: () => new Date(now) };
let desk: SitrepDesk;

beforeAll(async () => {
  desk = await openSitrepDesk(clock);
});
afterAll(async () => desk?.close());
// Each case counts only its own schedules: those of earlier cases stop when it ends.
afterEach(async () => {
  await desk.database.db.execute(sql`update situation_report_schedules set enabled = false`);
});

const worker = () => desk.services.sitrep.worker();

async function scheduled(regionCode: string): Promise<string[]> {
  const rows = await desk.database.db.execute(sql`select report_date from situation_reports where trigger = 'schedule' and region_code = ${regionCode} order by report_date`);
  return rows.rows.map((row) => (row.report_date instanceof Date ? row.report_date.toISOString() : String(row.report_date)).slice(0, 10));
}

// Days pass on the fake clock and sessions lapse with them: the schedules are set and read through the service.
const bali = { role: 'coordinator' as const, regionCode: '51', unitId: null };
const operator = { type: 'user' as const, id: null, label: 'sitrep worker test' };
const sitrep = () => desk.services.sitrep.service;

async function schedule(regionCode: string, localHour: number, enabled = true) {
  return sitrep().putSchedule(bali, operator, { regionCode, localHour, enabled }, { ip: null, client: null }, 'id');
}

async function scheduleOf(regionCode: string) {
  return (await sitrep().schedules(bali, regionCode, 'id')).items[0];
}

describe('the schedule worker', () => {
  it('makes each region’s report once a day at its local hour, for that local day', async () => {
    now = new Date('2024-11-25T20:00:00Z');
    expect((await schedule('51.06', 6)).nextRunAt).toBe('2024-11-25T22:00:00.000Z'); // 06.00 WITA on the 26th
    expect(await worker().runOnce()).toEqual({ made: 0, failed: 0 });

    now = new Date('2024-11-25T22:00:30Z');
    expect(await worker().runOnce()).toEqual({ made: 1, failed: 0 });
    expect(await worker().runOnce()).toEqual({ made: 0, failed: 0 });
    now = new Date('2024-11-26T15:59:00Z'); // 23.59 WITA: still the 26th
    expect(await worker().runOnce()).toEqual({ made: 0, failed: 0 });
    expect(await scheduled('51.06')).toEqual(['2024-11-26']);

    now = new Date('2024-11-26T22:05:00Z'); // 06.05 WITA on the 27th
    expect(await worker().runOnce()).toEqual({ made: 1, failed: 0 });
    expect(await worker().runOnce()).toEqual({ made: 0, failed: 0 });
    expect(await scheduled('51.06')).toEqual(['2024-11-26', '2024-11-27']);
    const row = await scheduleOf('51.06');
    expect(row).toMatchObject({ nextRunAt: '2024-11-27T22:00:00.000Z', lastRunAt: '2024-11-26T22:05:00.000Z', lastError: null });
    const stored = (await sitrep().list(bali, { region: '51.06' }, 'id')).items;
    expect(stored.filter((r) => r.trigger === 'schedule').map((r) => r.reportDate)).toEqual(['2024-11-27', '2024-11-26']);
  });

  it('leaves a disabled schedule alone', async () => {
    now = new Date('2024-11-27T12:00:00Z');
    await schedule('51.71', 5, false);
    now = new Date('2024-11-28T00:00:00Z');
    expect(await worker().runOnce()).toEqual({ made: 0, failed: 0 });
    expect(await scheduled('51.71')).toEqual([]);
  });

  it('records a failure in last_error and tries again later', async () => {
    now = new Date('2024-11-28T12:00:00Z');
    await schedule('51.03', 7);
    now = new Date('2024-11-28T23:10:00Z'); // 07.10 WITA on the 29th
    const failing = createSitrepWorker(desk.services.sitrep.service.repo, clock, async () => {
      throw new Error('dashboard unavailable');
    });
    expect(await failing.runOnce()).toEqual({ made: 0, failed: 1 });
    const row = await scheduleOf('51.03');
    expect(row).toMatchObject({ lastError: 'dashboard unavailable', lastRunAt: null, nextRunAt: '2024-11-28T23:25:00.000Z' });
    now = new Date('2024-11-28T23:30:00Z');
    expect(await worker().runOnce()).toEqual({ made: 1, failed: 0 });
    expect(await scheduled('51.03')).toEqual(['2024-11-29']);
    expect((await scheduleOf('51.03'))?.lastError).toBeNull();
  });
});

describe('two workers on one database', () => {
  it('make one report per region per day between them', async () => {
    now = new Date('2024-11-29T12:00:00Z');
    const regions = ['51.01', '51.02', '51.04', '51.05', '51.07', '51.08'];
    for (const code of regions) await schedule(code, 6);
    now = new Date('2024-11-29T22:01:00Z'); // 06.01 WITA on the 30th
    // On PostgreSQL the second worker has its own connection, as a second server process would;
    // PGlite has one connection, so there the two interleave on it.
    const second = desk.databaseUrl ? await openDb({ dataDir: '', databaseUrl: desk.databaseUrl }) : null;
    const otherServices = second ? createServices(second, clock) : null;
    try {
      const other = (otherServices ?? createServices(desk.database, clock)).sitrep.worker();
      const counts = await Promise.all([worker().runOnce(), other.runOnce(), worker().runOnce(), other.runOnce()]);
      expect(counts.reduce((sum, c) => sum + c.made, 0)).toBe(regions.length);
      expect(counts.reduce((sum, c) => sum + c.failed, 0)).toBe(0);
    } finally {
      await otherServices?.live.close();
      await second?.close();
    }
    for (const code of regions) expect(await scheduled(code), code).toEqual(['2024-11-30']);
  });
});
