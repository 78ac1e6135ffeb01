import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';
import { createOutlineStore, OUTLINE_ATTRIBUTION, OUTLINES_DIR } from './outlines.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let session = '';
const password = 'geo desk password';

beforeAll(async () => {
  ctx = await openTestApp();
  await createTestUser(ctx.database, { email: 'viewer@g.id', password, role: 'viewer', scopeRegionCode: '51' });
  session = await signIn(ctx.app, 'viewer@g.id', password);
});
afterAll(async () => ctx?.close());

function outlines(query: string, signedIn = true) {
  return ctx.app.inject({
    method: 'GET', url: `/api/v1/geo/outlines${query}`, headers: { origin: TEST_ORIGIN, 'accept-language': 'en' },
    ...(signedIn ? { cookies: { sinergi_session: session } } : {}),
  });
}

async function gazetteerCodes(where: ReturnType<typeof sql>): Promise<string[]> {
  const rows = await ctx.database.db.execute<{ code: string }>(sql`select code from regions where ${where} order by code`);
  return rows.rows.map((row) => String(row.code));
}

interface Collection {
  type: string;
  attribution: string;
  attributionUrl: string;
  features: { type: string; properties: Record<string, unknown>; geometry: { type: string } }[];
}

describe('GET /geo/outlines', () => {
  it('gives the 38 provinces, one per province of the gazetteer, with the attribution', async () => {
    const response = await outlines('');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers.etag).toMatch(/^"outlines-id-0-0"$/);
    const body = response.json<Collection>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.attribution).toBe('Boundaries: © 2024 Cahya DSN, wilayah_boundaries (MIT), simplified');
    expect(body.attributionUrl).toBe('https://github.com/cahyadsn/wilayah_boundaries');
    expect(body.features).toHaveLength(38);
    expect(body.features.map((f) => f.properties.code)).toEqual(await gazetteerCodes(sql`level = 1`));
    for (const feature of body.features) {
      expect(feature.type).toBe('Feature');
      expect(Object.keys(feature.properties).sort()).toEqual(['code', 'name']);
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
    expect(body.features.find((f) => f.properties.code === '51')?.properties.name).toBe('Bali');
  });

  it('gives the kabupaten/kota of a province: Bali has 9, those of the gazetteer', async () => {
    const response = await outlines('?parent=51');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers.etag).toMatch(/^"outlines-51-0-0"$/);
    const body = response.json<Collection>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.attribution).toBe(OUTLINE_ATTRIBUTION.text);
    expect(body.features).toHaveLength(9);
    expect(body.features.map((f) => f.properties.code)).toEqual(await gazetteerCodes(sql`level = 2 and parent_code = '51'`));
    const bangli = body.features.find((f) => f.properties.code === '51.06');
    expect(bangli?.properties).toEqual({ code: '51.06', name: 'Kabupaten Bangli' });
  });

  it('needs a session', async () => {
    expect((await outlines('', false)).statusCode).toBe(401);
    expect((await outlines('?parent=51', false)).statusCode).toBe(401);
  });

  it('refuses a parent that is not a known province code', async () => {
    const unknown = await outlines('?parent=99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ code: 'not_found', message: 'Region not found.' });
    const regency = await outlines('?parent=51.06');
    expect(regency.statusCode).toBe(400);
    expect(regency.json()).toMatchObject({ code: 'invalid', message: expect.stringContaining('parent: a province code') });
    expect((await outlines('?parent=51.06.01')).statusCode).toBe(400);
    expect((await outlines('?parent=51.06.01.2001')).statusCode).toBe(400);
    for (const garbage of ['bali', '5', '00', '51.', '%27%20or%201%3D1', 'x'.repeat(200)]) {
      const response = await outlines(`?parent=${garbage}`);
      expect(response.statusCode, garbage).toBe(400);
      expect(response.json().code, garbage).toBe('invalid');
    }
    expect((await outlines('?parent=51&extra=1')).statusCode).toBe(400);
    expect((await outlines('?parent=51&parent=52')).statusCode).toBe(400);
  });
});

describe('outline store', () => {
  it('covers every kabupaten/kota of the gazetteer once, under its province', async () => {
    const store = createOutlineStore();
    const provinces = (await store.provinces()).features.map((f) => f.properties.code);
    const found: string[] = [];
    for (const code of provinces) {
      const regencies = (await store.regenciesOf(code))!;
      for (const feature of regencies.features) {
        expect(feature.properties.code.startsWith(`${code}.`)).toBe(true);
        found.push(feature.properties.code);
      }
    }
    expect(found).toEqual(await gazetteerCodes(sql`level = 2`));
    expect(found).toHaveLength(514);
    expect(await store.regenciesOf('99')).toBeUndefined();
  });

  it('keeps geometry as in the file and reads the files once', async () => {
    const store = createOutlineStore();
    const first = await store.regenciesOf('51');
    expect(await store.regenciesOf('51')).toBe(first);
    const raw = JSON.parse(fs.readFileSync(path.join(OUTLINES_DIR, 'regencies.geojson'), 'utf8')) as Collection;
    const rawBangli = raw.features.find((f) => f.properties.code === '51.06')!;
    expect(first!.features.find((f) => f.properties.code === '51.06')!.geometry).toEqual(rawBangli.geometry);
  });

  it('reads nothing until first asked, and tries again after a failed read', async () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'outlines-'));
    try {
      const store = createOutlineStore(dir);
      await expect(store.provinces()).rejects.toThrow();
      for (const file of ['provinces.geojson', 'regencies.geojson']) fs.copyFileSync(path.join(OUTLINES_DIR, file), path.join(dir, file));
      expect((await store.provinces()).features).toHaveLength(38);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
