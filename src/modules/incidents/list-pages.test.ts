import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_COUNT_CAP, TEXT_COUNT_CAP } from './repo.js';
import { openIncidentDesk, report } from './test-desk.js';

/**
 * GET /incidents pages by keyset (`after` = the previous page's `next`) and counts up to a cap:
 * the two things that keep the list fast at a million reports (bench/scale.ts measures them).
 */
const clock = { now: () => new Date('2024-11-20T03:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
type Page = { items: Array<{ id: number; occurredAt: string; region: { name: string } }>; total: number; totalCapped: boolean; next: string | null };

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  // Three reports at the same millisecond and two a microsecond apart (written by SQL: the API
  // takes milliseconds): a cursor must neither skip nor repeat any of them.
  for (const region of ['51.06.01.2001', '51.06', '51.06.01.2001']) {
    const response = await desk.call('admin', 'POST', '/incidents', report({ regionCode: region, latitude: null, longitude: null, occurredAt: '2024-11-18T10:00:00.500Z' }));
    expect(response.statusCode, response.body).toBe(201);
  }
  for (const occurredAt of ['2024-11-17T08:00:00Z', '2024-11-16T08:00:00Z', '2024-11-15T08:00:00Z', '2024-11-14T08:00:00Z']) {
    await desk.call('admin', 'POST', '/incidents', report({ regionCode: '52.01', latitude: null, longitude: null, occurredAt }));
  }
  const { id } = (await desk.call('admin', 'POST', '/incidents', report({ occurredAt: '2024-11-18T10:00:00.500Z' }))).json();
  await desk.database.db.execute(sql`update incidents set occurred_at = occurred_at + interval '1 microsecond' where id = ${id}`);
});
afterAll(async () => desk?.close());

async function page(who: 'admin' | 'bali', query: string): Promise<Page> {
  const response = await desk.call(who, 'GET', `/incidents?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

/** Every page from the first, following `next`, and the ids in the order they came. */
async function follow(who: 'admin' | 'bali', filters: string, limit: number): Promise<{ ids: number[]; pages: Page[] }> {
  const pages: Page[] = [await page(who, `${filters}&limit=${limit}`)];
  while (pages.at(-1)!.next !== null) {
    expect(pages.length).toBeLessThan(100);
    pages.push(await page(who, `${filters}&limit=${limit}&after=${encodeURIComponent(pages.at(-1)!.next!)}`));
  }
  return { ids: pages.flatMap((p) => p.items.map((item) => item.id)), pages };
}

describe('GET /incidents keyset pages', () => {
  it.each([1, 2, 3, 7])('following next with pages of %i gives the whole list in order, ties at one instant included once', async (limit) => {
    const whole = await page('admin', 'limit=500');
    expect(whole.next).toBeNull();
    const { ids, pages } = await follow('admin', '', limit);
    expect(ids).toEqual(whole.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    // Every page but the last is full; the last says there is no next (not an empty page after it).
    expect(pages.slice(0, -1).every((p) => p.items.length === limit)).toBe(true);
    expect(pages.at(-1)!.items.length).toBeGreaterThan(0);
    expect(pages.every((p) => p.total === whole.total && !p.totalCapped)).toBe(true);
  });

  it('keeps the filters and the caller’s scope on every page', async () => {
    const bali = await page('bali', 'limit=500');
    const filtered = await page('admin', 'limit=500&region=51');
    expect(bali.items.map((i) => i.id)).toEqual(filtered.items.map((i) => i.id));
    expect((await follow('bali', '', 2)).ids).toEqual(bali.items.map((i) => i.id));
    const lombok = await follow('admin', 'region=52.01', 3);
    expect(lombok.ids).toHaveLength(4);
    expect(lombok.pages[0]!.total).toBe(4);
  });

  it('combines a cursor with an offset (rows skipped after it)', async () => {
    const whole = (await page('admin', 'limit=500')).items.map((i) => i.id);
    const first = await page('admin', 'limit=2');
    const skipped = await page('admin', `limit=2&offset=1&after=${encodeURIComponent(first.next!)}`);
    expect(skipped.items.map((i) => i.id)).toEqual(whole.slice(3, 5));
  });

  it('refuses a cursor it did not make with 400 and says why, in Indonesian and English', async () => {
    for (const after of ['abc', 'MjAyNC0xMS0xOA', Buffer.from('2024-11-18T10:00:00.500000Z~1 or 1=1').toString('base64url'), 'x'.repeat(200)]) {
      const response = await desk.call('admin', 'GET', `/incidents?after=${encodeURIComponent(after)}`);
      expect(response.statusCode, after).toBe(400);
      expect(response.json().message).toContain('bukan penanda halaman');
    }
    const english = await desk.call('admin', 'GET', '/incidents?after=abc', undefined, { 'accept-language': 'en' });
    expect(english.json().message).toContain('not a page marker this server made');
  });
});

describe('GET /incidents count cap', () => {
  it(`counts up to ${LIST_COUNT_CAP.toLocaleString('en-US')} and then says there are more`, async () => {
    const stored = await desk.count('incidents');
    const small = await page('admin', 'limit=1');
    expect(small).toMatchObject({ total: stored, totalCapped: false });
    // One report past the cap, written by SQL (the API would take minutes for ten thousand).
    await desk.database.db.execute(sql`
      insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, severity, channel, status)
      select 'CAP-' || g, 'logistik', 'pilkada', 'Laporan uji batas hitungan', timestamptz '2024-10-01T00:00:00Z' + g * interval '1 minute',
        timestamptz '2024-10-01T00:00:00Z' + g * interval '1 minute', '52.01', 'rendah', 'api', 'baru'
      from generate_series(1, ${LIST_COUNT_CAP + 1 - stored}) g`);
    const capped = await page('admin', 'limit=1');
    expect(capped).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true });
    expect(capped.next).not.toBeNull();
    // A text search counts to its own, lower cap; the words are found in the stored vector.
    expect(await page('admin', 'limit=1&q=hitungan')).toMatchObject({ total: TEXT_COUNT_CAP, totalCapped: true });
    expect(await page('admin', 'limit=1&q=amplop')).toMatchObject({ total: stored, totalCapped: false });
    // A filter under the cap is counted exactly again.
    expect(await page('admin', 'limit=1&region=51')).toMatchObject({ total: stored - 4, totalCapped: false });
    // Deep in the list, a cursor lands where the offset does.
    const deep = await page('admin', `limit=3&offset=${LIST_COUNT_CAP - 10}`);
    const before = await page('admin', `limit=1&offset=${LIST_COUNT_CAP - 11}`);
    expect((await page('admin', `limit=3&after=${encodeURIComponent(before.next!)}`)).items.map((i) => i.id)).toEqual(deep.items.map((i) => i.id));
  });
});
