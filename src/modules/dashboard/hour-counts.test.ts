import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboardDesk, type Who } from './test-desk.js';

/** The hourly counters of migration 0017 against the reports they count, through every kind of write. */

let desk: Awaited<ReturnType<typeof openDashboardDesk>>;

beforeAll(async () => {
  desk = await openDashboardDesk();
});
afterAll(async () => desk?.close());

const run = (query: ReturnType<typeof sql>) => desk.database.db.execute(query);

/** Counter rows that differ from a fresh count of the reports (zero counters left behind are no difference). */
async function drift(): Promise<unknown[]> {
  const rows = await run(sql`
    with fresh as (
      select k.region_key, date_trunc('hour', i.occurred_at at time zone 'UTC') as hour, count(*)::int as count
      from incidents i cross join lateral unnest(case when length(i.region_code) >= 5
        then array['', left(i.region_code, 2), left(i.region_code, 5)] else array['', left(i.region_code, 2)] end) as k(region_key)
      group by 1, 2),
    kept as (select region_key, hour, count from incident_hour_counts where count <> 0)
    (select 'missing' as side, * from fresh except select 'missing', * from kept)
    union all
    (select 'extra', * from kept except select 'extra', * from fresh)`);
  return rows.rows;
}

async function trend(who: Who, query = ''): Promise<Map<string, number>> {
  const response = await desk.call(who, `/dashboard/incidents${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return new Map(response.json().trend.map((day: { date: string; count: number }) => [day.date, day.count]));
}

describe('the hourly incident counters (migration 0017)', () => {
  it('hold what the reports say after inserts, moves in time and place, and removals', async () => {
    expect(await drift()).toEqual([]);
    const baliBefore = await trend('bali');
    const bangliBefore = await trend('bangli');
    const nationalBefore = await trend('admin');

    // Two reports in one statement: 23:30 WITA on 21 Nov in Bangli, and a province-level Bali report on 22 Nov 00:10 WITA.
    const inserted = await run(sql`
      insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, severity, channel)
      values ('DSB-H1', 'hoaks', 'pilkada', 'Laporan uji jam H1', '2024-11-21T15:30:00Z', '2024-11-21T15:30:00Z', '51.06.01.2001', 'rendah', 'web'),
             ('DSB-H2', 'hoaks', 'pilkada', 'Laporan uji jam H2', '2024-11-21T16:10:00Z', '2024-11-21T16:10:00Z', '51', 'rendah', 'web')
      returning id, reference`);
    const id = Object.fromEntries(inserted.rows.map((row) => [String(row.reference), Number(row.id)]));
    expect(await drift()).toEqual([]);
    const bali = await trend('bali');
    expect(bali.get('2024-11-21')).toBe((baliBefore.get('2024-11-21') ?? 0) + 1);
    expect(bali.get('2024-11-22')).toBe((baliBefore.get('2024-11-22') ?? 0) + 1);
    // The province-level report is not inside Bangli.
    expect((await trend('bangli')).get('2024-11-22')).toBe(bangliBefore.get('2024-11-22') ?? 0);
    // Nationally (WIB) both fall on 21 Nov: 22:30 and 23:10 WIB.
    expect((await trend('admin')).get('2024-11-21')).toBe((nationalBefore.get('2024-11-21') ?? 0) + 2);

    // A status change moves no counter; a corrected time and a corrected region do.
    await run(sql`update incidents set status = 'terverifikasi' where id = ${id['DSB-H1']!}`);
    await run(sql`update incidents set occurred_at = '2024-11-20T02:00:00Z' where id = ${id['DSB-H1']!}`);
    expect(await drift()).toEqual([]);
    expect((await trend('bangli')).get('2024-11-21')).toBe(bangliBefore.get('2024-11-21') ?? 0);
    expect((await trend('bangli')).get('2024-11-20')).toBe((bangliBefore.get('2024-11-20') ?? 0) + 1);
    await run(sql`update incidents set region_code = '52.01' where id in (${id['DSB-H1']!}, ${id['DSB-H2']!})`);
    expect(await drift()).toEqual([]);
    expect(await trend('bali')).toEqual(baliBefore);
    expect((await trend('ntb')).get('2024-11-20')).toBeGreaterThanOrEqual(1);

    await run(sql`delete from incidents where id in (${id['DSB-H1']!}, ${id['DSB-H2']!})`);
    expect(await drift()).toEqual([]);
    expect(await trend('admin')).toEqual(nationalBefore);
  });

  it('count a kecamatan from the reports themselves, with the same days', async () => {
    const kecamatan = await trend('admin', '?region=51.06.01');
    const regency = await trend('admin', '?region=51.06');
    for (const [day, count] of kecamatan) expect(count).toBeLessThanOrEqual(regency.get(day) ?? 0);
    expect([...kecamatan.keys()]).toEqual([...regency.keys()]);
  });
});
