import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../test/helpers.js';
import { TINY_PNG } from '../../../test/hostile/payloads.js';
import { NIP, openPactDesk } from './test-desk.js';

/** 23:00 WITA on 30 September 2024: an hour before Bangli's deadline of 23:59 WITA (15:59 UTC). */
let now = new Date('2024-09-30T15:00:00Z');
let desk: Awaited<ReturnType<typeof openPactDesk>>;

beforeAll(async () => {
  desk = await openPactDesk({ now: () => new Date(now) });
});
afterAll(async () => desk?.close());

describe('campaigns', () => {
  it('takes the deadline in the region’s wall clock and answers it in UTC with the zone', async () => {
    const created = await desk.call('bangli', 'POST', '/pact-campaigns', {
      title: '  Pakta ASN Bangli  ', regionCode: '51.06', deadlineLocal: '2024-09-30T23:59', requiresVideo: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Pakta ASN Bangli', regionName: expect.stringMatching(/BANGLI/i), deadline: '2024-09-30T15:59:00.000Z', timeZone: 'Asia/Makassar',
      requiresDocument: true, requiresVideo: true, requiresSigner: true, requiresSignedOn: true, legalBasis: '', version: 1,
      counts: { targets: 0, belum: 0, terkirim: 0, diverifikasi: 0, ditolak: 0, terlambat: 0, late: 0 },
    });
  });

  it.each([['31', 'Asia/Jakarta', '2024-09-30T16:59:00.000Z'], ['51', 'Asia/Makassar', '2024-09-30T15:59:00.000Z'], ['94', 'Asia/Jayapura', '2024-09-30T14:59:00.000Z']])(
    'a campaign of region %s reads 30 September 23:59 in %s', async (regionCode, timeZone, deadline) => {
      const created = await desk.call('admin', 'POST', '/pact-campaigns', { title: `Pakta ${regionCode}`, regionCode, deadlineLocal: '2024-09-30T23:59' });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ timeZone, deadline });
    },
  );

  it('refuses a deadline that does not exist, with a translated message', async () => {
    const response = await desk.call('bangli', 'POST', '/pact-campaigns', { title: 'X', regionCode: '51.06', deadlineLocal: '2024-02-30T10:00' }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/deadlineLocal/);
  });

  it('a coordinator creates only inside their region; officers and viewers do not create', async () => {
    const body = { title: 'Pakta', regionCode: '51.06', deadlineLocal: '2024-09-30T23:59' };
    expect((await desk.call('ntb', 'POST', '/pact-campaigns', body)).statusCode).toBe(403);
    expect((await desk.call('officer', 'POST', '/pact-campaigns', body)).statusCode).toBe(403);
    expect((await desk.call('viewer', 'POST', '/pact-campaigns', body)).statusCode).toBe(403);
    expect((await desk.call('bali', 'POST', '/pact-campaigns', body)).statusCode).toBe(201);
  });

  it('lists campaigns in scope only', async () => {
    const ntb = await desk.call('ntb', 'GET', '/pact-campaigns');
    expect(ntb.json()).toEqual({ items: [], total: 0 });
    const viewer = await desk.call('viewer', 'GET', '/pact-campaigns?regionCode=51.06&pageSize=1');
    expect(viewer.json().total).toBeGreaterThanOrEqual(2);
    expect(viewer.json().items).toHaveLength(1);
    expect((await desk.call('reporter', 'GET', '/pact-campaigns')).statusCode).toBe(403);
  });

  it('changes at the version read, 409 when stale, and moves the deadline in the region’s zone', async () => {
    const { id } = await desk.campaign();
    const changed = await desk.call('bangli', 'PATCH', `/pact-campaigns/${id}`, { version: 1, deadlineLocal: '2024-10-07T12:00', notes: 'Diperpanjang' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ deadline: '2024-10-07T04:00:00.000Z', notes: 'Diperpanjang', version: 2 });
    const stale = await desk.call('bangli', 'PATCH', `/pact-campaigns/${id}`, { version: 1, title: 'Lama' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { changed: expect.arrayContaining(['deadline', 'notes']) } });
  });
});

describe('targets', () => {
  it('adds targets all or none, refusing names already in the region (ignoring case) with the names', async () => {
    const { id } = await desk.campaign();
    await desk.targets(id, ['Dinas Kesehatan', 'Dinas Pendidikan']);
    const again = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/targets`, {
      targets: [{ name: 'Dinas Sosial', kind: 'perangkat_daerah', regionCode: '51.06' }, { name: ' dinas kesehatan ', kind: 'perangkat_daerah', regionCode: '51.06' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('dinas kesehatan');
    const list = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets`);
    expect(list.json().items.map((t: { name: string }) => t.name)).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan']);
  });

  it('refuses a target outside the campaign’s region', async () => {
    const { id } = await desk.campaign();
    const response = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/targets`, { targets: [{ name: 'KPU Lombok', kind: 'lainnya', regionCode: '52.01' }] });
    expect(response.statusCode).toBe(400);
  });

  it('adds targets from the unit catalogue, inside the region only', async () => {
    const { id } = await desk.campaign();
    const added = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/targets/from-units`, { unitIds: [desk.units.dinasBangli] });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().created[0]).toMatchObject({ name: 'Badan Kesbangpol Kabupaten Bangli', kind: 'perangkat_daerah', regionCode: '51.06', unitId: desk.units.dinasBangli, status: 'belum' });
    const outside = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/targets/from-units`, { unitIds: [desk.units.kpuLombok], kind: 'instansi_vertikal' });
    expect(outside.statusCode).toBe(400);
  });

  it('filters by status, kind, region and name', async () => {
    const { id } = await desk.campaign();
    await desk.targets(id, ['Kecamatan Susut'], '51.06.01');
    await desk.targets(id, ['Dinas Pariwisata']);
    const byRegion = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets?regionCode=51.06.01`);
    expect(byRegion.json().items.map((t: { name: string }) => t.name)).toEqual(['Kecamatan Susut']);
    const byName = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets?q=pariwisata&status=belum`);
    expect(byName.json().total).toBe(1);
    expect((await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets?status=terlambat`)).json().total).toBe(0);
  });
});

describe('target import', () => {
  const csv = (lines: string[]) => multipartBody({ filename: 'sasaran.csv', content: lines.join('\n') }, { keepValid: 'false' });
  const upload = (id: number, body: { payload: Buffer; contentType: string }) =>
    desk.call('bangli', 'POST', `/pact-campaigns/${id}/targets/import`, body.payload, { 'content-type': body.contentType });

  it('reports every bad row (kind, region outside, duplicate) and adds nothing without keepValid', async () => {
    const { id } = await desk.campaign();
    const body = csv(['nama,jenis,kode_wilayah,kontak_email', 'Kecamatan Bangli,kecamatan,51.06.01,camat@bangli.go.id', 'Kantor X,kantor,51.06,', 'KPU Lombok,lainnya,52.01,', 'kecamatan bangli,kecamatan,51.06.01,']);
    const response = await upload(id, body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().created).toEqual([]);
    expect(response.json().rows.map((r: { row: number; ok: boolean; errors: { field: string }[] }) => [r.row, r.ok, r.errors.map((e) => e.field)])).toEqual([
      [2, true, []], [3, false, ['kind']], [4, false, ['regionCode']], [5, false, ['name']],
    ]);
    expect((await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets`)).json().total).toBe(0);
  });

  it('keepValid adds the valid rows; English headers work', async () => {
    const { id } = await desk.campaign();
    const body = multipartBody({ filename: 'targets.csv', content: 'name;kind;region_code\nDesa Apuan;desa;51.06.01.2001\nKantor X;kantor;51.06\n' }, { keepValid: 'true' });
    const response = await upload(id, body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().created.map((t: { name: string; kind: string }) => [t.name, t.kind])).toEqual([['Desa Apuan', 'desa']]);
  });

  it('422 when no row is valid, 400 for a header without the columns', async () => {
    const { id } = await desk.campaign();
    expect((await upload(id, csv(['nama,jenis,kode_wilayah', 'X,kantor,51.06']))).statusCode).toBe(422);
    expect((await upload(id, csv(['foo,bar', 'X,Y']))).statusCode).toBe(400);
  });

  it('serves the template as XLSX', async () => {
    const { id } = await desk.campaign();
    const response = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets/template.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('submission links', () => {
  it('opens only its own target, once, and shows nothing of other targets', async () => {
    const { id } = await desk.campaign();
    const [a, b] = await desk.targets(id, ['Dinas Kominfo', 'Dinas Perhubungan']);
    const tokenA = await desk.link(a!.id);
    const opened = await desk.openLink(a!.id, tokenA);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({
      target: { name: 'Dinas Kominfo', kind: 'perangkat_daerah' }, campaign: { deadline: '2024-09-30T15:59:00.000Z', timeZone: 'Asia/Makassar', requiresDocument: true },
      state: 'belum', alreadySubmitted: false,
    });
    const wrong = await desk.openLink(b!.id, tokenA);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('pact.link_wrong_target');
    expect(wrong.body).not.toContain('Dinas Kominfo');
    expect((await desk.openLink(a!.id, undefined)).statusCode).toBe(401);
    expect((await desk.openLink(a!.id, 'B'.repeat(43))).json().code).toBe('pact.link_invalid');
  });

  it('stores the token only as its SHA-256, and puts it in the URL fragment', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Dinas PUPR']);
    const issued = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/link`, { expiresInDays: 7 });
    const { url, token, expiresAt } = issued.json();
    expect(url).toBe(`http://localhost:80/pakta/${t!.id}#t=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe('2024-10-07T15:00:00.000Z');
    const stored = await desk.database.db.execute<{ token_hash: string }>(sql`select token_hash from pact_targets where id = ${t!.id}`);
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toContain(token);
    const list = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets`);
    expect(list.body).not.toContain(token);
    expect(list.json().items[0].link).toEqual({ issued: true, expiresAt: '2024-10-07T15:00:00.000Z', usedAt: null });
  });

  it('a replaced or revoked link stops working; an expired one answers 410', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Dinas Pertanian']);
    const first = await desk.link(t!.id);
    const second = await desk.link(t!.id);
    expect((await desk.openLink(t!.id, first)).statusCode).toBe(401);
    expect((await desk.openLink(t!.id, second)).statusCode).toBe(200);
    expect((await desk.call('bangli', 'DELETE', `/pact-targets/${t!.id}/link`)).statusCode).toBe(204);
    expect((await desk.openLink(t!.id, second)).statusCode).toBe(401);
    const third = await desk.link(t!.id);
    await desk.database.db.execute(sql`update pact_targets set token_expires_at = ${'2024-09-30T14:59:59Z'} where id = ${t!.id}`);
    const expired = await desk.submitByLink(t!.id, third);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('pact.link_expired');
  });

  it('throttles an address that keeps presenting tokens that open nothing', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Dinas Tenaga Kerja']);
    const token = await desk.link(t!.id);
    const guess = (n: number) => desk.app.inject({ method: 'GET', url: `/api/v1/pact-links/${t!.id}`, headers: { 'x-pact-token': `${'G'.repeat(40)}${String(n).padStart(3, '0')}` }, remoteAddress: '10.9.9.9' });
    for (let n = 0; n < 30; n += 1) expect((await guess(n)).statusCode).toBe(401);
    expect((await guess(30)).statusCode).toBe(429);
    const right = await desk.app.inject({ method: 'GET', url: `/api/v1/pact-links/${t!.id}`, headers: { 'x-pact-token': token }, remoteAddress: '10.9.9.9' });
    expect(right.statusCode).toBe(429);
    expect((await desk.openLink(t!.id, token)).statusCode).toBe(200);
  });

  it('bulk issues links for targets without a live one', async () => {
    const { id } = await desk.campaign();
    const [a, b] = await desk.targets(id, ['Dinas Koperasi', 'Dinas Perikanan']);
    await desk.link(a!.id);
    const bulk = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/links`, {});
    expect(bulk.statusCode, bulk.body).toBe(201);
    expect(bulk.json().links.map((l: { targetId: number }) => l.targetId)).toEqual([b!.id]);
    const listed = await desk.call('bangli', 'POST', `/pact-campaigns/${id}/links`, { targetIds: [a!.id, b!.id] });
    expect(listed.json().links).toHaveLength(2);
    expect(listed.json().links[0].url).toMatch(/#t=[A-Za-z0-9_-]{43}$/);
  });
});

describe('submitting through a link', () => {
  it('takes one submission per link, flags lateness, and audits it as the link', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Dinas Lingkungan Hidup']);
    const token = await desk.link(t!.id);
    const sent = await desk.submitByLink(t!.id, token);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ submittedAt: '2024-09-30T15:00:00.000Z', late: false });
    const reused = await desk.submitByLink(t!.id, token);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().code).toBe('pact.link_used');
    const view = await desk.openLink(t!.id, token);
    expect(view.json()).toMatchObject({ state: 'terkirim', alreadySubmitted: true });
    const audit = await desk.database.db.execute<{ actor_type: string; actor_label: string; action: string }>(sql`
      select actor_type, actor_label, action from audit_log where entity_type = 'pact_target' and entity_id = ${String(t!.id)} and action = 'pact_target.submit'`);
    expect(audit.rows).toEqual([{ actor_type: 'system', actor_label: `pact link ${t!.id}`, action: 'pact_target.submit' }]);
    const submissions = await desk.call('officer', 'GET', `/pact-targets/${t!.id}/submissions`);
    expect(submissions.json()).toEqual([expect.objectContaining({
      channel: 'link', late: false, signerNip: NIP, signedOn: '2024-09-25', document: expect.objectContaining({ mediaType: 'application/pdf', name: 'pakta.pdf' }),
    })]);
    const doc = await desk.call('viewer', 'GET', `/pact-submissions/${submissions.json()[0].id}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.body.startsWith('%PDF')).toBe(true);
    expect((await desk.call('ntb', 'GET', `/pact-submissions/${submissions.json()[0].id}/document`)).statusCode).toBe(404);
  });

  it('a submission after the deadline is stored and flagged late; the target is then late only if rejected', async () => {
    const { id } = await desk.campaign({ deadlineLocal: '2024-09-30T22:00' });
    const [sent, silent] = await desk.targets(id, ['Dinas Perdagangan', 'Dinas Perindustrian']);
    const response = await desk.submitByLink(sent!.id, await desk.link(sent!.id));
    expect(response.json()).toEqual({ submittedAt: '2024-09-30T15:00:00.000Z', late: true });
    const list = await desk.call('viewer', 'GET', `/pact-campaigns/${id}/targets`);
    const byName = Object.fromEntries(list.json().items.map((t: { name: string }) => [t.name, t]));
    expect(byName['Dinas Perdagangan']).toMatchObject({ state: 'terkirim', status: 'terkirim', late: true });
    expect(byName['Dinas Perindustrian']).toMatchObject({ state: 'belum', status: 'terlambat', late: false });
    expect((await desk.call('viewer', 'GET', `/pact-campaigns/${id}`)).json().counts).toEqual({
      targets: 2, belum: 1, terkirim: 1, diverifikasi: 0, ditolak: 0, terlambat: 1, late: 1,
    });
    void silent;
  });

  it('refuses a wrong type, a missing document, a bad NIP and a bad video URL, leaving the link unused', async () => {
    const { id } = await desk.campaign({ requiresVideo: true });
    const [t] = await desk.targets(id, ['Dinas Kebudayaan']);
    const token = await desk.link(t!.id);
    const good = { videoUrl: 'https://youtu.be/abc' };
    const script = await desk.submitByLink(t!.id, token, desk.submissionBody(good, { name: 'document', filename: 'pakta.pdf', contentType: 'application/pdf', content: '<script>alert(1)</script>' }));
    expect(script.statusCode).toBe(415);
    expect((await desk.submitByLink(t!.id, token, desk.submissionBody(good, null))).statusCode).toBe(400);
    expect((await desk.submitByLink(t!.id, token, desk.submissionBody({ ...good, signerNip: '12345' }))).statusCode).toBe(400);
    expect((await desk.submitByLink(t!.id, token, desk.submissionBody({ videoUrl: 'javascript:alert(1)' }))).statusCode).toBe(400);
    const extra = await desk.submitByLink(t!.id, token, desk.submissionBody({ ...good, extra: 'x' }));
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toMatch(/extra/);
    const empty = await desk.submitByLink(t!.id, token, desk.submissionBody(good, { name: 'document', filename: '', contentType: 'application/octet-stream', content: '' }));
    expect(empty.json().message).toMatch(/document/);
    expect((await desk.submitByLink(t!.id, token, desk.submissionBody({}))).json().message).toMatch(/videoUrl/);
    const png = await desk.submitByLink(t!.id, token, desk.submissionBody(good, { name: 'document', filename: 'scan.png', contentType: 'image/png', content: TINY_PNG }));
    expect(png.statusCode, png.body).toBe(201);
  });

  it('refuses a document over 10 MB with 413', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Dinas Kesehatan Hewan']);
    const token = await desk.link(t!.id);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    const response = await desk.submitByLink(t!.id, token, desk.submissionBody({}, { name: 'document', filename: 'big.pdf', contentType: 'application/pdf', content: big }));
    expect(response.statusCode).toBe(413);
    expect((await desk.openLink(t!.id, token)).json().alreadySubmitted).toBe(false);
  });
});

describe('review', () => {
  it('verifies or rejects only from terkirim; a rejection needs a reason; the office resubmits with a new link', async () => {
    const { id } = await desk.campaign();
    const [t] = await desk.targets(id, ['Satpol PP']);
    const early = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/review`, { version: t!.version, decision: 'diverifikasi' });
    expect(early.statusCode).toBe(409);
    const token = await desk.link(t!.id);
    await desk.submitByLink(t!.id, token);
    let target = (await desk.call('bangli', 'GET', `/pact-campaigns/${id}/targets`)).json().items[0];
    const noReason = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/review`, { version: target.version, decision: 'ditolak', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect((await desk.call('officer', 'POST', `/pact-targets/${t!.id}/review`, { version: target.version, decision: 'diverifikasi' })).statusCode).toBe(403);
    const rejected = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/review`, { version: target.version, decision: 'ditolak', reason: 'Tanda tangan tidak terbaca' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ state: 'ditolak', status: 'ditolak', rejectReason: 'Tanda tangan tidak terbaca', reviewerName: 'bangli@pakta.id' });
    expect((await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/review`, { version: target.version, decision: 'diverifikasi' })).statusCode).toBe(409);
    expect((await desk.submitByLink(t!.id, token)).statusCode).toBe(409);
    const again = await desk.submitByLink(t!.id, await desk.link(t!.id));
    expect(again.statusCode, again.body).toBe(201);
    target = (await desk.call('bangli', 'GET', `/pact-campaigns/${id}/targets`)).json().items[0];
    expect(target).toMatchObject({ state: 'terkirim', rejectReason: null, reviewerName: null });
    const verified = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/review`, { version: target.version, decision: 'diverifikasi' });
    expect(verified.json()).toMatchObject({ state: 'diverifikasi', status: 'diverifikasi' });
    const after = await desk.submitByLink(t!.id, await desk.link(t!.id));
    expect(after.statusCode).toBe(409);
    expect(after.json().code).toBe('pact.already_verified');
    expect((await desk.call('viewer', 'GET', `/pact-targets/${t!.id}/submissions`)).json()).toHaveLength(2);
  });

  it('staff enter a submission for an office; nothing can then delete the target or the campaign', async () => {
    const { id, version } = await desk.campaign({ requiresDocument: false });
    const [t] = await desk.targets(id, ['Kelurahan Kawan']);
    const body = desk.submissionBody({}, null);
    const entered = await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/submissions`, body.payload, body.headers);
    expect(entered.statusCode, entered.body).toBe(201);
    expect((await desk.call('bangli', 'POST', `/pact-targets/${t!.id}/submissions`, body.payload, body.headers)).statusCode).toBe(409);
    const target = (await desk.call('bangli', 'GET', `/pact-campaigns/${id}/targets`)).json().items[0];
    expect((await desk.call('bangli', 'DELETE', `/pact-targets/${t!.id}?version=${target.version}`)).statusCode).toBe(409);
    expect((await desk.call('bangli', 'DELETE', `/pact-campaigns/${id}?version=${version}`)).statusCode).toBe(409);
    expect((await desk.call('viewer', 'GET', `/pact-targets/${t!.id}/submissions`)).json()[0]).toMatchObject({ channel: 'staff', document: null });
  });

  it('deletes a target and a campaign that never received anything', async () => {
    const { id, version } = await desk.campaign();
    const [t] = await desk.targets(id, ['Desa Tamanbali'], '51.06');
    expect((await desk.call('bangli', 'DELETE', `/pact-targets/${t!.id}?version=${t!.version + 5}`)).statusCode).toBe(409);
    expect((await desk.call('bangli', 'DELETE', `/pact-targets/${t!.id}?version=${t!.version}`)).statusCode).toBe(204);
    expect((await desk.call('bangli', 'DELETE', `/pact-campaigns/${id}?version=${version}`)).statusCode).toBe(204);
    expect((await desk.call('bangli', 'GET', `/pact-campaigns/${id}`)).statusCode).toBe(404);
  });
});
