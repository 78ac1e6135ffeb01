import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN, createTestUnit, multipartBody, openTestApp, requestAs, signInAll } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let as: Record<'admin' | 'baliCoordinator' | 'baliOfficer' | 'viewer', string>;
const password = 'outline import password';

beforeAll(async () => {
  ctx = await openTestApp();
  const unitId = await createTestUnit(ctx.database, 'KESBANGPOL', '51', 'Kesbangpol Provinsi Bali');
  as = await signInAll(ctx.app, ctx.database, {
    admin: { email: 'admin@outline.id', password, role: 'admin', scopeRegionCode: null },
    baliCoordinator: { email: 'coord@outline.id', password, role: 'coordinator', scopeRegionCode: '51' },
    baliOfficer: { email: 'officer@outline.id', password, role: 'officer', scopeRegionCode: '51', unitId },
    viewer: { email: 'viewer@outline.id', password, role: 'viewer', scopeRegionCode: null },
  });
});
afterAll(async () => ctx?.close());

// Badung (51.03) as a 0.2° square in its real place, and the same shape 20° east (in the sea off Papua).
const BADUNG = [[115.1, -8.5], [115.3, -8.5], [115.3, -8.7], [115.1, -8.7], [115.1, -8.5]];
const FAR_EAST = BADUNG.map(([x, y]) => [x! + 20, y!]);
const BOW_TIE = [[115, -8], [115.5, -8.5], [115.5, -8], [115, -8.5], [115, -8]];

function feature(code: unknown, ring: number[][], key = 'code') {
  return { type: 'Feature', properties: { [key]: code }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function upload(cookie: string | undefined, features: unknown[], query = '', filename = 'batas.geojson') {
  const body = multipartBody({ content: JSON.stringify({ type: 'FeatureCollection', features }), filename });
  return ctx.app.inject({
    method: 'POST', url: `/api/v1/geo/outline-imports${query}`, payload: body.payload,
    headers: { origin: TEST_ORIGIN, 'content-type': body.contentType, 'accept-language': 'en' },
    ...(cookie ? { cookies: { sinergi_session: cookie } } : {}),
  });
}

interface Layer {
  features: { properties: { code: string; name: string; imported?: true }; geometry: { type: string; coordinates: unknown } }[];
}

async function baliLayer(cookie = as.viewer) {
  const response = await requestAs(ctx.app, cookie, 'GET', '/geo/outlines?parent=51');
  expect(response.statusCode).toBe(200);
  return { body: response.json<Layer>(), etag: String(response.headers.etag) };
}

async function storedCodes(): Promise<string[]> {
  const rows = await ctx.database.db.execute(sql`select region_code from region_outlines order by region_code`);
  return rows.rows.map((row) => String(row.region_code));
}

describe('importing outlines', () => {
  it('reports every feature on a dry run and stores nothing', async () => {
    const before = await baliLayer();
    const response = await upload(as.admin, [
      feature('5103', BADUNG, 'KDPKAB'),
      feature('51.99', BADUNG),
      feature('51.03.01', BADUNG),
      feature('51.06', BOW_TIE),
      feature('51.07', FAR_EAST),
    ], '?dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      features: 5, dryRun: true, applied: false,
      accepted: [
        { feature: 1, code: '51.03', name: 'Kabupaten Badung', level: 2, replaces: 'vendored' },
        { feature: 5, code: '51.07', name: 'Kabupaten Karangasem', level: 2, replaces: 'vendored' },
      ],
      errors: [
        { feature: 2, code: '51.99', problem: 'region_unknown', message: 'The region code is not in the Kemendagri gazetteer', at: null },
        { feature: 3, code: '51.03.01', problem: 'region_level', message: 'Outlines can be imported for provinces and kabupaten/kota only', at: null },
        { feature: 4, code: '51.06', problem: 'self_intersection', message: 'The polygon’s boundary lines cross each other (polygon 1, ring 1)', at: { polygon: 1, ring: 1 } },
      ],
      warnings: [{ feature: 5, code: '51.07', warning: 'far_from_current', message: 'The new outline does not touch the current one: check its code' }],
    });
    expect(await storedCodes()).toEqual([]);
    expect((await baliLayer()).etag).toBe(before.etag);
  });

  it('stores nothing from a file with errors unless asked to keep the valid features', async () => {
    const mixed = [feature('51.03', BADUNG), feature('51.99', BADUNG)];
    const refused = await upload(as.admin, mixed);
    expect(refused.json()).toMatchObject({ dryRun: false, applied: false, accepted: [{ code: '51.03' }], errors: [{ code: '51.99' }] });
    expect(await storedCodes()).toEqual([]);

    const before = await baliLayer();
    const kept = await upload(as.admin, mixed, '?keepValid=true');
    expect(kept.json()).toMatchObject({ applied: true, accepted: [{ code: '51.03', replaces: 'vendored' }] });
    expect(await storedCodes()).toEqual(['51.03']);

    const after = await baliLayer();
    expect(after.etag).not.toBe(before.etag);
    const badung = after.body.features.find((f) => f.properties.code === '51.03')!;
    expect(badung.properties).toEqual({ code: '51.03', name: 'Kabupaten Badung', imported: true });
    expect(badung.geometry).toEqual({ type: 'Polygon', coordinates: [BADUNG] });
    expect(after.body.features).toHaveLength(9);
    expect(after.body.features.filter((f) => f.properties.imported)).toHaveLength(1);
    // The other provinces' layers and the province layer are not touched.
    const provinces = (await requestAs(ctx.app, as.viewer, 'GET', '/geo/outlines')).json<Layer>();
    expect(provinces.features.some((f) => f.properties.imported)).toBe(false);
  });

  it('answers 304 to a browser that already holds the current layer', async () => {
    const { etag } = await baliLayer();
    const again = await ctx.app.inject({
      method: 'GET', url: '/api/v1/geo/outlines?parent=51', headers: { origin: TEST_ORIGIN, 'if-none-match': etag }, cookies: { sinergi_session: as.viewer },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('replaces an earlier import, lists what was imported and by whom, and audits it', async () => {
    const moved = BADUNG.map(([x, y]) => [x! + 0.05, y!]);
    const response = await upload(as.baliCoordinator, [feature('51.03', moved)], '', 'badung-2025.geojson');
    expect(response.json()).toMatchObject({ applied: true, accepted: [{ code: '51.03', replaces: 'imported' }] });
    const list = await requestAs(ctx.app, as.viewer, 'GET', '/geo/outline-imports');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [{ regionCode: '51.03', name: 'Kabupaten Badung', level: 2, sourceFile: 'badung-2025.geojson', importedBy: expect.any(String), importedAt: expect.any(String) }],
    });
    const audit = await ctx.database.db.execute(sql`select action, entity_id from audit_log where entity_type = 'region_outlines' order by id`);
    expect(audit.rows.map((row) => [row.action, row.entity_id])).toEqual([['region_outline.import', '51.03'], ['region_outline.import', '51.03']]);
  });

  it('keeps a coordinator to their own province, and officers and viewers out', async () => {
    const outside = await upload(as.baliCoordinator, [feature('52.01', [[116.1, -8.5], [116.3, -8.5], [116.3, -8.7], [116.1, -8.5]])], '?dryRun=true');
    expect(outside.json()).toMatchObject({ accepted: [], errors: [{ code: '52.01', problem: 'out_of_scope' }] });
    for (const cookie of [as.baliOfficer, as.viewer]) {
      expect((await upload(cookie, [feature('51.03', BADUNG)])).statusCode).toBe(403);
      expect((await requestAs(ctx.app, cookie, 'DELETE', '/geo/outline-imports/51.03')).statusCode).toBe(403);
    }
    expect((await upload(undefined, [feature('51.03', BADUNG)])).statusCode).toBe(401);
    expect(await storedCodes()).toEqual(['51.03']);
  });

  it('goes back to the vendored outline when an import is dropped', async () => {
    expect((await requestAs(ctx.app, as.baliCoordinator, 'DELETE', '/geo/outline-imports/51.03')).statusCode).toBe(204);
    expect(await storedCodes()).toEqual([]);
    const layer = await baliLayer();
    expect(layer.body.features.some((f) => f.properties.imported)).toBe(false);
    const again = await requestAs(ctx.app, as.baliCoordinator, 'DELETE', '/geo/outline-imports/51.03');
    expect(again.statusCode).toBe(404);
  });

  it('refuses a file that is not GeoJSON with a clear 400 and keeps what is stored', async () => {
    await upload(as.admin, [feature('51.03', BADUNG)]);
    for (const content of ['not json at all', '[]', JSON.stringify({ type: 'FeatureCollection', features: [] })]) {
      const body = multipartBody({ content, filename: 'x.geojson' });
      const response = await ctx.app.inject({
        method: 'POST', url: '/api/v1/geo/outline-imports', payload: body.payload,
        headers: { origin: TEST_ORIGIN, 'content-type': body.contentType, 'accept-language': 'id' }, cookies: { sinergi_session: as.admin },
      });
      expect(response.statusCode, content).toBe(400);
      expect(response.json().message, content).toMatch(/^Permintaan tidak valid: berkas /);
    }
    expect(await storedCodes()).toEqual(['51.03']);
  });
});
