import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'admin desk password';
let admin: string;
let coordinator: string;
let coordinatorId: string;
let unitBangli: number;
let unitNtb: number;

beforeAll(async () => {
  ctx = await openTestApp();
  unitBangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unitNtb = await createTestUnit(ctx.database, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
  await createTestUser(ctx.database, { email: 'admin@u.id', password, role: 'admin', scopeRegionCode: null });
  coordinatorId = await createTestUser(ctx.database, { email: 'coord@u.id', password, role: 'coordinator', scopeRegionCode: '51' });
  admin = await signIn(ctx.app, 'admin@u.id', password);
  coordinator = await signIn(ctx.app, 'coord@u.id', password);
});
afterAll(async () => ctx?.close());

function send(cookie: string, method: 'PATCH' | 'POST' | 'GET', url: string, payload?: Record<string, unknown>) {
  return ctx.app.inject({ method, url, payload, cookies: { sinergi_session: cookie }, headers: { origin: TEST_ORIGIN } });
}

async function lastAudit(action: string) {
  const rows = await ctx.database.db.execute<{ changes: unknown; actor_id: string; entity_id: string }>(
    sql`select changes, actor_id, entity_id from audit_log where action = ${action} order by id desc limit 1`,
  );
  const row = rows.rows[0];
  return row ? { ...row, changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes } : null;
}

let serial = 0;
async function newAccount(role: string, scopeRegionCode: string | null, unitId: number | null = null) {
  const email = `acct${(serial += 1)}@u.id`;
  const id = await createTestUser(ctx.database, { email, password, role: role as never, scopeRegionCode, unitId });
  return { id, email };
}

describe('changing an account', () => {
  it('changes role and scope, and audits exactly the fields that changed', async () => {
    const viewer = await newAccount('viewer', '51.06');
    const response = await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { role: 'officer', unitId: unitBangli, displayName: 'Petugas Bangli' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'officer', unitId: unitBangli, scopeRegionCode: '51.06', displayName: 'Petugas Bangli', disabled: false });
    const audit = await lastAudit('user.update');
    expect(audit?.entity_id).toBe(viewer.id);
    expect(audit?.changes).toEqual({ role: ['viewer', 'officer'], unitId: [null, unitBangli], displayName: [expect.any(String), 'Petugas Bangli'] });
  });

  it('drops the unit when an officer becomes a viewer', async () => {
    const officer = await newAccount('officer', '51.06', unitBangli);
    const response = await send(admin, 'PATCH', `/api/v1/users/${officer.id}`, { role: 'viewer' });
    expect(response.json()).toMatchObject({ role: 'viewer', unitId: null });
  });

  it('refuses an officer without a unit, or with a unit outside its region', async () => {
    const viewer = await newAccount('viewer', '51.06');
    expect((await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { role: 'officer' })).statusCode).toBe(400);
    expect((await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { role: 'officer', unitId: unitNtb })).statusCode).toBe(400);
    expect((await send(admin, 'GET', `/api/v1/users/${viewer.id}`)).json().role).toBe('viewer');
  });

  it('refuses a well-formed region code the gazetteer does not know, on create and on change', async () => {
    const viewer = await newAccount('viewer', '51.06');
    expect((await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { scopeRegionCode: '99.99' })).statusCode).toBe(400);
    const created = await send(admin, 'POST', '/api/v1/users', { email: 'nowhere@u.id', displayName: 'N', password, role: 'viewer', scopeRegionCode: '99.99' });
    expect(created.statusCode).toBe(400);
  });

  it('writes nothing to the audit trail when nothing changes', async () => {
    const viewer = await newAccount('viewer', '51.06');
    const before = await ctx.database.db.execute(sql`select count(*)::int as n from audit_log`);
    expect((await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { role: 'viewer', scopeRegionCode: '51.06' })).statusCode).toBe(200);
    const after = await ctx.database.db.execute(sql`select count(*)::int as n from audit_log`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('keeps a coordinator inside its own powers', async () => {
    const inside = await newAccount('viewer', '51.06');
    const outside = await newAccount('viewer', '52');
    const nationalAdmin = await newAccount('admin', null);
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${inside.id}`, { scopeRegionCode: '51' })).statusCode).toBe(200);
    // Widening past its own scope, or promoting to admin, is refused and changes nothing.
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${inside.id}`, { scopeRegionCode: '52' })).statusCode).toBe(403);
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${inside.id}`, { role: 'admin' })).statusCode).toBe(403);
    expect((await send(admin, 'GET', `/api/v1/users/${inside.id}`)).json()).toMatchObject({ role: 'viewer', scopeRegionCode: '51' });
    // Accounts outside its scope do not exist for it; national accounts are outside too.
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${outside.id}`, { disabled: true })).statusCode).toBe(404);
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${nationalAdmin.id}`, { disabled: true })).statusCode).toBe(404);
  });

  it('does not let anyone change their own role or disable themselves', async () => {
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${coordinatorId}`, { role: 'coordinator', scopeRegionCode: null })).statusCode).toBe(403);
    expect((await send(coordinator, 'PATCH', `/api/v1/users/${coordinatorId}`, { disabled: true })).statusCode).toBe(403);
    expect((await send(admin, 'GET', `/api/v1/users/${coordinatorId}`)).json()).toMatchObject({ scopeRegionCode: '51', disabled: false });
  });

  it('disabling ends the sessions at once and blocks sign-in; enabling lets the account back in', async () => {
    const viewer = await newAccount('viewer', '51.06');
    const session = await signIn(ctx.app, viewer.email, password);
    expect((await send(session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const disabled = await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { disabled: true });
    expect(disabled.json().disabled).toBe(true);
    expect((await send(session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const login = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: viewer.email, password }, headers: { origin: TEST_ORIGIN } });
    expect(login.statusCode).toBe(401);
    expect((await send(admin, 'PATCH', `/api/v1/users/${viewer.id}`, { disabled: false })).json().disabled).toBe(false);
    expect(await signIn(ctx.app, viewer.email, password)).toMatch(/.+/);
  });

  it('stops a token whose owner lost the rights it carries', async () => {
    const owner = await newAccount('coordinator', '51');
    const ownerSession = await signIn(ctx.app, owner.email, password);
    const created = await send(ownerSession, 'POST', '/api/v1/tokens', { name: 'SMS gateway', role: 'viewer', scopeRegionCode: '51.06' });
    expect(created.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().token}` };
    expect((await ctx.app.inject({ url: '/api/v1/units', headers: bearer })).statusCode).toBe(200);
    await send(admin, 'PATCH', `/api/v1/users/${owner.id}`, { role: 'viewer' });
    expect((await ctx.app.inject({ url: '/api/v1/units', headers: bearer })).statusCode).toBe(401);
  });
});

describe('resetting a password', () => {
  it('sets a new password, ends every session, and never audits the password', async () => {
    const viewer = await newAccount('viewer', '51.06');
    const session = await signIn(ctx.app, viewer.email, password);
    const reset = await send(coordinator, 'POST', `/api/v1/users/${viewer.id}/password`, { newPassword: 'a fresh desk password' });
    expect(reset.statusCode).toBe(204);
    expect((await send(session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect(await signIn(ctx.app, viewer.email, 'a fresh desk password')).toMatch(/.+/);
    const audit = await lastAudit('user.password_reset');
    expect(audit?.entity_id).toBe(viewer.id);
    expect(JSON.stringify(audit?.changes)).not.toContain('a fresh desk password');
    expect(audit?.changes.sessionsEnded).toEqual([null, 1]);
  });

  it('refuses a short password, the actor\'s own account, and accounts beyond the actor', async () => {
    const viewer = await newAccount('viewer', '51.06');
    const outside = await newAccount('viewer', '52');
    expect((await send(admin, 'POST', `/api/v1/users/${viewer.id}/password`, { newPassword: 'short' })).statusCode).toBe(400);
    expect((await send(coordinator, 'POST', `/api/v1/users/${coordinatorId}/password`, { newPassword: 'a fresh desk password' })).statusCode).toBe(403);
    expect((await send(coordinator, 'POST', `/api/v1/users/${outside.id}/password`, { newPassword: 'a fresh desk password' })).statusCode).toBe(404);
    expect(await signIn(ctx.app, outside.email, password)).toMatch(/.+/);
  });
});

describe('units and people', () => {
  it('renames a unit, audits before and after, and refuses a duplicate name', async () => {
    const unit = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Bangli');
    const renamed = await send(coordinator, 'PATCH', `/api/v1/units/${unit}`, { name: 'KPU Kabupaten Bangli' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'KPU Kabupaten Bangli', agencyCode: 'KPU', regionCode: '51.06' });
    expect((await lastAudit('unit.update'))?.changes).toEqual({ name: ['KPU Bangli', 'KPU Kabupaten Bangli'] });
    const twin = await createTestUnit(ctx.database, 'KPU', '51.06', 'KPU Bangli Lama');
    expect((await send(coordinator, 'PATCH', `/api/v1/units/${twin}`, { name: 'KPU Kabupaten Bangli' })).statusCode).toBe(409);
    expect((await send(coordinator, 'PATCH', `/api/v1/units/${twin}`, { agencyCode: 'NOPE' })).statusCode).toBe(400);
    expect((await send(coordinator, 'PATCH', `/api/v1/units/${unitNtb}`, { name: 'Hijacked' })).statusCode).toBe(404);
    expect((await send(admin, 'GET', `/api/v1/units/${twin}`)).json().name).toBe('KPU Bangli Lama');
  });

  it('lists the agency catalogue in both languages', async () => {
    const response = await send(coordinator, 'GET', '/api/v1/agencies');
    expect(response.statusCode).toBe(200);
    const bawaslu = response.json().items.find((a: { code: string }) => a.code === 'BAWASLU');
    expect(bawaslu).toMatchObject({ nameId: 'Badan Pengawas Pemilihan Umum', nameEn: expect.stringMatching(/Supervisory/i) });
    expect((await ctx.app.inject({ url: '/api/v1/agencies' })).statusCode).toBe(401);
  });

  it('corrects a person and moves them between units the actor may change', async () => {
    const otherBangli = await createTestUnit(ctx.database, 'POLRI', '51.06', 'Polres Bangli');
    const created = await send(coordinator, 'POST', '/api/v1/people', { fullName: 'I Made Sutama', unitId: unitBangli, phone: '0812 3456 7890' });
    const id = created.json().id;
    const moved = await send(coordinator, 'PATCH', `/api/v1/people/${id}`, { position: 'Ketua', unitId: otherBangli, phone: null });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ fullName: 'I Made Sutama', position: 'Ketua', unitId: otherBangli, unitName: 'Polres Bangli', phone: null });
    expect((await lastAudit('person.update'))?.changes).toEqual({ position: [null, 'Ketua'], unitId: [unitBangli, otherBangli], phone: ['0812 3456 7890', null] });
    // A unit outside scope is answered like an unknown one.
    expect((await send(coordinator, 'PATCH', `/api/v1/people/${id}`, { unitId: unitNtb })).statusCode).toBe(400);
  });

  it('lets an officer correct people of its own unit only', async () => {
    const otherBangli = await createTestUnit(ctx.database, 'KEJAKSAAN', '51.06', 'Kejaksaan Negeri Bangli');
    const officer = await newAccount('officer', '51.06', unitBangli);
    const session = await signIn(ctx.app, officer.email, password);
    const own = (await send(session, 'POST', '/api/v1/people', { fullName: 'Ni Luh Sari', unitId: unitBangli })).json().id;
    const theirs = (await send(admin, 'POST', '/api/v1/people', { fullName: 'Jaksa Bangli', unitId: otherBangli })).json().id;
    expect((await send(session, 'PATCH', `/api/v1/people/${own}`, { position: 'Anggota' })).statusCode).toBe(200);
    expect((await send(session, 'PATCH', `/api/v1/people/${theirs}`, { position: 'Anggota' })).statusCode).toBe(403);
    expect((await send(session, 'PATCH', `/api/v1/people/${own}`, { unitId: otherBangli })).statusCode).toBe(403);
  });
});
