import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_INCIDENT } from '../../domain/incidents/attachments.js';
import { requestAs } from '../../../test/helpers.js';
import { buildMultipartAttachments, EXE_BYTES, GPS_JPEG, PDF_BYTES, PNG_BYTES, pngVariant } from '../../../test/attachments.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/** The clock moves within a case (the uploader's delete window); it starts Wednesday 20 November 2024, 11:00 WITA. */
let now = new Date('2024-11-20T03:00:00Z').getTime();
const clock = { now: () => new Date(now) };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
});
afterAll(async () => desk?.close());

type Method = 'GET' | 'POST' | 'DELETE';
function call(who: Who | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return requestAs(desk.app, who ? desk.sessions[who] : undefined, method, url, payload, headers);
}

function upload(who: Who | null, id: number, files: { filename: string; content: Buffer | string }[], lang = 'id') {
  const body = buildMultipartAttachments(files);
  return call(who, 'POST', `/incidents/${id}/attachments`, body.payload, { 'content-type': body.contentType, 'accept-language': lang });
}

async function submit(who: Who = 'reporter'): Promise<number> {
  const response = await call(who, 'POST', '/incidents', report());
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function attachmentRows(id: number): Promise<number> {
  const rows = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from incident_attachments where incident_id = ${id}`);
  return Number(rows.rows[0]!.n);
}

describe('attaching files to a report', () => {
  it('takes a PNG, a JPEG and a PDF in one request from the reporter who sent it, typed by content, and lists them', async () => {
    const id = await submit();
    const response = await upload('reporter', id, [
      { filename: 'foto.png', content: PNG_BYTES }, { filename: 'C:\\HP\\lokasi.jpg', content: GPS_JPEG }, { filename: 'surat.pdf', content: PDF_BYTES },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items as { mediaType: string; name: string; size: number; sha256: string; duplicate: boolean }[];
    expect(items.map((item) => [item.mediaType, item.name, item.duplicate])).toEqual([
      ['image/png', 'foto.png', false], ['image/jpeg', 'lokasi.jpg', false], ['application/pdf', 'surat.pdf', false],
    ]);
    expect(items[1]).toMatchObject({ size: GPS_JPEG.length, sha256: createHash('sha256').update(GPS_JPEG).digest('hex') });

    const list = await call('bali', 'GET', `/incidents/${id}/attachments`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ canAttach: true, maxAttachments: MAX_ATTACHMENTS_PER_INCIDENT, maxBytes: MAX_ATTACHMENT_BYTES });
    expect(list.json().items).toHaveLength(3);
    expect(list.json().items[0]).toMatchObject({ name: 'foto.png', createdBy: { name: expect.any(String) }, createdAt: '2024-11-20T03:00:00.000Z', canDelete: true });
    // The photo's EXIF location stays in the stored original, never in any other answer.
    expect(list.body).not.toMatch(/Exif|GPS|-8\.4/);
  });

  it('refuses a program renamed .jpg with 415 and a translated message, storing nothing of the request', async () => {
    const id = await submit();
    const response = await upload('reporter', id, [{ filename: 'ok.png', content: PNG_BYTES }, { filename: 'foto.jpg', content: EXE_BYTES }]);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/JPEG, PNG, WebP.*PDF/) });
    const english = await upload('reporter', id, [{ filename: 'foto.jpg', content: EXE_BYTES }], 'en');
    expect(english.json().message).toMatch(/image \(JPEG, PNG, WebP\) or a PDF/);
    expect(await attachmentRows(id)).toBe(0);
  });

  it('refuses a file over 10 MB with 413, an empty file and a request without files with 400', async () => {
    const id = await submit();
    const big = Buffer.concat([PNG_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const tooLarge = await upload('reporter', id, [{ filename: 'besar.png', content: big }]);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().message).toMatch(/10 MB/);
    const empty = await upload('reporter', id, [{ filename: 'kosong.jpg', content: Buffer.alloc(0) }]);
    expect(empty.statusCode).toBe(400);
    const none = await upload('reporter', id, []);
    expect(none.statusCode).toBe(400);
    const json = await call('reporter', 'POST', `/incidents/${id}/attachments`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(await attachmentRows(id)).toBe(0);
  });

  it('keeps the same bytes once per report, in one request or across two', async () => {
    const id = await submit();
    const first = await upload('reporter', id, [{ filename: 'a.png', content: PNG_BYTES }, { filename: 'b.png', content: PNG_BYTES }]);
    expect(first.statusCode, first.body).toBe(201);
    const [a, b] = first.json().items;
    expect(b).toMatchObject({ id: a.id, duplicate: true, name: 'a.png' });
    const again = await upload('officer', id, [{ filename: 'lagi.png', content: PNG_BYTES }]);
    expect(again.json().items[0]).toMatchObject({ id: a.id, duplicate: true });
    expect(await attachmentRows(id)).toBe(1);
    // Another report may hold the same bytes: each report keeps its own evidence.
    const other = await submit();
    expect((await upload('reporter', other, [{ filename: 'a.png', content: PNG_BYTES }])).json().items[0].duplicate).toBe(false);
  });

  it(`stops at ${MAX_ATTACHMENTS_PER_INCIDENT} attachments a report with 409, and at 5 files a request with 413`, async () => {
    const id = await submit();
    const sixFiles = Array.from({ length: 6 }, (_, i) => ({ filename: `f${i}.png`, content: pngVariant(100 + i) }));
    expect((await upload('officer', id, sixFiles)).statusCode).toBe(413);
    for (let batch = 0; batch < MAX_ATTACHMENTS_PER_INCIDENT / 5; batch++) {
      const files = Array.from({ length: 5 }, (_, i) => ({ filename: `f${batch}-${i}.png`, content: pngVariant(batch * 5 + i) }));
      expect((await upload('officer', id, files)).statusCode).toBe(201);
    }
    const over = await upload('officer', id, [{ filename: 'lagi.png', content: pngVariant(999) }]);
    expect(over.statusCode).toBe(409);
    expect(over.json().message).toMatch(/20 lampiran/);
    // Bytes already there are no new attachment: still answered.
    expect((await upload('officer', id, [{ filename: 'x.png', content: pngVariant(0) }])).statusCode).toBe(201);
    expect(await attachmentRows(id)).toBe(MAX_ATTACHMENTS_PER_INCIDENT);
  });

  it('is scoped like the report: 404 outside it, 403 for a reader who may not attach', async () => {
    const id = await submit();
    const attached = (await upload('reporter', id, [{ filename: 'a.pdf', content: PDF_BYTES }])).json().items[0];
    for (const who of ['ntb', 'poldaNtb', 'reporter2'] as const) {
      expect((await call(who, 'GET', `/incidents/${id}/attachments`)).statusCode, who).toBe(404);
      expect((await call(who, 'GET', `/incidents/${id}/attachments/${attached.id}`)).statusCode, who).toBe(404);
      expect((await upload(who, id, [{ filename: 'b.png', content: PNG_BYTES }])).statusCode, who).toBe(404);
      expect((await call(who, 'DELETE', `/incidents/${id}/attachments/${attached.id}`)).statusCode, who).toBe(404);
    }
    expect((await call('viewer', 'GET', `/incidents/${id}/attachments`)).json()).toMatchObject({ canAttach: false, items: [{ canDelete: false }] });
    expect((await upload('viewer', id, [{ filename: 'b.png', content: PNG_BYTES }])).statusCode).toBe(403);
    expect((await call(null, 'GET', `/incidents/${id}/attachments`)).statusCode).toBe(401);
    // An attachment is found only under its own report.
    const other = await submit();
    expect((await call('admin', 'GET', `/incidents/${other}/attachments/${attached.id}`)).statusCode).toBe(404);
    expect((await call('admin', 'GET', `/incidents/999999/attachments`)).statusCode).toBe(404);
  });
});

describe('downloading an attachment', () => {
  it('gives the original bytes (EXIF included) as a download that cannot run: attachment, name without its path, nosniff, sandboxed CSP', async () => {
    const id = await submit();
    const [photo, program] = (await upload('reporter', id, [
      { filename: 'C:\\DCIM\\lokasi tkp.jpg', content: GPS_JPEG }, { filename: 'setup.exe', content: pngVariant(7) },
    ])).json().items;
    const response = await call('viewer', 'GET', `/incidents/${id}/attachments/${photo.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(GPS_JPEG)).toBe(true);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="lokasi tkp.jpg"; filename*=UTF-8''lokasi%20tkp.jpg`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/\bsandbox\b/);
    expect(csp).not.toMatch(/script-src/);
    // A PNG named .exe downloads as .exe.png: saved, it opens as the image it is.
    const renamed = await call('reporter', 'GET', `/incidents/${id}/attachments/${program.id}`);
    expect(renamed.headers['content-disposition']).toMatch(/^attachment; filename="setup\.exe\.png"/);
  });
});

describe('deleting an attachment', () => {
  it('the uploader within 15 minutes, coordinators and admins over the region at any time; audited with the digest', async () => {
    const id = await submit();
    const variants = [pngVariant(201), pngVariant(202), pngVariant(203)];
    const [mine, officers, late] = (await upload('reporter', id, [{ filename: 'a.png', content: variants[0]! }])).json().items
      .concat((await upload('officer', id, [{ filename: 'b.png', content: variants[1]! }, { filename: 'c.png', content: variants[2]! }])).json().items);
    expect((await call('officer', 'DELETE', `/incidents/${id}/attachments/${mine.id}`)).statusCode).toBe(403);
    const own = await call('reporter', 'DELETE', `/incidents/${id}/attachments/${mine.id}`);
    expect(own.statusCode, own.body).toBe(204);
    expect((await call('reporter', 'GET', `/incidents/${id}/attachments/${mine.id}`)).statusCode).toBe(404);

    now += 16 * 60_000;
    expect((await call('officer', 'DELETE', `/incidents/${id}/attachments/${officers.id}`)).statusCode).toBe(403);
    expect((await call('bali', 'DELETE', `/incidents/${id}/attachments/${officers.id}`)).statusCode).toBe(204);
    expect((await call('admin', 'DELETE', `/incidents/${id}/attachments/${late.id}`)).statusCode).toBe(204);
    expect((await call('admin', 'DELETE', `/incidents/${id}/attachments/${late.id}`)).statusCode).toBe(404);
    expect(await attachmentRows(id)).toBe(0);
    // The bytes go with the attachment: each upload stored its own row of `files`.
    const digests = [mine, officers, late].map((item: { sha256: string }) => item.sha256);
    const files = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from files where sha256 in (${sql.join(digests.map((d) => sql`${d}`), sql`, `)})`);
    expect(Number(files.rows[0]!.n)).toBe(0);

    const added = await desk.auditRows('incident.attachment_add', String(id));
    expect(added).toHaveLength(2);
    expect(added[0]!.region_code).toBe('51.06.01.2001');
    expect(JSON.stringify(added[1]!.changes)).toContain(officers.sha256);
    const deleted = await desk.auditRows('incident.attachment_delete', String(id));
    expect(deleted).toHaveLength(3);
    expect(deleted[0]!.changes.attachment).toEqual([expect.objectContaining({ id: mine.id, name: 'a.png', sha256: mine.sha256 }), null]);
  });
});
