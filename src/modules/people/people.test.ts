import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let officer: string;
let unit: number;
let otherUnit: number;

beforeAll(async () => {
  ctx = await openTestApp();
  unit = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  otherUnit = await createTestUnit(ctx.database, 'POLRI', '51.06', 'Polres Bangli');
  await createTestUser(ctx.database, { email: 'o@p.id', password: 'people password', role: 'officer', scopeRegionCode: '51.06', unitId: unit });
  officer = await signIn(ctx.app, 'o@p.id', 'people password');
});
afterAll(async () => ctx?.close());

const post = (payload: Record<string, unknown>) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/people', payload, cookies: { sinergi_session: officer }, headers: { origin: TEST_ORIGIN } });

describe('people', () => {
  it('lets an officer add people to its own unit only', async () => {
    const created = await post({ fullName: 'I Made Sutama', position: 'Ketua', unitId: unit, phone: '+62 812-3456-7890', email: 'Made@Bawaslu.go.id' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ fullName: 'I Made Sutama', position: 'Ketua', unitName: 'Bawaslu Kabupaten Bangli', regionCode: '51.06', email: 'made@bawaslu.go.id' });
    expect((await post({ fullName: 'Someone Else', unitId: otherUnit })).statusCode).toBe(403);
  });

  it.each([
    [{ fullName: 'X', unitId: 1 }],
    [{ fullName: 'Valid Name', unitId: 1, phone: 'call me' }],
    [{ fullName: 'Valid Name', unitId: 1, email: 'nope' }],
    [{ fullName: 'Valid Name' }],
    [{ fullName: 'Valid Name', unitId: 1, role: 'admin' }],
  ])('refuses %j', async (payload) => {
    expect((await post(payload)).statusCode).toBe(400);
  });

  it('finds people by part of their name, any case', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/people?q=SUTAMA', cookies: { sinergi_session: officer } });
    expect(response.json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['I Made Sutama']);
  });
});
