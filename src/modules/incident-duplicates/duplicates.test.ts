import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APUAN, openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/**
 * Near-duplicate suggestions and merging (issue 7) through HTTP: candidates ranked and scoped, the
 * time window, area and category respected, a typo'd copy found and unrelated text not; merging
 * keeps every source on the primary; the merge rule (no merge into a duplicate, no merge of a
 * report that has duplicates) holds.
 */
const clock = { now: () => new Date('2024-11-20T04:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
/** Another desa of Susut, and a desa of another kecamatan of Bangli (looked up in the gazetteer). */
let neighbour = '';
let otherKecamatan = '';

const ORIGINAL = 'Tim sukses calon bupati membagikan amplop berisi uang Rp100.000 kepada warga di balai banjar Apuan menjelang pencoblosan.';
/** The same event as an SMS, with typos and in other words. */
const TYPOED = 'tim sukes calon bupati bagikan amplop brisi uang 100rb ke warga di balai banjar apuan mnjelang pencoblosan';
const UNRELATED = 'Baliho pasangan calon dirusak orang tidak dikenal di simpang jalan raya Kintamani pada malam hari.';

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  const codes = await desk.database.db.execute<{ code: string }>(sql`
    (select code from regions where starts_with(code, '51.06.01.') and code <> ${APUAN} order by code limit 1)
    union all (select code from regions where starts_with(code, '51.06.02.') and length(code) = 13 order by code limit 1)`);
  [neighbour, otherKecamatan] = codes.rows.map((row) => row.code) as [string, string];
});
afterAll(async () => desk?.close());

async function submit(change: Record<string, unknown> = {}, who: Who = 'bali'): Promise<number> {
  const response = await desk.call(who, 'POST', '/incidents', report(change));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function similar(who: Who, id: number, query = '') {
  return desk.call(who, 'GET', `/incidents/${id}/similar${query}`);
}

async function markDuplicate(who: Who, id: number, of: number) {
  const { version } = (await desk.call('admin', 'GET', `/incidents/${id}`)).json();
  return desk.call(who, 'POST', `/incidents/${id}/transitions`, { action: 'tandai_duplikat', reason: 'Kejadian yang sama', duplicateOf: of, version });
}

const ids = (body: { items: { id: number }[] }) => body.items.map((item) => item.id);

describe('GET /incidents/:id/similar', () => {
  let original = 0;
  let typoed = 0;
  let reworded = 0;
  let unrelated = 0;
  let outsideWindow = 0;
  let otherCategory = 0;
  let inOtherKecamatan = 0;
  let inNeighbour = 0;
  let inLombok = 0;

  beforeAll(async () => {
    original = await submit({ description: ORIGINAL, channel: 'web' });
    typoed = await submit({ description: TYPOED, channel: 'sms', occurredAt: '2024-11-19T14:00:00Z', tps: 'tps 3', reporterName: 'Pak Made' });
    // Nearly the same words, a desa away and without a TPS: ranked below the copy at the same TPS.
    inNeighbour = await submit({ description: ORIGINAL.replace('Apuan', 'Susut'), regionCode: neighbour, latitude: -8.47, longitude: 115.35, tps: null });
    reworded = await submit({ description: 'Warga balai banjar Apuan menerima amplop uang Rp100.000 dari tim sukses calon bupati', occurredAt: '2024-11-18T20:00:00Z' });
    unrelated = await submit({ description: UNRELATED });
    outsideWindow = await submit({ description: ORIGINAL, occurredAt: '2024-11-15T12:00:00Z', knownAt: '2024-11-16T03:00:00Z' });
    otherCategory = await submit({ description: ORIGINAL, category: 'intimidasi' });
    inOtherKecamatan = await submit({ description: ORIGINAL, regionCode: otherKecamatan, latitude: null, longitude: null });
    inLombok = await submit({ description: ORIGINAL, regionCode: '52.01', latitude: null, longitude: null, tps: null }, 'admin');
  });

  it('finds the typo’d copy and the reworded one, best first, with their reasons; unrelated text, other windows, categories and areas are not suggested', async () => {
    const response = await similar('bali', original);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ area: '51.06.01', windowHours: 48 });
    // The typo'd copy at the same TPS first; the near-identical text a desa away and the reworded one at the same TPS after it.
    expect(ids(body)).toEqual([typoed, ...ids(body).slice(1)]);
    expect([...ids(body)].sort((a, b) => a - b)).toEqual([typoed, inNeighbour, reworded].sort((a, b) => a - b));
    for (const absent of [original, unrelated, outsideWindow, otherCategory, inOtherKecamatan, inLombok]) expect(ids(body)).not.toContain(absent);
    const first = body.items[0];
    expect(first).toMatchObject({ id: typoed, channel: 'sms', status: 'baru', region: { code: APUAN } });
    const codes = first.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(['text', 'same_desa', 'same_tps', 'same_category', 'nearby', 'hours_apart']);
    expect(first.reasons[0].percent).toBeGreaterThanOrEqual(30);
    expect(first.reasons.at(-1)).toEqual({ code: 'hours_apart', hours: 2 });
    expect(first.score).toBeGreaterThan(body.items[1].score);
  });

  it('widens on request: any category, a longer window, the whole kabupaten', async () => {
    expect(ids((await similar('bali', original, '?anyCategory=true')).json())).toContain(otherCategory);
    expect(ids((await similar('bali', original, '?windowHours=120')).json())).toContain(outsideWindow);
    const kabupaten = (await similar('bali', original, '?level=kabupaten')).json();
    expect(kabupaten.area).toBe('51.06');
    expect(ids(kabupaten)).toContain(inOtherKecamatan);
    expect(ids((await similar('bali', original, '?level=desa')).json())).not.toContain(inNeighbour);
  });

  it('compares a report filed at kabupaten level across its kabupaten, and finds it from a desa report', async () => {
    const coarse = await submit({ description: ORIGINAL, regionCode: '51.06', latitude: null, longitude: null, tps: null });
    const fromCoarse = (await similar('bali', coarse)).json();
    expect(fromCoarse.area).toBe('51.06');
    expect(ids(fromCoarse)).toEqual(expect.arrayContaining([original, inOtherKecamatan]));
    expect(ids((await similar('bali', original)).json())).toContain(coarse);
  });

  it('stays in the caller’s scope: an NTB report is invisible to Bali, and Bali’s report does not exist for NTB', async () => {
    expect(ids((await similar('admin', inLombok, '?level=kabupaten')).json())).not.toContain(original);
    expect((await similar('ntb', original)).statusCode).toBe(404);
    expect((await similar('reporter', original)).statusCode).toBe(404);
    // A reporter sees candidates only among its own reports.
    const own = await submit({ description: ORIGINAL }, 'reporter');
    const mine = (await similar('reporter', own)).json();
    expect(mine.items.every((item: { id: number }) => item.id !== original)).toBe(true);
  });

  it('refuses bad parameters with 400', async () => {
    for (const query of ['?level=provinsi', '?windowHours=0', '?windowHours=100000', '?minPercent=1', '?anyCategory=yes', '?limit=51', '?other=1']) {
      expect((await similar('bali', original, query)).statusCode, query).toBe(400);
    }
    expect((await similar('bali', 999_999)).statusCode).toBe(404);
  });
});

describe('merging: marking a duplicate keeps every source', () => {
  it('lists the primary and its duplicates on the primary, with channel, reporter as the caller may see it and their own words', async () => {
    const primary = await submit({ description: ORIGINAL, channel: 'web' });
    const bySms = await submit({ description: TYPOED, channel: 'sms', reporterName: 'Pak Made', reporterContact: '0812 1111 2222', knownAt: '2024-11-20T03:30:00Z' });
    const anonymous = await submit({ description: TYPOED, channel: 'whatsapp', reporterName: 'Bu Sri', reporterAnonymous: true, knownAt: '2024-11-20T03:10:00Z' });
    expect(ids((await similar('bali', primary)).json())).toEqual(expect.arrayContaining([bySms, anonymous]));
    for (const id of [bySms, anonymous]) expect((await markDuplicate('bali', id, primary)).statusCode).toBe(200);

    // Marked duplicates are no longer suggested.
    const after = ids((await similar('bali', primary)).json());
    expect(after).not.toContain(bySms);
    expect(after).not.toContain(anonymous);

    const asCoordinator = (await desk.call('bali', 'GET', `/incidents/${primary}`)).json();
    expect(asCoordinator.sources.map((s: { id: number }) => s.id)).toEqual([primary, anonymous, bySms]);
    expect(asCoordinator.sources[0]).toMatchObject({ primary: true, channel: 'web' });
    expect(asCoordinator.sources[2]).toMatchObject({
      primary: false, channel: 'sms', description: TYPOED, knownAt: '2024-11-20T03:30:00.000Z', reporter: { name: 'Pak Made', contact: '0812 1111 2222', anonymous: false },
    });
    expect(asCoordinator.sources[1].reporter).toEqual({ name: 'Bu Sri', contact: '+62 812-3456-7890', anonymous: true });
    // A viewer sees the sources, without contacts or an anonymous reporter's name.
    const asViewer = (await desk.call('viewer', 'GET', `/incidents/${primary}`)).json();
    expect(asViewer.sources[1].reporter).toEqual({ name: null, contact: null, anonymous: true });
    expect(asViewer.sources[2].reporter).toEqual({ name: 'Pak Made', contact: null, anonymous: false });

    // The duplicate keeps its own text, channel and reporter, and names its primary.
    const duplicate = (await desk.call('bali', 'GET', `/incidents/${bySms}`)).json();
    expect(duplicate).toMatchObject({ status: 'duplikat', duplicateOf: { id: primary }, channel: 'sms', description: TYPOED, reporter: { name: 'Pak Made' } });
    expect(duplicate.sources.map((s: { id: number }) => s.id)).toEqual([bySms]);
  });

  it('refuses a duplicate as the target, and marking a report that has duplicates (409): merge the other way round', async () => {
    const primary = await submit({ description: ORIGINAL });
    const copy = await submit({ description: TYPOED });
    const other = await submit({ description: ORIGINAL });
    expect((await markDuplicate('bali', copy, primary)).statusCode).toBe(200);
    const intoDuplicate = await markDuplicate('bali', other, copy);
    expect(intoDuplicate.statusCode).toBe(400);
    expect(intoDuplicate.json().message).toContain('duplikat');

    const primaryMarked = await desk.call('bali', 'POST', `/incidents/${primary}/transitions`, {
      action: 'tandai_duplikat', reason: 'Sama', duplicateOf: other, version: 1,
    }, { 'accept-language': 'en' });
    expect(primaryMarked.statusCode, primaryMarked.body).toBe(409);
    expect(primaryMarked.json().message).toContain('mark the other report as a duplicate of this one');
    expect((await desk.call('admin', 'GET', `/incidents/${primary}`)).json()).toMatchObject({ status: 'baru', version: 1 });
    expect(await desk.count('incident_transitions', sql`incident_id = ${primary}`)).toBe(0);

    // The other way round works, and the primary keeps both sources.
    expect((await markDuplicate('bali', other, primary)).statusCode).toBe(200);
    expect((await desk.call('bali', 'GET', `/incidents/${primary}`)).json().sources.map((s: { id: number }) => s.id)).toEqual([primary, copy, other]);
  });

  it('holds the rule under concurrent merges: A into B and C into A at once cannot both pass, nor can A into B and B into A', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b, c] = [await submit({ description: ORIGINAL }), await submit({ description: ORIGINAL }), await submit({ description: ORIGINAL })];
      const chain = await Promise.all([markDuplicate('bali', a, b), markDuplicate('bali', c, a)]);
      expect(chain.filter((r) => r.statusCode === 200).length, chain.map((r) => r.body).join()).toBe(1);
      const [d, e] = [await submit({ description: ORIGINAL }), await submit({ description: ORIGINAL })];
      const crossed = await Promise.all([markDuplicate('bali', d, e), markDuplicate('bali', e, d)]);
      expect(crossed.filter((r) => r.statusCode === 200).length).toBe(1);
      expect(crossed.every((r) => r.statusCode < 500)).toBe(true);
    }
    // No duplicate anywhere has duplicates of its own.
    const nested = await desk.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from incidents i join incidents d on d.duplicate_of = i.id where i.status = 'duplikat'`);
    expect(Number(nested.rows[0]!.n)).toBe(0);
  });
});
