import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayStart } from '../../domain/dashboard/days.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { seedRegionFigures } from './regions-fixture.js';
import { openDashboardDesk, type Who } from './test-desk.js';

let desk: Awaited<ReturnType<typeof openDashboardDesk>>;

beforeAll(async () => {
  desk = await openDashboardDesk();
  await seedRegionFigures(desk);
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

  it('links each alert to that alert alone on the alerts page (?id=), which GET /alerts/:id answers', async () => {
    const bali = await panel('bali', 'alerts');
    expect(bali.active.map((a: { link: string }) => a.link)).toEqual([
      `/alerts?view=open&region=51&id=${desk.ids.A1}`, `/alerts?view=open&region=51&id=${desk.ids.A2}`,
    ]);
    for (const alert of [...bali.active, ...(await panel('admin', 'alerts')).active]) {
      const url = new URL(alert.link, 'http://sinergi.test');
      expect(url.pathname).toBe('/alerts');
      const shown = await desk.call('bali', `/alerts/${url.searchParams.get('id')}`);
      if (alert.regionCode.startsWith('52')) {
        expect(shown.statusCode).toBe(404); // NTB's alert is not Bali's to see
        continue;
      }
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({ id: alert.id, regionCode: alert.regionCode, triggeredAt: alert.raisedAt });
    }
    expect((await panel('admin', 'alerts')).active.find((a: { id: number }) => a.id === desk.ids.A4).link).toBe(`/alerts?view=open&id=${desk.ids.A4}`);
  });
});

describe('GET /dashboard/follow-up', () => {
  it('counts overdue action items, pacts, political reports owed and the news of the last day in Bali', async () => {
    const body = await panel('bali', 'follow-up');
    expect(body.overdueActionItems).toMatchObject({ total: 2, link: '/action-items?mine=region&overdue=true&region=51' });
    expect(body.overdueActionItems.items.map((i: { id: number }) => i.id).sort()).toEqual([desk.ids.I1, desk.ids.I2].sort());
    expect(body.overdueActionItems.items[0].link).toMatch(/^\/action-items\/\d+$/);
    expect(body.pacts).toEqual({
      campaigns: { count: 2, link: '/pakta-integritas?region=51' }, targets: { count: 6, link: '/pakta-integritas?region=51' },
      signed: { count: 2, link: '/pakta-integritas?region=51' }, overdue: { count: 2, link: '/pakta-integritas?region=51&overdue=true' },
    });
    // October is owed by Bali's nine kabupaten/kota, none of which has reported.
    expect(body.politicalReports).toMatchObject({
      period: '2024-10', level: 'kabkota',
      owed: { count: 9, link: '/laporan-politik/status?period=2024-10&level=kabkota&region=51' }, missing: { count: 9 },
    });
    // Since 25 Nov 02:00Z, 24 hours before NOW: M1 (M4 was dismissed, M2 is older).
    expect(body.media.newSinceYesterday).toEqual({ count: 1, link: '/media?region=51&since=2024-11-25T02%3A00%3A00.000Z&stories=true' });
    expect(body.media.link).toBe('/media?region=51');
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

/** The API list behind a pact link, as CampaignsPage asks it (?region= → regionCode, ?overdue=). */
async function followPactLink(who: Who, link: string) {
  const url = new URL(link, 'http://sinergi.test');
  expect(url.pathname).toBe('/pakta-integritas');
  const query = new URLSearchParams({ pageSize: '200' });
  const region = url.searchParams.get('region');
  if (region) query.set('regionCode', region);
  if (url.searchParams.get('overdue')) query.set('overdue', url.searchParams.get('overdue')!);
  const response = await desk.call(who, `/pact-campaigns?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { title: string; counts: { targets: number; diverifikasi: number; terlambat: number } }[]; total: number };
}

/** The API list behind a media link, as MediaPage asks it (its URL filters are the list's). */
async function followMediaLink(who: Who, link: string) {
  const url = new URL(link, 'http://sinergi.test');
  expect(url.pathname).toBe('/media');
  const response = await desk.call(who, `/media/articles?${url.searchParams}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: number }[]; total: number };
}

const total = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((sum, row) => sum + pick(row), 0);

describe('the follow-up numbers’ links', () => {
  it('land on the pact campaigns they sum over: the rows for "campaigns", their target and verified counts for the others', async () => {
    for (const [who, campaigns, titles] of [
      ['bali', 2, ['Pakta integritas 51', 'Pakta integritas 51.06']], ['ntb', 1, ['Pakta integritas 52.01']],
      ['admin', 3, ['Pakta integritas 51', 'Pakta integritas 51.06', 'Pakta integritas 52.01']],
    ] as const) {
      const { pacts } = await panel(who, 'follow-up');
      expect(pacts.campaigns.count, who).toBe(campaigns);
      const listed = await followPactLink(who, pacts.campaigns.link);
      expect(listed.total, who).toBe(pacts.campaigns.count);
      expect(listed.items.map((c) => c.title).sort(), who).toEqual([...titles]);
      expect(total((await followPactLink(who, pacts.targets.link)).items, (c) => c.counts.targets), who).toBe(pacts.targets.count);
      expect(total((await followPactLink(who, pacts.signed.link)).items, (c) => c.counts.diverifikasi), who).toBe(pacts.signed.count);
    }
  });

  it('send "overdue" to the campaigns past their deadline with pacts still missing, whose missing targets add up to it', async () => {
    // Bali: Bangli's campaign (closed 20 Nov) still misses Dinas Sosial and Camat Susut; Bali's own is open until 10 Dec.
    const bali = (await panel('bali', 'follow-up')).pacts.overdue;
    const listed = await followPactLink('bali', bali.link);
    expect(listed.items.map((c) => c.title)).toEqual(['Pakta integritas 51.06']);
    expect(total(listed.items, (c) => c.counts.terlambat)).toBe(2);
    expect(bali.count).toBe(2);
    // The country: Bangli's 2 and Lombok Barat's 1.
    const national = (await panel('admin', 'follow-up')).pacts.overdue;
    expect(national).toEqual({ count: 3, link: '/pakta-integritas?overdue=true' });
    const all = await followPactLink('admin', national.link);
    expect(all.items.map((c) => c.title).sort()).toEqual(['Pakta integritas 51.06', 'Pakta integritas 52.01']);
    expect(total(all.items, (c) => c.counts.terlambat)).toBe(3);
  });

  it('send "new since yesterday" to exactly the articles counted, not the dismissed one nor the older one', async () => {
    for (const [who, expected] of [['bali', ['M1']], ['ntb', ['M3']], ['admin', ['M1', 'M3']]] as const) {
      const { media } = await panel(who, 'follow-up');
      const listed = await followMediaLink(who, media.newSinceYesterday.link);
      expect(listed.total, who).toBe(media.newSinceYesterday.count);
      expect(listed.items.map((a) => a.id).sort(), who).toEqual(expected.map((key) => desk.ids[key]).sort());
    }
    // Without `stories` the dismissed Denpasar article M4 of the same day would be listed too.
    const since = encodeURIComponent('2024-11-25T02:00:00.000Z');
    expect((await desk.call('bali', `/media/articles?region=51&since=${since}`)).json().total).toBe(2);
  });

  it('the media list refuses a malformed `since` or `stories` (400)', async () => {
    for (const query of ['since=kemarin', 'since=2024-11-25', 'since=2024-13-01T00:00:00Z', 'stories=yes']) {
      expect((await desk.call('bali', `/media/articles?${query}`)).statusCode, query).toBe(400);
    }
    expect((await desk.call('bali', '/pact-campaigns?overdue=1')).statusCode).toBe(400);
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
  // Figures from regions-fixture.ts: the scores and percents below are worked out there by hand.
  const worstOf = (body: { worst: { code: string; vulnerabilityScore: number | null; readinessPercent: number | null }[] }) =>
    body.worst.map((row) => [row.code, row.vulnerabilityScore, row.readinessPercent]);
  const domainsOf = (body: { readinessByDomain: { domain: string; percent: number | null }[] }) =>
    Object.fromEntries(body.readinessByDomain.filter((d) => d.percent !== null).map((d) => [d.domain, d.percent]));

  it('ranks the provinces for the country: highest score first, a region with neither figure left out', async () => {
    const body = await panel('admin', 'regions');
    // NTB 62.5 (readiness 100), Bali 33.75 (its own logistik 83.33 only), Jakarta 16.25 (not assessed).
    expect(worstOf(body)).toEqual([['52', 62.5, 100], ['51', 33.75, 83.33], ['31', 16.25, null]]);
    expect(body.worst[1]).toMatchObject({ name: 'Bali', vulnerabilityLink: '/vulnerability/regions/51', readinessLink: '/readiness/regions/51' });
    // The country is rolled up from the provinces, each with its own figure else its kabupaten/kota's mean:
    // logistik (83.33… + 100)/2 = 91.67, anggaran 66.67 from Bali's kabupaten/kota alone, NTB having none.
    expect(domainsOf(body)).toEqual({ logistik: 91.67, anggaran: 66.67 });
    expect(body.readinessByDomain.every((d: { link: string }) => d.link === '/readiness')).toBe(true);
  });

  it('ranks Bali’s kabupaten/kota and gives Bali’s readiness per domain, its own or else its kabupaten/kota’s roll-up', async () => {
    const body = await panel('bali', 'regions');
    // Bangli 63.75 (mean of 66.67 and 100 = 83.33), Denpasar 50 (16.67), Badung 17.5 (mean of 50 and 50),
    // then Gianyar with no score but readiness 50; the five others have neither.
    expect(worstOf(body)).toEqual([['51.06', 63.75, 83.33], ['51.71', 50, 16.67], ['51.03', 17.5, 50], ['51.04', null, 50]]);
    for (const row of body.worst) {
      expect(row.vulnerabilityLink).toBe(`/vulnerability/regions/${row.code}`);
      expect(row.readinessLink).toBe(`/readiness/regions/${row.code}`);
    }
    // logistik: Bali's own 83.33. anggaran: Bali has none of its own, so the mean of Bangli 100, Badung 50, Gianyar 50 = 66.67.
    expect(domainsOf(body)).toEqual({ logistik: 83.33, anggaran: 66.67 });
    expect(body.readinessByDomain.map((d: { domain: string }) => d.domain)).toEqual(expect.arrayContaining(['anggaran', 'logistik', 'keamanan']));
    expect(body.readinessByDomain.every((d: { link: string }) => d.link === '/readiness/regions/51')).toBe(true);
  });

  it('shows a kabupaten its own row and its own readiness per domain', async () => {
    const body = await panel('bangli', 'regions');
    expect(worstOf(body)).toEqual([['51.06', 63.75, 83.33]]);
    expect(domainsOf(body)).toEqual({ logistik: 66.67, anggaran: 100 });
    expect(body.readinessByDomain.every((d: { link: string }) => d.link === '/readiness/regions/51.06')).toBe(true);
    // NTB: none of its kabupaten/kota is scored or assessed; the province's own logistik checklist is all siap.
    const ntb = await panel('ntb', 'regions');
    expect(worstOf(ntb)).toEqual([]);
    expect(domainsOf(ntb)).toEqual({ logistik: 100 });
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
