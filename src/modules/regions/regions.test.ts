import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  ctx = await openTestApp();
});
afterAll(async () => ctx?.close());

async function get(url: string, lang = 'id') {
  const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });
  return { status: response.statusCode, body: response.json() };
}

const codesOf = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);

describe('GET /api/v1/regions search', () => {
  it.each([
    ['bangli', '51.06'],
    ['Bangli', '51.06'],
    ['BANGLI', '51.06'],
    ['kab bangli', '51.06'],
    ['Kab. Bangli', '51.06'],
    ['Kabupaten Bangli', '51.06'],
    ['banglii', '51.06'],
    ['bangly', '51.06'],
    ['bangil', '35.14.14'],
    ['denpasr', '51.71'],
    ['Kota Denpasar', '51.71'],
    ['kotamadya kendari', '74.71'],
    ['Kaltim', '64'],
    ['sultra', '74'],
    ['NTT', '53'],
    ['DIY', '34'],
    ['Jabar', '32'],
    ['sumut', '12'],
    ['babel', '19'],
    ['Kepri', '21'],
    ['samarinda kaltim', '64.72'],
    ['jakarta pusat', '31.71'],
    ['kepulauan seribu', '31.01'],
    ['papua barat daya', '96'],
    ['papua barat', '92'],
    ['Kota Sorong Papua Barat', '96.71'],
  ])('%j finds %s first', async (q, code) => {
    const { status, body } = await get(`/api/v1/regions?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(codesOf(body)[0]).toBe(code);
  });

  it('tells Kabupaten and Kota of the same name apart', async () => {
    const kab = await get('/api/v1/regions?q=kab%20bima');
    const kota = await get('/api/v1/regions?q=kota%20bima');
    expect(codesOf(kab.body)[0]).toBe('52.06');
    expect(codesOf(kota.body)[0]).toBe('52.72');
    expect(codesOf(kota.body)).not.toContain('52.06');
  });

  it('is accent-insensitive', async () => {
    const { body } = await get(`/api/v1/regions?q=${encodeURIComponent('Bânglí')}`);
    expect(codesOf(body)[0]).toBe('51.06');
  });

  it('names the province and kab/kota of each result', async () => {
    const { body } = await get('/api/v1/regions?q=bangli&level=district');
    expect(body.items[0]).toMatchObject({ code: '51.06.02', level: 'district', kind: 'kecamatan', regencyName: 'Kabupaten Bangli', provinceName: 'Bali', timeZone: 'WITA' });
  });

  it('pages consistently and reports the total', async () => {
    const first = await get('/api/v1/regions?q=sari&limit=5');
    const second = await get('/api/v1/regions?q=sari&limit=5&offset=5');
    expect(first.body.items).toHaveLength(5);
    expect(first.body.total).toBeGreaterThan(10);
    expect(first.body.total).toBe(second.body.total);
    expect(codesOf(first.body).filter((c: string) => codesOf(second.body).includes(c))).toEqual([]);
  });

  it('finds nothing for gibberish, without error', async () => {
    const { status, body } = await get('/api/v1/regions?q=qxzjvw');
    expect(status).toBe(200);
    expect(body).toEqual({ items: [], total: 0 });
  });

  it('does not let LIKE wildcards match everything', async () => {
    const wildcard = await get('/api/v1/regions?q=%25bangli_');
    const plain = await get('/api/v1/regions?q=bangli');
    expect(wildcard.status).toBe(200);
    expect(wildcard.body).toEqual(plain.body);
    // A query of symbols only normalises to nothing and lists the provinces, as an empty query does.
    const symbols = await get('/api/v1/regions?q=%25%25_');
    expect(symbols.body.total).toBe(38);
  });
});

describe('GET /api/v1/regions listing', () => {
  it('lists the 38 provinces by default', async () => {
    const { body } = await get('/api/v1/regions?limit=100');
    expect(body.total).toBe(38);
    expect(body.items.every((r: { level: string }) => r.level === 'province')).toBe(true);
  });

  it('lists the children of a region', async () => {
    const { body } = await get('/api/v1/regions?parent=51&limit=100');
    expect(body.total).toBe(9);
    expect(codesOf(body)).toContain('51.06');
    expect(body.items.every((r: { parentCode: string }) => r.parentCode === '51')).toBe(true);
  });

  it('searches inside a subtree', async () => {
    const { body } = await get('/api/v1/regions?q=kubu&within=51');
    expect(body.total).toBeGreaterThan(0);
    expect(codesOf(body).every((c: string) => c.startsWith('51.'))).toBe(true);
  });

  it('filters by level', async () => {
    const { body } = await get('/api/v1/regions?level=regency&limit=1');
    expect(body.total).toBe(514);
  });
});

describe('GET /api/v1/regions/:code', () => {
  it('returns a kab/kota with its ancestors and counts', async () => {
    const { status, body } = await get('/api/v1/regions/51.06');
    expect(status).toBe(200);
    expect(body.region).toMatchObject({ code: '51.06', name: 'Kabupaten Bangli', kind: 'kabupaten', timeZone: 'WITA', source: 'idn-area-data@4.0.1' });
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['51']);
    expect(body.childrenCount).toBe(4);
    expect(body.counts).toEqual({ districts: 4, villages: 72 });
  });

  it('returns a desa with its whole chain', async () => {
    const { body } = await get('/api/v1/regions/51.06.01.2001');
    expect(body.ancestors.map((a: { code: string }) => a.code)).toEqual(['51', '51.06', '51.06.01']);
    expect(body.childrenCount).toBe(0);
    expect(body.region.kind).toBe('desa');
  });

  it('counts a province', async () => {
    const { body } = await get('/api/v1/regions/51');
    expect(body.counts).toEqual({ regencies: 9, districts: 57, villages: 716 });
  });

  it.each([
    ['99', 'Wilayah tidak ditemukan.', 'id'],
    ['51.99', 'Region not found.', 'en'],
  ])('answers 404 for the unknown code %s', async (code, message, lang) => {
    const { status, body } = await get(`/api/v1/regions/${code}`, lang);
    expect(status).toBe(404);
    expect(body).toEqual({ code: 'not_found', message });
  });

  it.each(['abc', '5', '51.6', '51.06.01.20011', "51'--", '%00', '..%2F..%2Fetc'])('answers 400 for the malformed code %j', async (code) => {
    const { status, body } = await get(`/api/v1/regions/${code}`, 'en');
    expect(status).toBe(400);
    expect(body.code).toBe('invalid');
    expect(body.message).toMatch(/^Invalid request/);
  });
});

describe('bad query parameters', () => {
  it.each([
    '/api/v1/regions?limit=0',
    '/api/v1/regions?limit=9999',
    '/api/v1/regions?limit=abc',
    '/api/v1/regions?offset=-1',
    '/api/v1/regions?level=planet',
    '/api/v1/regions?parent=zz',
    `/api/v1/regions?q=${'a'.repeat(101)}`,
  ])('%s is a 400 in both languages', async (url) => {
    const id = await get(url, 'id');
    const en = await get(url, 'en');
    expect(id.status).toBe(400);
    expect(id.body.message).toMatch(/^Permintaan tidak valid/);
    expect(en.status).toBe(400);
    expect(en.body.message).toMatch(/^Invalid request/);
  });
});

describe('validation details in the caller’s language', () => {
  it.each([
    ['/api/v1/regions?limit=9999', 'id', /^Permintaan tidak valid: limit: .*(terlalu besar|Terlalu besar)/],
    ['/api/v1/regions?limit=9999', 'en', /^Invalid request: limit: Too big/],
    ['/api/v1/regions?parent=zz', 'id', /^Permintaan tidak valid: parent: bukan kode wilayah Kemendagri/],
    ['/api/v1/regions?parent=zz', 'en', /^Invalid request: parent: not a Kemendagri region code/],
    ['/api/v1/regions/abc', 'id', /^Permintaan tidak valid: bukan kode wilayah Kemendagri/],
  ])('%s (%s)', async (url, lang, message) => {
    const { status, body } = await get(url, lang);
    expect(status).toBe(400);
    expect(body.message).toMatch(message);
  });
});
