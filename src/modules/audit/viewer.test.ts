import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  ctx = await openTestApp();
  const password = 'viewer test pass';
  await createTestUser(ctx.database, { email: 'admin@a.id', password, role: 'admin', scopeRegionCode: null });
  await createTestUser(ctx.database, { email: 'bali@a.id', password, role: 'coordinator', scopeRegionCode: '51' });
  const unit = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  await createTestUser(ctx.database, { email: 'officer@a.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit });
  for (const who of ['admin', 'bali', 'officer']) cookies[who] = await signIn(ctx.app, `${who}@a.id`, password);
  // The user agent lands at the start of the CSV's client cell: a formula there must be neutralised.
  const post = (who: string, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: 'POST', url: '/api/v1/units', payload, cookies: { sinergi_session: cookies[who]! },
      headers: { origin: TEST_ORIGIN, 'user-agent': '=cmd|"/c calc"!A1' },
    });
  expect((await post('bali', { agencyCode: 'KPU', regionCode: '51.06', name: 'KPU Kabupaten Bangli' })).statusCode).toBe(201);
  expect((await post('admin', { agencyCode: 'KPU', regionCode: '52.01', name: '=HYPERLINK("http://evil","x")' })).statusCode).toBe(201);
});
afterAll(async () => ctx?.close());

const get = (who: string, url: string) => ctx.app.inject({ url, cookies: { sinergi_session: cookies[who]! } });

describe('audit viewer', () => {
  it('shows an administrator everything, newest first, with the changed fields', async () => {
    const { items } = (await get('admin', '/api/v1/audit?entityType=unit')).json();
    expect(items.map((i: { changes: { name: [null, string] } }) => i.changes.name[1])).toEqual(['=HYPERLINK("http://evil","x")', 'KPU Kabupaten Bangli']);
    expect(items[1]).toMatchObject({ action: 'unit.create', regionCode: '51.06', actor: { type: 'user', label: 'bali@a.id' } });
  });

  it('limits a coordinator to its region', async () => {
    const { items } = (await get('bali', '/api/v1/audit?entityType=unit')).json();
    expect(items.map((i: { regionCode: string }) => i.regionCode)).toEqual(['51.06']);
  });

  it('is closed to officers', async () => {
    expect((await get('officer', '/api/v1/audit')).statusCode).toBe(403);
    expect((await get('officer', '/api/v1/audit/export.csv')).statusCode).toBe(403);
  });

  it('filters by actor and date', async () => {
    const all = (await get('admin', '/api/v1/audit?limit=500')).json();
    const someone = all.items.find((i: { actor: { label: string } }) => i.actor.label === 'bali@a.id').actor.id;
    const mine = (await get('admin', `/api/v1/audit?actor=${someone}`)).json();
    expect(mine.items.every((i: { actor: { id: string } }) => i.actor.id === someone)).toBe(true);
    expect((await get('admin', '/api/v1/audit?from=2999-01-01T00:00:00Z')).json().total).toBe(0);
    expect((await get('admin', '/api/v1/audit?from=yesterday')).statusCode).toBe(400);
  });

  it('exports CSV with formulas neutralised', async () => {
    const response = await get('admin', '/api/v1/audit/export.csv?entityType=unit');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.body.trim().split('\n');
    expect(lines[0]).toBe('id,at,actor_type,actor_label,action,entity_type,entity_id,region_code,changes,ip,client,hash');
    expect(lines).toHaveLength(3);
    expect(response.body).toContain(`'=cmd|`);
    expect(response.body).not.toMatch(/(^|,)"?=cmd/m);
  });
});
