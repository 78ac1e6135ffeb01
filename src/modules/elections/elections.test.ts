import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, openTestApp } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
// 30 September 2024, 10:00 WITA: the Pilkada campaign is under way.
beforeAll(async () => {
  ctx = await openTestApp(fixedClock('2024-09-30T02:00:00Z'));
});
afterAll(async () => ctx?.close());

async function get(url: string, lang = 'id') {
  const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });
  return { status: response.statusCode, body: response.json() };
}

describe('GET /api/v1/elections', () => {
  it('lists Pilkada 2024 with its 545 contests and Pemilu 2024', async () => {
    const { body } = await get('/api/v1/elections');
    const byId = Object.fromEntries(body.items.map((e: { id: string }) => [e.id, e]));
    expect(byId['pilkada-2024']).toMatchObject({ regime: 'PEMILIHAN', votingDate: '2024-11-27', contestCount: 545, legalBasis: 'PKPU 2/2024' });
    expect(byId['pemilu-2024']).toMatchObject({ regime: 'PEMILU', votingDate: '2024-02-14' });
  });

  it('answers 404 for an unknown cycle, in both languages', async () => {
    expect((await get('/api/v1/elections/pilkada-2099')).body).toEqual({ code: 'not_found', message: 'Pemilihan tidak ditemukan.' });
    expect((await get('/api/v1/elections/pilkada-2099/stages', 'en')).body).toEqual({ code: 'not_found', message: 'Election not found.' });
  });
});

describe('GET /api/v1/elections/:id/contests', () => {
  it('holds 37 governor, 415 regent and 93 mayor contests', async () => {
    const { body } = await get('/api/v1/elections/pilkada-2024/contests');
    expect(body.total).toBe(545);
    const count = (office: string) => body.items.filter((c: { office: string }) => c.office === office).length;
    expect([count('gubernur'), count('bupati'), count('walikota')]).toEqual([37, 415, 93]);
  });

  it('holds no governor contest in DIY and none for Jakarta’s administrative units', async () => {
    const diy = await get('/api/v1/elections/pilkada-2024/contests?region=34');
    expect(diy.body.items.map((c: { office: string; region: { code: string } }) => `${c.office}@${c.region.code}`)).toEqual([
      'bupati@34.01', 'bupati@34.02', 'bupati@34.03', 'bupati@34.04', 'walikota@34.71',
    ]);
    const jakarta = await get('/api/v1/elections/pilkada-2024/contests?region=31');
    expect(jakarta.body.items.map((c: { office: string; region: { code: string } }) => `${c.office}@${c.region.code}`)).toEqual(['gubernur@31']);
  });

  it('gives a kecamatan the contests it votes in: its regent and its governor', async () => {
    const { body } = await get('/api/v1/elections/pilkada-2024/contests?region=51.06.01');
    expect(body.items.map((c: { office: string; region: { code: string } }) => `${c.office}@${c.region.code}`)).toEqual(['gubernur@51', 'bupati@51.06']);
  });

  it('filters by office', async () => {
    const { body } = await get('/api/v1/elections/pilkada-2024/contests?office=gubernur');
    expect(body.total).toBe(37);
  });

  it('has no seeded contests for Pemilu 2024', async () => {
    expect((await get('/api/v1/elections/pemilu-2024/contests')).body.total).toBe(0);
  });

  it.each([
    ['/api/v1/elections/pilkada-2024/contests?region=51.99', 404],
    ['/api/v1/elections/pilkada-2024/contests?region=xx', 400],
    ['/api/v1/elections/pilkada-2024/contests?office=presiden', 400],
  ])('%s → %i', async (url, status) => {
    expect((await get(url)).status).toBe(status);
  });
});

describe('GET /api/v1/elections/:id/stages', () => {
  it('marks the campaign current on 30 September in Bali', async () => {
    const { body } = await get('/api/v1/elections/pilkada-2024/stages?region=51.06');
    expect(body).toMatchObject({ electionId: 'pilkada-2024', timeZone: 'WITA', today: '2024-09-30' });
    const current = body.items.filter((s: { phase: string }) => s.phase === 'current').map((s: { code: string }) => s.code);
    expect(current.sort()).toEqual(['badan-adhoc', 'kampanye', 'pemantau']);
    expect(body.items.find((s: { code: string }) => s.code === 'pemungutan-suara')).toMatchObject({ isVotingDay: true, phase: 'upcoming', startsOn: '2024-11-27' });
    expect(body.items.find((s: { code: string }) => s.code === 'penetapan-paslon')).toMatchObject({ phase: 'past' });
  });

  it('defaults to WIB and orders stages by start date', async () => {
    const { body } = await get('/api/v1/elections/pilkada-2024/stages');
    expect(body.timeZone).toBe('WIB');
    const starts = body.items.map((s: { startsOn: string }) => s.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(body.items).toHaveLength(16);
  });
});

describe('the day boundary differs by zone', () => {
  let late: Awaited<ReturnType<typeof openTestApp>>;
  // 26 November 2024, 23:30 WIB = 00:30 WITA on 27 November = 01:30 WIT.
  beforeAll(async () => {
    late = await openTestApp(fixedClock('2024-11-26T16:30:00Z'));
  });
  afterAll(async () => late?.close());

  it.each([
    ['31.71', 'WIB', 'upcoming'],
    ['51.06', 'WITA', 'current'],
    ['91.71', 'WIT', 'current'],
  ])('voting day in %s (%s) is %s', async (region, zone, phase) => {
    const response = await late.app.inject({ url: `/api/v1/elections/pilkada-2024/stages?region=${region}` });
    const body = response.json();
    expect(body.timeZone).toBe(zone);
    expect(body.items.find((s: { code: string }) => s.code === 'pemungutan-suara').phase).toBe(phase);
  });
});
