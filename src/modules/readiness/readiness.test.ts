import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

/** 10:00 WITA on 1 October 2024 (the first week of the Pilkada campaign); moved by some tests. */
let now = '2024-10-01T02:00:00Z';
const clock = { now: () => new Date(now) };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'readiness desk password';
type Who = 'admin' | 'bali' | 'ntb' | 'viewer' | 'officer' | 'reporter';
const session: Record<Who, string> = { admin: '', bali: '', ntb: '', viewer: '', officer: '', reporter: '' };
const unit = { bawasluBangli: 0, kpuBangli: 0, kesbangpolBali: 0, kpuLombok: 0 };
/** Templates added as data, beside the shipped ones: a small one whose percentages are easy to work out. */
const template = { small: 0, smallV2: 0, shipped: 0 };

const label = (text: string) => ({ id: text, en: `${text} (en)` });
const item = (code: string, weight: number) => ({ code, label: label(`Butir ${code.toUpperCase()}`), guidance: label(`Siap bila ${code} selesai.`), weight });

async function addTemplate(code: string, version: number, items: ReturnType<typeof item>[]): Promise<number> {
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    insert into readiness_templates (code, version, domain, stage_code, title_id, title_en, items)
    values (${code}, ${version}, 'logistik', 'kampanye', ${`Uji ${code} v${version}`}, ${`Test ${code} v${version}`}, ${JSON.stringify(items)}::jsonb)
    returning id`);
  return Number(rows.rows[0]!.id);
}

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  unit.bawasluBangli = await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  unit.kpuBangli = await createTestUnit(db, 'KPU', '51.06', 'KPU Kabupaten Bangli');
  unit.kesbangpolBali = await createTestUnit(db, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  unit.kpuLombok = await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
  await createTestUser(db, { email: 'admin@r.id', password, role: 'admin', scopeRegionCode: null });
  await createTestUser(db, { email: 'bali@r.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'ntb@r.id', password, role: 'coordinator', scopeRegionCode: '52' });
  await createTestUser(db, { email: 'viewer@r.id', password, role: 'viewer', scopeRegionCode: '51.06' });
  await createTestUser(db, { email: 'officer@r.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit.bawasluBangli });
  await createTestUser(db, { email: 'reporter@r.id', password, role: 'reporter', scopeRegionCode: '51.06' });
  for (const who of Object.keys(session) as Who[]) session[who] = await signIn(ctx.app, `${who}@r.id`, password);
  template.small = await addTemplate('uji-kecil', 1, [item('a', 3), item('b', 2), item('c', 1)]);
  template.smallV2 = await addTemplate('uji-kecil', 2, [item('a', 3), item('b', 2), item('c', 1), item('d', 2)]);
});
afterAll(async () => ctx?.close());

function call(who: Who | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return ctx.app.inject({
    method, url: `/api/v1${url}`, payload: payload as never, headers: { origin: TEST_ORIGIN },
    ...(who ? { cookies: { sinergi_session: session[who] } } : {}),
  });
}

async function auditRows(action: string, entityId?: string) {
  const rows = await ctx.database.db.execute<{ entity_id: string; region_code: string | null; changes: Record<string, [unknown, unknown]> }>(sql`
    select entity_id, region_code, changes from audit_log where action = ${action} ${entityId ? sql`and entity_id = ${entityId}` : sql``} order by id`);
  return rows.rows.map((row) => ({ ...row, changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes }));
}

describe('templates', () => {
  it('ships the eleven default checklists as version 1, with guidance and weights, beside versions added as data', async () => {
    const response = await call('viewer', 'GET', '/readiness/templates');
    expect(response.statusCode).toBe(200);
    const all = response.json() as { id: number; code: string; version: number; domain: string; items: { guidance: { id: string } }[] }[];
    const shipped = all.filter((t) => !t.code.startsWith('uji-'));
    expect(shipped).toHaveLength(11);
    expect(shipped.every((t) => t.version === 1)).toBe(true);
    expect(shipped.reduce((n, t) => n + t.items.length, 0)).toBe(65);
    expect(all.filter((t) => t.code === 'uji-kecil').map((t) => t.version)).toEqual([1, 2]);
    const nphd = shipped.find((t) => t.code === 'anggaran-nphd')!;
    template.shipped = nphd.id;
    const one = (await call('viewer', 'GET', `/readiness/templates/${nphd.id}`)).json();
    expect(one).toMatchObject({ code: 'anggaran-nphd', domain: 'anggaran', domainLabel: { id: 'Anggaran' }, stageCode: 'perencanaan', status: 'published' });
    expect(one.items[0]).toMatchObject({ code: 'hibah-apbd', weight: 3, guidance: { id: expect.stringContaining('APBD') } });
  });

  it('documents its routes in the OpenAPI description', async () => {
    const paths = Object.keys((await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/v1/readiness/templates', '/api/v1/readiness/templates/{id}', '/api/v1/readiness/assessments', '/api/v1/readiness/assessments/{id}',
      '/api/v1/readiness/assessments/{id}/action-items', '/api/v1/readiness/regions/{code}',
    ]));
  });

  it('is read by every role that reads, not by a reporter or anyone signed out', async () => {
    expect((await call('reporter', 'GET', '/readiness/templates')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/readiness/templates')).statusCode).toBe(401);
    expect((await call('viewer', 'GET', '/readiness/templates/999999')).statusCode).toBe(404);
  });
});

describe('assessments', () => {
  let bangli = 0;

  it('computes the weighted percent: weights 3, 2, 1 as siap, sebagian, belum give 100·(3 + 1 + 0)/6 = 66.67', async () => {
    const response = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.06', responsibleUnitId: unit.bawasluBangli, note: 'Rapat monev pertama',
      items: [
        { code: 'a', status: 'siap', evidence: 'https://jdih.banglikab.go.id/sk-12-2024', note: 'SK terbit' },
        { code: 'b', status: 'sebagian', responsibleUnitId: unit.kpuBangli },
      ],
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    bangli = body.id;
    // 10:00 WITA on 1 October: the day in Bangli's zone.
    expect(body).toMatchObject({
      assessedOn: '2024-10-01', percent: 66.67, version: 1, responsibleUnitId: unit.bawasluBangli, responsibleUnitName: 'Bawaslu Kabupaten Bangli',
      region: { code: '51.06', name: 'Kabupaten Bangli', level: 2, parentCode: '51' }, template: { id: template.small, code: 'uji-kecil', version: 1 },
      counts: { siap: 1, sebagian: 1, belum: 1, tidak_berlaku: 0 }, note: 'Rapat monev pertama',
    });
    expect(body.items).toEqual([
      expect.objectContaining({ code: 'a', status: 'siap', weight: 3, label: label('Butir A'), guidance: label('Siap bila a selesai.'), evidence: 'https://jdih.banglikab.go.id/sk-12-2024', note: 'SK terbit' }),
      expect.objectContaining({ code: 'b', status: 'sebagian', weight: 2, responsibleUnitId: unit.kpuBangli, responsibleUnitName: 'KPU Kabupaten Bangli' }),
      expect.objectContaining({ code: 'c', status: 'belum', weight: 1, responsibleUnitId: null, actionItemId: null }),
    ]);
    expect((await call('viewer', 'GET', `/readiness/assessments/${bangli}`)).json()).toMatchObject({ id: bangli, percent: 66.67 });
    const [created] = await auditRows('readiness_assessment.create', String(bangli));
    expect(created).toMatchObject({ region_code: '51.06', changes: { 'items.a': [null, { status: 'siap' }], assessedOn: [null, '2024-10-01'], version: [null, 1] } });
  });

  it('leaves "tidak berlaku" out: siap (3), tidak berlaku (2), belum (1) give 100·3/4 = 75; nothing applicable gives null', async () => {
    const some = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.03', assessedOn: '2024-09-15',
      items: [{ code: 'a', status: 'siap' }, { code: 'b', status: 'tidak_berlaku' }],
    });
    expect(some.statusCode).toBe(201);
    expect(some.json()).toMatchObject({ percent: 75, counts: { siap: 1, sebagian: 0, belum: 1, tidak_berlaku: 1 } });
    const none = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.71', assessedOn: '2024-09-15',
      items: ['a', 'b', 'c'].map((code) => ({ code, status: 'tidak_berlaku' })),
    });
    expect(none.json().percent).toBeNull();
  });

  it('takes the default day in the region’s own zone', async () => {
    // 23:30 WIB on 30 September is already 1 October in Bali (WITA) and Papua (WIT), not yet in Jakarta.
    now = '2024-09-30T16:30:00Z';
    try {
      const jakarta = await call('admin', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '31.71' });
      expect(jakarta.json().assessedOn).toBe('2024-09-30');
      const bali = await call('admin', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.02' });
      expect(bali.json().assessedOn).toBe('2024-10-01');
      // Still the 30th in Jakarta: a day ahead of it is refused there.
      expect((await call('admin', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '31.72', assessedOn: '2024-10-01' })).statusCode).toBe(400);
    } finally {
      now = '2024-10-01T02:00:00Z';
    }
  });

  it('refuses a second assessment of the same checklist, region and day (409), unknown items, and regions below kabupaten/kota', async () => {
    const again = await call('bali', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06', assessedOn: '2024-10-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    // Another version of the same checklist is another template: its own assessment that day.
    expect((await call('bali', 'POST', '/readiness/assessments', { templateId: template.smallV2, regionCode: '51.06', assessedOn: '2024-10-01' })).statusCode).toBe(201);
    const unknown = await call('bali', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-01', items: [{ code: 'z', status: 'siap' }] });
    expect(unknown.statusCode).toBe(400);
    const twice = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-01', items: [{ code: 'a', status: 'siap' }, { code: 'a', status: 'belum' }],
    });
    expect(twice.statusCode).toBe(400);
    expect((await call('bali', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06.01', assessedOn: '2024-09-01' })).statusCode).toBe(400);
    expect((await call('bali', 'POST', '/readiness/assessments', { templateId: 999999, regionCode: '51.06', assessedOn: '2024-09-01' })).statusCode).toBe(400);
    expect((await call('bali', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06', responsibleUnitId: unit.kpuLombok })).statusCode).toBe(400);
  });

  it('saves changes at the version read, audits every changed item, and refuses a stale save with what changed', async () => {
    const saved = await call('bali', 'PATCH', `/readiness/assessments/${bangli}`, {
      version: 1, note: 'Monev kedua', items: [{ code: 'c', status: 'siap', evidence: 'Berita acara 3/X/2024' }, { code: 'a', status: 'siap' }],
    });
    expect(saved.statusCode).toBe(200);
    // 100·(3 + 1 + 1)/6 = 83.33
    expect(saved.json()).toMatchObject({ version: 2, percent: 83.33, note: 'Monev kedua' });
    const [row] = await auditRows('readiness_assessment.update', String(bangli));
    expect(Object.keys(row!.changes).sort()).toEqual(['items.c', 'note', 'version']);
    expect(row!.changes['items.c']).toEqual([
      { status: 'belum', note: null, evidence: null, responsibleUnitId: null },
      { status: 'siap', note: null, evidence: 'Berita acara 3/X/2024', responsibleUnitId: null },
    ]);
    expect(row!.changes.version).toEqual([1, 2]);

    const stale = await call('bali', 'PATCH', `/readiness/assessments/${bangli}`, { version: 1, items: [{ code: 'b', status: 'siap' }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { changed: expect.arrayContaining(['items.c', 'note']), current: { version: 2, percent: 83.33 } } });

    // Back to c = belum for the gaps below: 66.67 again.
    const back = await call('bali', 'PATCH', `/readiness/assessments/${bangli}`, { version: 2, items: [{ code: 'c', status: 'belum' }] });
    expect(back.json()).toMatchObject({ version: 3, percent: 66.67 });
    // Nothing changed: the version stays.
    expect((await call('bali', 'PATCH', `/readiness/assessments/${bangli}`, { version: 3, items: [{ code: 'c', status: 'belum' }] })).json().version).toBe(3);
    expect((await call('bali', 'PATCH', `/readiness/assessments/${bangli}`, { version: 3, items: [{ code: 'q', status: 'siap' }] })).statusCode).toBe(400);
  });

  it('keeps each assessment in its region: 404 to readers outside, 403 to those who only read or work for another unit', async () => {
    expect((await call('ntb', 'GET', `/readiness/assessments/${bangli}`)).statusCode).toBe(404);
    expect((await call('ntb', 'PATCH', `/readiness/assessments/${bangli}`, { version: 3, note: 'x' })).statusCode).toBe(404);
    expect((await call('ntb', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-02' })).statusCode).toBe(403);
    expect((await call('viewer', 'PATCH', `/readiness/assessments/${bangli}`, { version: 3, note: 'x' })).statusCode).toBe(403);
    expect((await call('viewer', 'POST', '/readiness/assessments', { templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-02' })).statusCode).toBe(403);
    expect((await call('reporter', 'GET', `/readiness/assessments/${bangli}`)).statusCode).toBe(404);
    // The officer's unit answers for this assessment; not for one of the KPU.
    expect((await call('officer', 'PATCH', `/readiness/assessments/${bangli}`, { version: 3, note: 'Dicek Bawaslu' })).statusCode).toBe(200);
    expect((await call('officer', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-02', responsibleUnitId: unit.kpuBangli,
    })).statusCode).toBe(403);
    expect((await call('officer', 'PATCH', `/readiness/assessments/${bangli}`, { version: 4, responsibleUnitId: unit.kpuBangli })).statusCode).toBe(403);
  });

  it('lists only what the reader may read, newest first, filtered by region, template and domain', async () => {
    const bali = (await call('bali', 'GET', '/readiness/assessments?limit=100')).json();
    expect(bali.items.every((a: { region: { code: string } }) => a.region.code.startsWith('51'))).toBe(true);
    expect(bali.total).toBe(bali.items.length);
    const days = bali.items.map((a: { assessedOn: string }) => a.assessedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect((await call('ntb', 'GET', '/readiness/assessments')).json()).toEqual({ items: [], total: 0 });
    const viewer = (await call('viewer', 'GET', '/readiness/assessments')).json();
    expect(viewer.items.map((a: { region: { code: string } }) => a.region.code).every((code: string) => code === '51.06')).toBe(true);
    const filtered = (await call('admin', 'GET', `/readiness/assessments?region=51.06&templateId=${template.small}&domain=logistik`)).json();
    expect(filtered.items.map((a: { id: number }) => a.id)).toEqual([bangli]);
    expect(filtered.items[0]).toMatchObject({ percent: 66.67, counts: { siap: 1, sebagian: 1, belum: 1 } });
    expect((await call('admin', 'GET', '/readiness/assessments?domain=anggaran')).json().total).toBe(0);
    expect((await call('reporter', 'GET', '/readiness/assessments')).statusCode).toBe(403);
  });
});

describe('a region’s readiness', () => {
  it('shows per domain the latest of each checklist, its history, and the domain percent', async () => {
    // An earlier assessment of Bangli: 100·(3·0.5)/6 = 25.
    const earlier = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.small, regionCode: '51.06', assessedOn: '2024-09-01', items: [{ code: 'a', status: 'sebagian' }],
    });
    expect(earlier.json().percent).toBe(25);
    // The NPHD checklist (weights 3, 3, 3, 2, 2): all siap but the two of weight 2 → 100·9/13 = 69.23.
    const nphd = await call('bali', 'POST', '/readiness/assessments', {
      templateId: template.shipped, regionCode: '51.06', items: ['hibah-apbd', 'nphd-kpu', 'nphd-bawaslu'].map((code) => ({ code, status: 'siap' })),
    });
    expect(nphd.json().percent).toBe(69.23);

    const view = (await call('viewer', 'GET', '/readiness/regions/51.06')).json();
    expect(view.region).toEqual({ code: '51.06', name: 'Kabupaten Bangli', level: 2, parentCode: '51' });
    expect(view.rollUp).toBeNull();
    const logistik = view.domains.find((d: { domain: string }) => d.domain === 'logistik');
    const small = logistik.templates.find((t: { template: { code: string } }) => t.template.code === 'uji-kecil');
    // The family shows as its newest version; its history holds both versions' assessments, oldest first.
    expect(small.template).toMatchObject({ id: template.smallV2, version: 2 });
    expect(small.history.map((h: { assessedOn: string; percent: number; templateVersion: number }) => [h.assessedOn, h.templateVersion, h.percent])).toEqual([
      ['2024-09-01', 1, 25], ['2024-10-01', 1, 66.67], ['2024-10-01', 2, 0],
    ]);
    expect(small.latest).toMatchObject({ templateVersion: 2, percent: 0 });
    const pengadaan = logistik.templates.find((t: { template: { code: string } }) => t.template.code === 'logistik-pengadaan');
    expect(pengadaan).toMatchObject({ latest: null, history: [] });
    // Only checklists with an assessment count: logistik = mean(0) = 0; anggaran = mean(69.23) = 69.23.
    expect(logistik.percent).toBe(0);
    expect(view.domains.find((d: { domain: string }) => d.domain === 'anggaran').percent).toBe(69.23);
    expect(view.percent).toBe(34.62);
    expect(view.domains.map((d: { domain: string }) => d.domain)).toEqual(['anggaran', 'logistik', 'keamanan', 'data_pemilih', 'badan_adhoc', 'siber', 'netralitas_asn', 'bencana']);
  });

  it('rolls a province up from its kabupaten/kota: an unweighted mean over those assessed, the rest listed as missing', async () => {
    const view = (await call('bali', 'GET', '/readiness/regions/51')).json();
    expect(view.rollUp.children).toHaveLength(9);
    const small = view.rollUp.templates.find((t: { code: string }) => t.code === 'uji-kecil');
    // Latest per kabupaten/kota: Bangli 0 (version 2 on 1 Oct), Badung 75, Tabanan 0 (its default-day one, all belum);
    // Denpasar's has nothing applicable (null), so it counts as missing: mean(0, 75, 0) = 25.
    expect(small).toMatchObject({ percent: 25, assessed: 3, expected: 9 });
    expect(small.missing).toEqual(['51.01', '51.04', '51.05', '51.07', '51.08', '51.71']);
    const nphd = view.rollUp.templates.find((t: { code: string }) => t.code === 'anggaran-nphd');
    expect(nphd).toMatchObject({ percent: 69.23, assessed: 1, expected: 9 });
    expect(nphd.missing).toHaveLength(8);
    // The province itself has no assessment of its own.
    expect(view.percent).toBeNull();
  });

  it('rolls up exactly two assessed kabupaten out of Bali’s nine, with the other seven missing', async () => {
    // A checklist of its own, so that only these two assessments count: Bangli 100, Klungkung 50 → 75.
    const own = await addTemplate('uji-dua', 1, [item('x', 1), item('y', 1)]);
    await call('bali', 'POST', '/readiness/assessments', { templateId: own, regionCode: '51.06', items: [{ code: 'x', status: 'siap' }, { code: 'y', status: 'siap' }] });
    await call('bali', 'POST', '/readiness/assessments', { templateId: own, regionCode: '51.05', items: [{ code: 'x', status: 'siap' }] });
    const view = (await call('admin', 'GET', '/readiness/regions/51')).json();
    expect(view.rollUp.templates.find((t: { code: string }) => t.code === 'uji-dua')).toEqual({
      code: 'uji-dua', domain: 'logistik', title: { id: 'Uji uji-dua v1', en: 'Test uji-dua v1' },
      percent: 75, assessed: 2, expected: 9, missing: ['51.01', '51.02', '51.03', '51.04', '51.07', '51.08', '51.71'],
    });
  });

  it('answers 404 outside the reader’s scope and 400 below kabupaten/kota', async () => {
    expect((await call('ntb', 'GET', '/readiness/regions/51.06')).statusCode).toBe(404);
    expect((await call('viewer', 'GET', '/readiness/regions/51')).statusCode).toBe(404);
    expect((await call('admin', 'GET', '/readiness/regions/51.06.01')).statusCode).toBe(400);
    expect((await call('admin', 'GET', '/readiness/regions/99.99')).statusCode).toBe(404);
  });
});

describe('gaps into action items', () => {
  let assessment = 0;
  let meeting = 0;

  beforeAll(async () => {
    assessment = (await call('bali', 'GET', `/readiness/assessments?region=51.06&templateId=${template.small}`)).json().items
      .find((a: { assessedOn: string }) => a.assessedOn === '2024-10-01').id;
    const created = await call('bali', 'POST', '/meetings', {
      kind: 'rakor', title: 'Rakor kesiapan Pilkada Bangli', organiserUnitId: unit.kesbangpolBali, regionCodes: ['51.06'],
      startsAt: '2024-10-02T09:00:00+08:00', mode: 'luring',
    });
    expect(created.statusCode).toBe(201);
    meeting = created.json().id;
  });

  it('makes one action item per gap, owned by the item’s unit else the assessment’s, linked from the item and audited', async () => {
    const response = await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting, dueDate: '2024-10-20' });
    expect(response.statusCode).toBe(201);
    const { items, skipped } = response.json();
    expect(skipped).toEqual([]);
    // a is siap; b (sebagian) belongs to KPU Bangli; c (belum) has no unit of its own: the assessment's Bawaslu Bangli.
    expect(items).toEqual([
      expect.objectContaining({ itemCode: 'b', title: 'Butir B — Kabupaten Bangli', ownerUnitId: unit.kpuBangli, meetingId: meeting, status: 'open', dueDate: '2024-10-20' }),
      expect.objectContaining({ itemCode: 'c', title: 'Butir C — Kabupaten Bangli', ownerUnitId: unit.bawasluBangli, meetingId: meeting, status: 'open' }),
    ]);
    const view = (await call('bali', 'GET', `/readiness/assessments/${assessment}`)).json();
    expect(view.items.map((i: { code: string; actionItemId: number | null; actionItemStatus: string | null }) => [i.code, i.actionItemId, i.actionItemStatus])).toEqual([
      ['a', null, null], ['b', items[0].id, 'open'], ['c', items[1].id, 'open'],
    ]);
    // The action items' own path: each has its first history event and its audit row.
    const detail = (await call('bali', 'GET', `/action-items/${items[0].id}`)).json();
    expect(detail.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'open' })]);
    expect((await auditRows('action_item.create', String(items[0].id)))[0]).toMatchObject({ region_code: '51.06', changes: { title: [null, 'Butir B — Kabupaten Bangli'] } });
    const [linked] = await auditRows('readiness_assessment.action_items', String(assessment));
    expect(linked!.changes).toEqual({ meetingId: [null, meeting], 'items.b.actionItemId': [null, items[0].id], 'items.c.actionItemId': [null, items[1].id] });
    // Linking is bookkeeping: the assessment keeps its version.
    expect(view.version).toBe(4);
  });

  it('makes nothing new the second time: the gaps are followed already', async () => {
    const again = await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting });
    expect(again.statusCode).toBe(200);
    expect(again.json().items).toEqual([]);
    expect(again.json().skipped.map((s: { itemCode: string }) => s.itemCode)).toEqual(['b', 'c']);
    const count = await ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from action_items where meeting_id = ${meeting}`);
    expect(count.rows[0]!.n).toBe(2);
  });

  it('makes a new one for a gap whose action item was closed', async () => {
    const link = (await call('bali', 'GET', `/readiness/assessments/${assessment}`)).json().items.find((i: { code: string }) => i.code === 'c');
    const current = (await call('bali', 'GET', `/action-items/${link.actionItemId}`)).json();
    expect((await call('bali', 'PATCH', `/action-items/${link.actionItemId}`, { version: current.version, status: 'cancelled' })).statusCode).toBe(200);
    const response = await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting, itemCodes: ['c'], ownerUnitId: unit.kpuBangli });
    expect(response.statusCode).toBe(201);
    expect(response.json().items).toEqual([expect.objectContaining({ itemCode: 'c', ownerUnitId: unit.kpuBangli })]);
    expect(response.json().items[0].id).not.toBe(link.actionItemId);
  });

  it('refuses items that are not gaps or unknown, gaps without an owner, and callers who may not add to the meeting', async () => {
    expect((await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting, itemCodes: ['a'] })).statusCode).toBe(400);
    expect((await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting, itemCodes: ['zz'] })).statusCode).toBe(400);
    // Badung's assessment names no unit, and neither do its items.
    const badung = (await call('bali', 'GET', '/readiness/assessments?region=51.03')).json().items[0].id;
    const ownerless = await call('bali', 'POST', `/readiness/assessments/${badung}/action-items`, { meetingId: meeting });
    expect(ownerless.statusCode).toBe(400);
    expect((await call('bali', 'POST', `/readiness/assessments/${badung}/action-items`, { meetingId: meeting, ownerUnitId: unit.kpuLombok })).statusCode).toBe(400);
    // The viewer reads both the assessment and the meeting, but may not add to the meeting.
    expect((await call('viewer', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting })).statusCode).toBe(403);
    expect((await call('ntb', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: meeting })).statusCode).toBe(404);
    expect((await call('bali', 'POST', `/readiness/assessments/${assessment}/action-items`, { meetingId: 999999 })).statusCode).toBe(404);
  });
});
