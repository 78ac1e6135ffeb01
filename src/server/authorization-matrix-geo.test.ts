import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN, createTestUnit, multipartBody, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of map outlines (issue 6): every actor × a kabupaten inside Bali
 * (Bangli, 51.06) and one outside (Lombok Barat, 52.01). The rules (src/modules/geo): the layers
 * and the list of imports are read by anyone signed in (reference data, like the gazetteer); outlines
 * are imported and dropped by admins and coordinators inside their scope. A coordinator's file that
 * names a region outside the scope is answered, with that feature refused as out_of_scope.
 */
type Who = 'admin' | 'national' | 'coordinator' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'coordinator', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Partial<Record<Who, string>> = {};
const region: Record<Where, { code: string; province: string; ring: number[][] }> = {
  inside: { code: '51.06', province: '51', ring: [[115.25, -8.2], [115.45, -8.2], [115.45, -8.45], [115.25, -8.45], [115.25, -8.2]] },
  outside: { code: '52.01', province: '52', ring: [[116, -8.5], [116.2, -8.5], [116.2, -8.8], [116, -8.8], [116, -8.5]] },
};

beforeAll(async () => {
  ctx = await openTestApp();
  const bangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const password = 'geo matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@gm.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@gm.id', password, role: 'coordinator', scopeRegionCode: null },
    coordinator: { email: 'coordinator@gm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@gm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@gm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bangli },
    viewer: { email: 'viewer@gm.id', password, role: 'viewer', scopeRegionCode: '51.06' },
    reporter: { email: 'reporter@gm.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  Object.assign(cookies, await signInAll(ctx.app, ctx.database, users));
});
afterAll(async () => ctx?.close());

function importOutline(who: Who, where: Where) {
  const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: region[where].code }, geometry: { type: 'Polygon', coordinates: [region[where].ring] } }] };
  const body = multipartBody({ content: JSON.stringify(file), filename: `${who}.geojson` });
  return ctx.app.inject({
    method: 'POST', url: '/api/v1/geo/outline-imports', payload: body.payload,
    headers: { origin: TEST_ORIGIN, 'content-type': body.contentType }, ...(cookies[who] ? { cookies: { sinergi_session: cookies[who] } } : {}),
  });
}

/** [status, whether the outline was stored] per target. */
const IMPORTS: Record<Who, [[number, boolean], [number, boolean]]> = {
  admin: [[200, true], [200, true]], national: [[200, true], [200, true]],
  coordinator: [[200, true], [200, false]], ntb: [[200, false], [200, true]],
  officer: [[403, false], [403, false]], viewer: [[403, false], [403, false]], reporter: [[403, false], [403, false]],
  anonymous: [[401, false], [401, false]],
};

const DROPS: Record<Who, [number, number]> = {
  admin: [204, 204], national: [204, 204], coordinator: [204, 403], ntb: [403, 204],
  officer: [403, 403], viewer: [403, 403], reporter: [403, 403], anonymous: [401, 401],
};

const READS: Record<Who, number> = { admin: 200, national: 200, coordinator: 200, ntb: 200, officer: 200, viewer: 200, reporter: 200, anonymous: 401 };

describe('outline authorization matrix', () => {
  it.each(WHO)('GET /geo/outlines and /geo/outline-imports as %s', async (who) => {
    for (const where of ['inside', 'outside'] as const) {
      expect((await requestAs(ctx.app, cookies[who], 'GET', `/geo/outlines?parent=${region[where].province}`)).statusCode, where).toBe(READS[who]);
    }
    expect((await requestAs(ctx.app, cookies[who], 'GET', '/geo/outline-imports')).statusCode).toBe(READS[who]);
  });

  it.each(WHO)('POST /geo/outline-imports as %s', async (who) => {
    for (const [i, where] of (['inside', 'outside'] as const).entries()) {
      await requestAs(ctx.app, cookies.admin, 'DELETE', `/geo/outline-imports/${region[where].code}`);
      const response = await importOutline(who, where);
      const [status, stored] = IMPORTS[who][i]!;
      expect(response.statusCode, where).toBe(status);
      if (status === 200) {
        expect(response.json().applied, where).toBe(stored);
        expect(response.json().errors.map((e: { problem: string }) => e.problem), where).toEqual(stored ? [] : ['out_of_scope']);
      }
      const listed = (await requestAs(ctx.app, cookies.admin, 'GET', '/geo/outline-imports')).json().items.map((item: { regionCode: string }) => item.regionCode);
      expect(listed.includes(region[where].code), where).toBe(stored);
    }
  });

  it.each(WHO)('DELETE /geo/outline-imports/:code as %s', async (who) => {
    for (const [i, where] of (['inside', 'outside'] as const).entries()) {
      expect((await importOutline('admin', where)).json().applied).toBe(true);
      const response = await requestAs(ctx.app, cookies[who], 'DELETE', `/geo/outline-imports/${region[where].code}`);
      expect(response.statusCode, where).toBe(DROPS[who][i]);
    }
  });
});
