import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, multipartBody, openTestApp, requestAs, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

const clock = { now: () => new Date('2024-08-01T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'evidence desk password';
const session: Record<'coordinator' | 'officer' | 'stranger' | 'ntb', string> = { coordinator: '', officer: '', stranger: '', ntb: '' };
let itemId = 0;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  const kesbangpol = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  const bawaslu = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  const kpu = await createTestUnit(db, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  await createTestUser(db, { email: 'coord@e.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'officer@e.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bawaslu });
  await createTestUser(db, { email: 'stranger@e.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: kpu });
  await createTestUser(db, { email: 'ntb@e.id', password, role: 'coordinator', scopeRegionCode: '52' });
  for (const who of Object.keys(session) as (keyof typeof session)[]) session[who] = await signIn(ctx.app, `${who === 'coordinator' ? 'coord' : who}@e.id`, password);
  const meeting = await call('coordinator', 'POST', '/meetings', {
    kind: 'rakor', title: 'Rakor tindak lanjut logistik', organiserUnitId: kesbangpol, regionCodes: ['51.06'],
    startsAt: '2024-07-30T09:00:00+08:00', endsAt: '2024-07-30T12:00:00+08:00', mode: 'luring',
  });
  const item = await call('coordinator', 'POST', `/meetings/${meeting.json().id}/action-items`, { title: 'Kirim foto gudang logistik', ownerUnitId: bawaslu, dueDate: '2024-08-05' });
  itemId = item.json().id;
});
afterAll(async () => ctx?.close());

function call(who: keyof typeof session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return requestAs(ctx.app, session[who], method, url, payload);
}

function upload(who: keyof typeof session, file: { content: Buffer | string; filename: string } | null, fields: Record<string, string> = {}, id = itemId) {
  const { payload, contentType } = multipartBody(file, fields);
  return ctx.app.inject({
    method: 'POST', url: `/api/v1/action-items/${id}/evidence`, payload,
    cookies: { sinergi_session: session[who] }, headers: { origin: TEST_ORIGIN, 'content-type': contentType },
  });
}

const fileCount = async () => Number((await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from files`)).rows[0]?.n);

describe('action-item evidence', () => {
  it('keeps the owner officer’s photo with its note in the history, audited, and serves it back byte for byte', async () => {
    const response = await upload('officer', { content: PNG, filename: 'C:\\foto\\gudang.png' }, { note: 'Foto gudang logistik Bangli' });
    expect(response.statusCode).toBe(200);
    const event = response.json().history.at(-1);
    expect(event).toMatchObject({ note: 'Foto gudang logistik Bangli', toStatus: null, file: { name: 'gudang.png', mediaType: 'image/png', size: PNG.length } });
    expect(response.json().version).toBe(1); // evidence changes no field: nobody's open form goes stale

    const download = await call('coordinator', 'GET', `/action-items/${itemId}/evidence/${event.file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain('gudang.png');
    expect(Buffer.compare(download.rawPayload, PNG)).toBe(0);

    const audit = await ctx.database.db.execute<{ action: string; changes: { evidence: [null, { sha256: string }] } }>(
      sql`select action, changes from audit_log where entity_type = 'action_item' and entity_id = ${String(itemId)} order by id desc limit 1`,
    );
    expect(audit.rows[0]).toMatchObject({ action: 'action_item.evidence' });
    expect(audit.rows[0]!.changes.evidence[1].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes a PDF from those who run the meeting too, without a note', async () => {
    const response = await upload('coordinator', { content: PDF, filename: 'berita-acara.pdf' });
    expect(response.statusCode).toBe(200);
    expect(response.json().history.at(-1)).toMatchObject({ note: null, file: { mediaType: 'application/pdf' } });
  });

  it('refuses what is not PDF, PNG or JPEG, whatever it is called, and stores nothing', async () => {
    const before = await fileCount();
    const script = await upload('officer', { content: '<script>alert(1)</script>', filename: 'bukti.pdf' });
    expect(script.statusCode).toBe(415);
    expect(script.json().code).toBe('unsupported_media_type');
    expect((await upload('officer', { content: '', filename: 'kosong.png' })).statusCode).toBe(400);
    expect((await upload('officer', null, { note: 'tanpa berkas' })).statusCode).toBe(400);
    expect(await fileCount()).toBe(before);
  });

  it('refuses a file over 5 MB with 413 and an over-long note with 400', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload('officer', { content: big, filename: 'besar.png' });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('payload_too_large');
    const long = await upload('officer', { content: PNG, filename: 'a.png' }, { note: 'x'.repeat(4001) });
    expect(long.statusCode).toBe(400);
    const unknownField = await upload('officer', { content: PNG, filename: 'a.png' }, { status: 'done' });
    expect(unknownField.statusCode).toBe(400);
  });

  it('lets only the owner unit and the meeting’s runners add evidence; others cannot see it at all', async () => {
    expect((await upload('stranger', { content: PNG, filename: 'a.png' })).statusCode).toBe(403);
    expect((await upload('ntb', { content: PNG, filename: 'a.png' })).statusCode).toBe(404);
    const fileId = (await call('officer', 'GET', `/action-items/${itemId}`)).json().history.find((e: { file: unknown }) => e.file).file.id;
    expect((await call('ntb', 'GET', `/action-items/${itemId}/evidence/${fileId}`)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/action-items/${itemId}/evidence/${fileId}` })).statusCode).toBe(401);
  });

  it('does not serve a file through an item it does not belong to', async () => {
    const other = await ctx.database.db.execute<{ id: number }>(
      sql`insert into files (sha256, media_type, size, name, content, region_code) values ('x', 'image/png', 1, 'logo.png', ${PNG}, '51') returning id`,
    );
    expect((await call('coordinator', 'GET', `/action-items/${itemId}/evidence/${other.rows[0]!.id}`)).statusCode).toBe(404);
    expect((await call('coordinator', 'GET', `/action-items/999999/evidence/1`)).statusCode).toBe(404);
  });
});
