import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, multipartBody, openTestApp, requestAs, signIn, TEST_ORIGIN } from '../../../test/helpers.js';
import { emblemPng, JPEG_MAGIC } from '../../../test/images.js';

let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'letterhead desk password';
const session: Record<'coordinator' | 'officer' | 'viewer' | 'ntb', string> = { coordinator: '', officer: '', viewer: '', ntb: '' };
let kesbangpol = 0;
let bawasluBangli = 0;

beforeAll(async () => {
  ctx = await openTestApp();
  kesbangpol = await createTestUnit(ctx.database, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  bawasluBangli = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  await createTestUser(ctx.database, { email: 'coordinator@l.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(ctx.database, { email: 'officer@l.id', password, role: 'officer', scopeRegionCode: '51', unitId: kesbangpol });
  await createTestUser(ctx.database, { email: 'viewer@l.id', password, role: 'viewer', scopeRegionCode: '51' });
  await createTestUser(ctx.database, { email: 'ntb@l.id', password, role: 'coordinator', scopeRegionCode: '52' });
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who}@l.id`, password);
});
afterAll(async () => ctx?.close());

function call(who: keyof typeof session | null, method: 'GET' | 'PUT', url: string, payload?: unknown) {
  return requestAs(ctx.app, who ? session[who] : undefined, method, url, payload);
}

function uploadLogo(who: keyof typeof session, unitId: number, content: Buffer | string, filename = 'logo.png') {
  const { payload, contentType } = multipartBody({ content, filename });
  return ctx.app.inject({
    method: 'PUT', url: `/api/v1/units/${unitId}/letterhead/logo`, payload,
    cookies: { sinergi_session: session[who] }, headers: { origin: TEST_ORIGIN, 'content-type': contentType, 'accept-language': 'en' },
  });
}

const kop = {
  lines: ['PEMERINTAH PROVINSI BALI', 'BADAN KESATUAN BANGSA DAN POLITIK'],
  address: 'Jalan Raya Puputan No. 1, Renon, Denpasar 80235 · Telepon (0361) 000000',
};

describe('letterheads', () => {
  it('is empty until set, and answers 401 without an account and 404 outside scope', async () => {
    expect((await call('viewer', 'GET', `/units/${kesbangpol}/letterhead`)).json()).toEqual({ unitId: kesbangpol, lines: [], address: null, hasLogo: false, updatedAt: null });
    expect((await call(null, 'GET', `/units/${kesbangpol}/letterhead`)).statusCode).toBe(401);
    expect((await call('ntb', 'GET', `/units/${kesbangpol}/letterhead`)).statusCode).toBe(404);
    expect((await call('ntb', 'PUT', `/units/${kesbangpol}/letterhead`, kop)).statusCode).toBe(404);
    expect((await call('coordinator', 'GET', '/units/999999/letterhead')).statusCode).toBe(404);
  });

  it('is written by those who may change the unit, and audited', async () => {
    expect((await call('viewer', 'PUT', `/units/${kesbangpol}/letterhead`, kop)).statusCode).toBe(403);
    // Officers change their unit's records, but not the unit itself (the units service's rule).
    expect((await call('officer', 'PUT', `/units/${kesbangpol}/letterhead`, kop)).statusCode).toBe(403);
    const saved = await call('coordinator', 'PUT', `/units/${kesbangpol}/letterhead`, kop);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...kop, unitId: kesbangpol, hasLogo: false });
    expect(saved.json().updatedAt).not.toBeNull();
    // The same text again changes nothing and records nothing.
    expect((await call('coordinator', 'PUT', `/units/${kesbangpol}/letterhead`, kop)).statusCode).toBe(200);
    const audit = await ctx.database.db.execute(sql`select action, changes from audit_log where entity_type = 'letterhead' and entity_id = ${String(kesbangpol)}`);
    expect(audit.rows.map((r) => r.action)).toEqual(['letterhead.update']);
    expect(JSON.stringify(audit.rows[0]!.changes)).toContain('BADAN KESATUAN BANGSA DAN POLITIK');
    expect((await call('viewer', 'GET', `/units/${kesbangpol}/letterhead`)).json()).toMatchObject(kop);
  });

  it('bounds the lines and the address', async () => {
    const line = 'x'.repeat(200);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: [line, line, line, line, line] })).statusCode).toBe(200);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: Array(6).fill('Baris') })).statusCode).toBe(400);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: [`${line}x`] })).statusCode).toBe(400);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: [], address: 'a'.repeat(301) })).statusCode).toBe(400);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: ['  '] })).statusCode).toBe(400);
    expect((await call('coordinator', 'PUT', `/units/${bawasluBangli}/letterhead`, { lines: [], extra: 1 })).statusCode).toBe(400);
  });

  it('takes a PNG or JPEG logo, keeps the text, and serves the image back', async () => {
    const png = emblemPng(64);
    const uploaded = await uploadLogo('coordinator', kesbangpol, png);
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json()).toMatchObject({ ...kop, hasLogo: true });
    const image = await call('viewer', 'GET', `/units/${kesbangpol}/letterhead/logo`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(png)).toBe(true);
    expect((await uploadLogo('coordinator', bawasluBangli, JPEG_MAGIC, 'logo.jpg')).statusCode).toBe(200);
    expect((await call('coordinator', 'GET', `/units/${bawasluBangli}/letterhead/logo`)).headers['content-type']).toBe('image/jpeg');
    const audit = await ctx.database.db.execute(sql`select action from audit_log where entity_type = 'letterhead' and entity_id = ${String(kesbangpol)} order by id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['letterhead.update', 'letterhead.logo']);
  });

  it('refuses a file that is not a PNG or JPEG with 415 and one over 1 MB with 413, storing nothing', async () => {
    const filesBefore = await ctx.database.db.execute(sql`select count(*)::int as n from files`);
    const pdf = await uploadLogo('coordinator', kesbangpol, '%PDF-1.7\n1 0 obj\n', 'logo.png');
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().code).toBe('unsupported_media_type');
    expect((await uploadLogo('coordinator', kesbangpol, '<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.svg')).statusCode).toBe(415);
    // A PNG signature and header with nothing behind them would leave every minutes PDF without a logo.
    const truncated = emblemPng(64).subarray(0, 40);
    expect((await uploadLogo('coordinator', kesbangpol, truncated, 'logo.png')).statusCode).toBe(415);
    const big = Buffer.concat([emblemPng(16), Buffer.alloc(1024 * 1024)]);
    const tooBig = await uploadLogo('coordinator', kesbangpol, big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('payload_too_large');
    const json = await call('coordinator', 'PUT', `/units/${kesbangpol}/letterhead/logo`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect((await uploadLogo('officer', kesbangpol, emblemPng(16))).statusCode).toBe(403);
    expect((await uploadLogo('ntb', kesbangpol, emblemPng(16))).statusCode).toBe(404);
    const filesAfter = await ctx.database.db.execute(sql`select count(*)::int as n from files`);
    expect(filesAfter.rows[0]!.n).toBe(filesBefore.rows[0]!.n);
    expect((await call('viewer', 'GET', `/units/${kesbangpol}/letterhead/logo`)).rawPayload.equals(emblemPng(64))).toBe(true);
  });

  it('has no logo to serve until one is uploaded', async () => {
    const unit = await createTestUnit(ctx.database, 'KPU', '51', 'KPU Provinsi Bali');
    expect((await call('viewer', 'GET', `/units/${unit}/letterhead/logo`)).statusCode).toBe(404);
    expect((await call('ntb', 'GET', `/units/${kesbangpol}/letterhead/logo`)).statusCode).toBe(404);
  });
});
