import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayStart } from '../../domain/dashboard/days.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { openDashboardDesk, type Who } from './test-desk.js';

let desk: Awaited<ReturnType<typeof openDashboardDesk>>;

beforeAll(async () => {
  desk = await openDashboardDesk();
});
afterAll(async () => desk?.close());

async function panel(who: Who, path: string) {
  const response = await desk.call(who, `/dashboard/${path}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/**
 * What the incident list shows for a dashboard link: the web page turns its local days into instants
 * in the zone of the filtered region (else the account's, else WIB), as useIncidentFilters does.
 */
async function followIncidentLink(who: Who, link: string, scope: string | null): Promise<number> {
  const url = new URL(link, 'http://sinergi.test');
  expect(url.pathname).toBe('/incidents');
  const query = new URLSearchParams(url.search);
  const region = query.get('region');
  const zone = region ? timeZoneOfRegion(region) : scope ? timeZoneOfRegion(scope) : 'WIB';
  const from = query.get('from');
  const to = query.get('to');
  if (from) query.set('from', localDayStart(from, zone).toISOString());
  if (to) query.set('to', new Date(localDayStart(to, zone).getTime() + 86_400_000).toISOString());
  query.set('limit', '1');
  const response = await desk.call(who, `/incidents?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().total;
}

const trendOf = (body: { trend: { date: string; count: number }[] }) => Object.fromEntries(body.trend.filter((d) => d.count > 0).map((d) => [d.date, d.count]));

describe('GET /dashboard/incidents', () => {
  it('counts Bali’s open reports by category and severity, and never NTB’s', async () => {
    const body = await panel('bali', 'incidents');
    expect(body.region).toEqual({ code: '51', name: 'Bali' });
    expect(body.timeZone).toBe('WITA');
    // Open in Bali: B1 B2 B3 B5 B6 B7 (B4 was rejected).
    expect(body.open.total).toBe(6);
    expect(body.open.link).toBe('/incidents?status=open&region=51');
    expect(body.open.byCategory.map((c: { category: string; count: number }) => [c.category, c.count])).toEqual([['politik_uang', 4], ['hoaks', 2]]);
    expect(body.open.byCategory[0]).toMatchObject({ name: { id: 'Politik uang', en: 'Money politics' }, link: '/incidents?status=open&category=politik_uang&region=51' });
    expect(body.open.bySeverity).toEqual([
      { severity: 'rendah', count: 3, link: '/incidents?status=open&severity=rendah&region=51' },
      { severity: 'sedang', count: 2, link: '/incidents?status=open&severity=sedang&region=51' },
      { severity: 'tinggi', count: 1, link: '/incidents?status=open&severity=tinggi&region=51' },
      { severity: 'kritis', count: 0, link: '/incidents?status=open&severity=kritis&region=51' },
    ]);
    expect(body.newest.map((i: { reference: string }) => i.reference)).toEqual(['DSB-B1', 'DSB-B2', 'DSB-B4', 'DSB-B3', 'DSB-B6', 'DSB-B7', 'DSB-B5']);
    expect(body.newest[0]).toMatchObject({ id: desk.ids.B1, regionCode: '51.06', regionName: 'Kabupaten Bangli', status: 'baru', link: `/incidents/${desk.ids.B1}` });
  });

  it('buckets the 14-day trend by Bali’s local day (WITA): 00:30 WITA on the 26th is the 26th, 23:59 on the 12th is outside', async () => {
    const body = await panel('bali', 'incidents');
    expect(body.trend).toHaveLength(14);
    expect(body.trend[0]).toMatchObject({ date: '2024-11-13', link: '/incidents?region=51&from=2024-11-13&to=2024-11-13' });
    expect(body.trend.at(-1).date).toBe('2024-11-26');
    expect(trendOf(body)).toEqual({ '2024-11-13': 1, '2024-11-20': 1, '2024-11-24': 1, '2024-11-25': 1, '2024-11-26': 1 });
  });

  it('buckets the national trend by WIB days: the same instants fall on other days', async () => {
    const body = await panel('admin', 'incidents');
    expect(body.region).toBeNull();
    expect(body.timeZone).toBe('WIB');
    // B1, B2, N1, J1 at 22:30–23:30 WIB on the 25th; N2 08:00 WIB on the 26th; B6 is 23:00 WIB on the 12th, outside.
    expect(trendOf(body)).toEqual({ '2024-11-20': 1, '2024-11-24': 1, '2024-11-25': 4, '2024-11-26': 1 });
    expect(body.open.total).toBe(9);
    expect(body.open.link).toBe('/incidents?status=open');
  });

  it('keeps a kabupaten and a province to their own subtree', async () => {
    expect((await panel('bangli', 'incidents')).open.total).toBe(4); // B1 B3 B6 B7
    const ntb = await panel('ntb', 'incidents');
    expect(ntb.region).toEqual({ code: '52', name: 'Nusa Tenggara Barat' });
    expect(ntb.open.total).toBe(2);
    expect(trendOf(ntb)).toEqual({ '2024-11-26': 2 });
    expect(ntb.newest.map((i: { regionCode: string }) => i.regionCode)).toEqual(['52.01', '52.01']);
    expect((await panel('admin', 'incidents?region=51.71')).open.total).toBe(2); // B2 B5
  });

  it('links every number to an incident list that shows exactly that many reports', async () => {
    for (const [who, scope] of [['bali', '51'], ['admin', null], ['ntb', '52']] as const) {
      const body = await panel(who, 'incidents');
      expect(await followIncidentLink(who, body.open.link, scope)).toBe(body.open.total);
      for (const entry of [...body.open.byCategory, ...body.open.bySeverity, ...body.trend]) {
        expect(await followIncidentLink(who, entry.link, scope), entry.link).toBe(entry.count);
      }
    }
  });
});

describe('the open counters (migration 0016)', () => {
  const openIn = async (who: Who, query = '') => (await panel(who, `incidents${query}`)).open.total;
  const run = (query: ReturnType<typeof sql>) => desk.database.db.execute(query);

  it('follow every insert, change and removal of a report, and a kecamatan is counted from the reports', async () => {
    const inserted = await run(sql`
      insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, severity, channel)
      values ('DSB-K1', 'hoaks', 'pilkada', 'Laporan uji dasbor K1', '2024-11-25T01:00:00Z', '2024-11-25T01:00:00Z', '51.06.01.2001', 'kritis', 'web') returning id`);
    const id = Number(inserted.rows[0]!.id);
    expect(await openIn('bali')).toBe(7);
    expect(await openIn('admin', '?region=51.06.01')).toBe(1);
    expect((await panel('bangli', 'incidents')).open.bySeverity.find((s: { severity: string }) => s.severity === 'kritis').count).toBe(1);

    await run(sql`update incidents set status = 'ditolak' where id = ${id}`);
    expect(await openIn('bali')).toBe(6);
    expect(await openIn('admin', '?region=51.06.01')).toBe(0);
    await run(sql`update incidents set status = 'baru', category = 'politik_uang' where id = ${id}`);
    expect((await panel('bali', 'incidents')).open.byCategory[0]).toMatchObject({ category: 'politik_uang', count: 5 });

    await run(sql`delete from incidents where id = ${id}`);
    expect(await openIn('bali')).toBe(6);
    const counters = await run(sql`select coalesce(sum(count), 0)::int as n from incident_open_counts`);
    const direct = await run(sql`select count(*)::int as n from incidents where status not in ('ditolak', 'duplikat', 'selesai')`);
    expect(Number(counters.rows[0]!.n)).toBe(Number(direct.rows[0]!.n));
  });
});

describe('GET /dashboard/alerts', () => {
  it('lists the open alerts of the scope, newest first, linked to the open alerts of that region', async () => {
    const bali = await panel('bali', 'alerts');
    expect(bali.total).toBe(2);
    expect(bali.link).toBe('/alerts?view=open&region=51');
    expect(bali.active.map((a: { id: number }) => a.id)).toEqual([desk.ids.A1, desk.ids.A2]);
    expect(bali.active[0]).toMatchObject({ rule: 'Lonjakan politik uang', regionCode: '51.06', regionName: 'Kabupaten Bangli', raisedAt: '2024-11-25T20:00:00.000Z', category: 'politik_uang' });
    expect((await panel('ntb', 'alerts')).total).toBe(1);
    expect((await panel('admin', 'alerts')).total).toBe(3);
  });
});

describe('GET /dashboard/follow-up', () => {
  it('counts overdue action items, pacts, political reports owed and the news of the last day in Bali', async () => {
    const body = await panel('bali', 'follow-up');
    expect(body.overdueActionItems).toMatchObject({ total: 2, link: '/action-items?mine=region&overdue=true&region=51' });
    expect(body.overdueActionItems.items.map((i: { id: number }) => i.id).sort()).toEqual([desk.ids.I1, desk.ids.I2].sort());
    expect(body.overdueActionItems.items[0].link).toMatch(/^\/action-items\/\d+$/);
    expect(body.pacts).toEqual({
      campaigns: { count: 2, link: '/pakta-integritas' }, targets: { count: 6, link: '/pakta-integritas' },
      signed: { count: 2, link: '/pakta-integritas' }, overdue: { count: 2, link: '/pakta-integritas' },
    });
    // October is owed by Bali's nine kabupaten/kota, none of which has reported.
    expect(body.politicalReports).toMatchObject({
      period: '2024-10', level: 'kabkota',
      owed: { count: 9, link: '/laporan-politik/status?period=2024-10&level=kabkota&region=51' }, missing: { count: 9 },
    });
    expect(body.media.newSinceYesterday).toEqual({ count: 1, link: '/media?region=51' });
    expect(body.media.latest.map((a: { id: number; link: string }) => [a.id, a.link])).toEqual([[desk.ids.M1, `/media/${desk.ids.M1}`]]);
  });

  it('gives NTB its own figures and the country everything', async () => {
    const ntb = await panel('ntb', 'follow-up');
    expect(ntb.overdueActionItems.total).toBe(1);
    expect(ntb.pacts.campaigns.count).toBe(1);
    expect(ntb.pacts.overdue.count).toBe(1);
    expect(ntb.media.newSinceYesterday.count).toBe(1);
    const national = await panel('admin', 'follow-up');
    expect(national.overdueActionItems.total).toBe(3);
    expect(national.pacts.targets.count).toBe(7);
    expect(national.politicalReports).toMatchObject({ level: 'provinsi', owed: { count: 38, link: '/laporan-politik/status?period=2024-10&level=provinsi' } });
    expect(national.media.newSinceYesterday.count).toBe(2);
  });
});

describe('GET /dashboard/election', () => {
  it('says where the Pilkada stands in Bali: the quiet period, one day to voting day', async () => {
    const body = await panel('bali', 'election');
    expect(body).toMatchObject({ region: { code: '51', name: 'Bali' }, timeZone: 'WITA', today: '2024-11-26', votingDay: '2024-11-27', daysToVotingDay: 1, link: '/calendar' });
    expect(body.election.id).toContain('pilkada');
    expect(body.currentStages.map((s: { code: string }) => s.code)).toContain('masa-tenang');
  });

  it('turns the day at local midnight: 00:30 WITA on voting day is still the day before in WIB', async () => {
    const at = new Date('2024-11-26T16:30:00Z');
    const bali = await desk.services.dashboard.election({ role: 'coordinator', regionCode: '51', unitId: null }, '51', at);
    expect(bali).toMatchObject({ today: '2024-11-27', daysToVotingDay: 0 });
    expect(bali.currentStages.map((s) => s.code)).toContain('pemungutan-suara');
    const national = await desk.services.dashboard.election({ role: 'admin', regionCode: null, unitId: null }, null, at);
    expect(national).toMatchObject({ timeZone: 'WIB', today: '2024-11-26', daysToVotingDay: 1 });
    expect(national.currentStages.map((s) => s.code)).not.toContain('pemungutan-suara');
  });
});

describe('GET /dashboard/regions', () => {
  it('ranks Bali’s kabupaten/kota and gives Bali’s readiness per domain, linked to the region pages', async () => {
    const body = await panel('bali', 'regions');
    for (const row of body.worst) {
      expect(row.code.startsWith('51.')).toBe(true);
      expect(row.vulnerabilityLink).toBe(`/vulnerability/regions/${row.code}`);
      expect(row.readinessLink).toBe(`/readiness/regions/${row.code}`);
    }
    expect(body.readinessByDomain.map((d: { domain: string }) => d.domain)).toContain('logistik');
    expect(body.readinessByDomain.every((d: { link: string }) => d.link === '/readiness/regions/51')).toBe(true);
  });
});

describe('the region asked for', () => {
  it('is refused outside the caller’s scope (403), unknown (404), malformed (400), and to reporters (403)', async () => {
    for (const path of ['incidents', 'alerts', 'follow-up', 'election', 'regions']) {
      expect((await desk.call('bali', `/dashboard/${path}?region=52`)).statusCode, path).toBe(403);
      expect((await desk.call('bangli', `/dashboard/${path}?region=51`)).statusCode, path).toBe(403);
      expect((await desk.call('admin', `/dashboard/${path}?region=51.99`)).statusCode, path).toBe(404);
      expect((await desk.call('admin', `/dashboard/${path}?region=5x`)).statusCode, path).toBe(400);
      expect((await desk.call('reporter', `/dashboard/${path}`)).statusCode, path).toBe(403);
      expect((await desk.call(null, `/dashboard/${path}`)).statusCode, path).toBe(401);
    }
  });
});
