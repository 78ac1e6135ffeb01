import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll } from '../../../test/helpers.js';
import { HAS_PDFTOTEXT, IN_CI, pdfText } from '../../../test/pdf-text.js';
import { loadPoliticalReportTemplates } from '../../db/seed/political-reports.js';
import { XLSX_MEDIA_TYPE } from '../meeting-sheets/workbook.js';
import { createPoliticalReportService } from './service.js';

// 10 August 2024: July's kabupaten/kota reports were due on 5 August, 23:59 WITA.
const clock = { now: () => new Date('2024-08-10T03:00:00Z') };
const password = 'political report password';
let ctx: Awaited<ReturnType<typeof openTestApp>>;
let session: Record<'admin' | 'national' | 'province' | 'bangli' | 'officer' | 'viewer' | 'ntb', string>;
let bangliUnit = 0;

const call = (who: keyof typeof session | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  requestAs(ctx.app, who ? session[who] : undefined, method, url, payload);
async function ok(response: Awaited<ReturnType<typeof call>>) {
  if (response.statusCode >= 300) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json();
}
const count = async (query: ReturnType<typeof sql>) => Number((await ctx.database.db.execute(query)).rows[0]!.n);

let periodicTemplate = 0;
let kabkotaSchedule = 0;
/** The July report of a kabupaten/kota (or province), as the list finds it. */
async function julyReport(regionCode: string) {
  const list = await ok(await call('admin', 'GET', `/political-reports?regionCode=${regionCode}&period=2024-07&kind=periodik`));
  return list.items.find((r: { regionCode: string }) => r.regionCode === regionCode);
}

beforeAll(async () => {
  ctx = await openTestApp(clock);
  bangliUnit = await createTestUnit(ctx.database, 'KESBANGPOL', '51.06', 'Badan Kesbangpol Kabupaten Bangli');
  session = await signInAll(ctx.app, ctx.database, {
    admin: { email: 'admin@pr.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'polpum@pr.id', password, role: 'coordinator', scopeRegionCode: null },
    province: { email: 'bali@pr.id', password, role: 'coordinator', scopeRegionCode: '51' },
    bangli: { email: 'bangli@pr.id', password, role: 'coordinator', scopeRegionCode: '51.06' },
    officer: { email: 'petugas.bangli@pr.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: bangliUnit },
    viewer: { email: 'viewer@pr.id', password, role: 'viewer', scopeRegionCode: '51' },
    ntb: { email: 'ntb@pr.id', password, role: 'coordinator', scopeRegionCode: '52' },
  });
}, 120_000);
afterAll(async () => ctx?.close());

describe('templates and schedules', () => {
  it('ships the two Permendagri 61/2011 outlines, and seeding again adds nothing', async () => {
    const templates = await ok(await call('viewer', 'GET', '/political-report-templates'));
    const periodic = templates.find((t: { code: string }) => t.code === 'permendagri-61-2011');
    expect(periodic.kind).toBe('periodik');
    expect(periodic.sections.map((s: { key: string }) => s.key)).toEqual(['politik', 'ormas', 'penyelenggaraan', 'potensi_konflik', 'keamanan', 'netralitas_asn', 'media', 'rekomendasi']);
    expect(templates.find((t: { code: string }) => t.code === 'insidental-61-2011').kind).toBe('insidental');
    periodicTemplate = periodic.id;
    const again = await loadPoliticalReportTemplates(ctx.database);
    expect(again.skipped).toBe(true);
    expect(await count(sql`select count(*)::int as n from political_report_templates`)).toBe(templates.length);
  });

  it('templates are changed by national administrators only', async () => {
    const body = { code: 'uji-templat', nameId: 'Uji', nameEn: 'Test', kind: 'insidental', sections: [{ key: 'isi', titleId: 'Isi', titleEn: 'Content' }] };
    expect((await call('national', 'POST', '/political-report-templates', body)).statusCode).toBe(403);
    const created = await ok(await call('admin', 'POST', '/political-report-templates', body));
    expect((await call('admin', 'POST', '/political-report-templates', body)).statusCode).toBe(409);
    expect((await call('admin', 'POST', '/political-report-templates', { ...body, code: 'x2', sections: [{ key: 'rollup', titleId: 'a', titleEn: 'b' }] })).statusCode).toBe(400);
    const changed = await ok(await call('admin', 'PATCH', `/political-report-templates/${created.id}`, { version: 1, active: false }));
    expect(changed).toMatchObject({ active: false, version: 2 });
    expect((await call('admin', 'PATCH', `/political-report-templates/${created.id}`, { version: 1, nameId: 'Lama' })).statusCode).toBe(409);
  });

  it('schedules: a province coordinator inside its province, never for the country nor above its scope', async () => {
    const body = { templateId: periodicTemplate, level: 'kabkota', regionCode: '51', period: 'bulanan', dueDays: 5, startsOn: '2024-07-01' };
    expect((await call('bangli', 'POST', '/political-report-schedules', body)).statusCode).toBe(403);
    expect((await call('officer', 'POST', '/political-report-schedules', body)).statusCode).toBe(403);
    expect((await call('province', 'POST', '/political-report-schedules', { ...body, regionCode: null })).statusCode).toBe(400);
    expect((await call('province', 'POST', '/political-report-schedules', { ...body, dueDays: 61 })).statusCode).toBe(400);
    expect((await call('province', 'POST', '/political-report-schedules', { ...body, regionCode: '51.06' })).statusCode).toBe(400);
    const created = await ok(await call('province', 'POST', '/political-report-schedules', body));
    expect(created).toMatchObject({ level: 'kabkota', regionCode: '51', period: 'bulanan', dueDays: 5, startsOn: '2024-07-01', active: true, version: 1 });
    kabkotaSchedule = created.id;
    await ok(await call('admin', 'POST', '/political-report-schedules', { ...body, level: 'provinsi', regionCode: null, dueDays: 10 }));
    const seen = await ok(await call('bangli', 'GET', '/political-report-schedules'));
    expect(seen.map((s: { id: number }) => s.id)).toContain(kabkotaSchedule);
    expect((await ok(await call('ntb', 'GET', '/political-report-schedules'))).map((s: { id: number }) => s.id)).not.toContain(kabkotaSchedule);
  });
});

describe('owed reports', () => {
  it('are materialised once, however many reads race', async () => {
    const other = createPoliticalReportService(ctx.database.db, clock); // as a second server process would
    await Promise.all([
      call('province', 'GET', '/political-reports'), call('bangli', 'GET', '/political-reports'), other.obligations.ensure(), other.obligations.ensure(),
    ]);
    const kabkota = await count(sql`select count(*)::int as n from regions where level = 2 and province_code = '51'`);
    expect(await count(sql`select count(*)::int as n from political_reports where schedule_id = ${kabkotaSchedule}`)).toBe(kabkota * 2); // July and August
    expect(await count(sql`select count(distinct (region_code, period_start))::int as n from political_reports where schedule_id = ${kabkotaSchedule}`)).toBe(kabkota * 2);
    await call('province', 'GET', '/political-reports');
    expect(await count(sql`select count(*)::int as n from political_reports where schedule_id = ${kabkotaSchedule}`)).toBe(kabkota * 2);
  });

  it('are due at 23:59 local time, late once past it, and seen only in scope', async () => {
    const bangli = await julyReport('51.06');
    expect(bangli).toMatchObject({ kind: 'periodik', periodStart: '2024-07-01', periodEnd: '2024-07-31', dueAt: '2024-08-05T15:59:59.000Z', timeZone: 'WITA', state: 'belum', late: true });
    const bangliList = await ok(await call('bangli', 'GET', '/political-reports?kind=periodik'));
    expect(bangliList.items.every((r: { regionCode: string }) => r.regionCode === '51.06')).toBe(true);
    expect(bangliList.total).toBe(2);
    const august = await ok(await call('bangli', 'GET', '/political-reports?period=2024-08&kind=periodik'));
    expect(august.items).toHaveLength(1);
    expect(august.items[0]).toMatchObject({ late: false, dueAt: '2024-09-05T15:59:59.000Z' });
    expect((await ok(await call('bangli', 'GET', '/political-reports?late=true&kind=periodik'))).items.map((r: { periodStart: string }) => r.periodStart)).toEqual(['2024-07-01']);
    expect((await ok(await call('ntb', 'GET', '/political-reports?regionCode=51'))).total).toBe(0);
    expect((await call('ntb', 'GET', `/political-reports/${bangli.id}`)).statusCode).toBe(404);
    expect((await call('bangli', 'GET', '/political-reports?period=2024-13')).statusCode).toBe(400);
  });
});

describe('drafting, submitting and review', () => {
  let id = 0;
  it('drafts overwrite the open draft; an empty report cannot be submitted', async () => {
    id = (await julyReport('51.06')).id;
    expect((await call('viewer', 'PUT', `/political-reports/${id}/draft`, { version: 1, sections: {}, summary: '' })).statusCode).toBe(403);
    expect((await call('officer', 'PUT', `/political-reports/${id}/draft`, { version: 1, sections: { bogus: 'x' }, summary: '' })).statusCode).toBe(400);
    expect((await call('officer', 'PUT', `/political-reports/${id}/draft`, { version: 1, sections: { politik: 'x'.repeat(20_001) }, summary: '' })).statusCode).toBe(400);
    let report = await ok(await call('officer', 'PUT', `/political-reports/${id}/draft`, { version: 1, sections: { politik: 'Dinamika DPRD' }, summary: '' }));
    expect(report).toMatchObject({ state: 'draf', currentVersion: 1, version: 2 });
    expect((await call('officer', 'POST', `/political-reports/${id}/submit`, { version: 2 })).statusCode).toBe(422);
    report = await ok(await call('officer', 'PUT', `/political-reports/${id}/draft`, {
      version: 2, sections: { politik: 'Dinamika DPRD Bangli kondusif.', keamanan: 'Aman terkendali.' }, summary: 'Situasi Bangli kondusif.',
    }));
    expect(report.versions).toHaveLength(1);
    expect(report.content.summary).toBe('Situasi Bangli kondusif.');
    expect(report.actions).toEqual(['edit', 'submit', 'comment']);
    expect((await call('officer', 'PUT', `/political-reports/${id}/draft`, { version: 2, sections: {}, summary: 'lama' })).statusCode).toBe(409);
  });

  it('submit → review → return with a comment → resubmit as version 2 → accept', async () => {
    let report = await ok(await call('officer', 'POST', `/political-reports/${id}/submit`, { version: 3 }));
    expect(report).toMatchObject({ state: 'terkirim', late: true, submittedAt: '2024-08-10T03:00:00.000Z', currentVersion: 1 });
    // The kab/kota's own coordinator cannot review its report; the province can.
    expect((await call('bangli', 'POST', `/political-reports/${id}/review`, { version: 4, action: 'terima' })).statusCode).toBe(403);
    expect((await call('officer', 'PUT', `/political-reports/${id}/draft`, { version: 4, sections: {}, summary: 'x' })).statusCode).toBe(409);
    report = await ok(await call('province', 'POST', `/political-reports/${id}/review`, { version: 4, action: 'mulai' }));
    expect(report.state).toBe('ditinjau');
    expect((await call('province', 'POST', `/political-reports/${id}/review`, { version: 5, action: 'mulai' })).statusCode).toBe(409);
    expect((await call('province', 'POST', `/political-reports/${id}/review`, { version: 5, action: 'kembalikan' })).statusCode).toBe(400);
    report = await ok(await call('province', 'POST', `/political-reports/${id}/review`, { version: 5, action: 'kembalikan', comment: 'Lengkapi bagian media.' }));
    expect(report.state).toBe('dikembalikan');
    expect(report.comments.map((c: { body: string }) => c.body)).toEqual(['Lengkapi bagian media.']);
    report = await ok(await call('officer', 'PUT', `/political-reports/${id}/draft`, {
      version: 6, sections: { ...report.content.sections, media: 'Hoaks ditangani Diskominfo.' }, summary: 'Situasi Bangli kondusif; hoaks ditangani.',
    }));
    expect(report).toMatchObject({ state: 'dikembalikan', currentVersion: 2 });
    report = await ok(await call('officer', 'POST', `/political-reports/${id}/submit`, { version: 7 }));
    expect(report.state).toBe('terkirim');
    expect(report.versions.map((v: { number: number; submittedAt: string | null }) => [v.number, v.submittedAt !== null])).toEqual([[1, true], [2, true]]);
    // Lateness counts the first submission; version 1 is kept as it was.
    expect(report.submittedAt).toBe('2024-08-10T03:00:00.000Z');
    const first = await ok(await call('viewer', 'GET', `/political-reports/${id}/versions/1`));
    expect(first.sections.media).toBeUndefined();
    expect(first.summary).toBe('Situasi Bangli kondusif.');
    expect((await call('viewer', 'GET', `/political-reports/${id}/versions/3`)).statusCode).toBe(404);
    report = await ok(await call('national', 'POST', `/political-reports/${id}/review`, { version: 8, action: 'terima' }));
    expect(report).toMatchObject({ state: 'diterima', reviewedAt: '2024-08-10T03:00:00.000Z' });
    expect((await call('province', 'POST', `/political-reports/${id}/review`, { version: 9, action: 'kembalikan', comment: 'x' })).statusCode).toBe(409);
    expect((await call('officer', 'POST', `/political-reports/${id}/submit`, { version: 9 })).statusCode).toBe(409);
    const audit = await count(sql`select count(*)::int as n from audit_log where entity_type = 'political_report' and entity_id = ${String(id)}`);
    expect(audit).toBe(8);
  });

  it('comments: by author or reviewer, on a section of the template', async () => {
    const comment = await call('officer', 'POST', `/political-reports/${id}/comments`, { body: 'Data DPRD dari Setwan.', sectionKey: 'politik' });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({ sectionKey: 'politik', versionNumber: 2, body: 'Data DPRD dari Setwan.', authorName: 'petugas.bangli@pr.id' });
    expect((await call('officer', 'POST', `/political-reports/${id}/comments`, { body: 'x', sectionKey: 'cuaca' })).statusCode).toBe(400);
    expect((await call('viewer', 'POST', `/political-reports/${id}/comments`, { body: 'x' })).statusCode).toBe(403);
    expect((await call('ntb', 'POST', `/political-reports/${id}/comments`, { body: 'x' })).statusCode).toBe(404);
    expect((await call('officer', 'POST', `/political-reports/${id}/comments`, { body: '   ' })).statusCode).toBe(400);
    const detail = await ok(await call('viewer', 'GET', `/political-reports/${id}`));
    expect(detail.comments).toHaveLength(2);
  });
});

describe('incidental reports', () => {
  it('are filed by the region’s desk with the incidental outline', async () => {
    const body = { kind: 'insidental', regionCode: '51.06', title: 'Bentrok massa pendukung', occurredAt: '2024-08-09T21:30:00+08:00' };
    const created = await call('officer', 'POST', '/political-reports', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'insidental', state: 'belum', dueAt: null, late: false, occurredAt: '2024-08-09T13:30:00.000Z', regionCode: '51.06' });
    expect(created.json().sections.map((s: { key: string }) => s.key)).toContain('potensi_konflik');
    expect((await call('viewer', 'POST', '/political-reports', body)).statusCode).toBe(403);
    expect((await call('officer', 'POST', '/political-reports', { ...body, regionCode: '51.03' })).statusCode).toBe(403);
    expect((await call('officer', 'POST', '/political-reports', { ...body, regionCode: '51.06.01' })).statusCode).toBe(400);
    expect((await call('officer', 'POST', '/political-reports', { ...body, templateId: periodicTemplate })).statusCode).toBe(400);
    const august = await ok(await call('bangli', 'GET', '/political-reports?kind=insidental&period=2024-08'));
    expect(august.items.map((r: { title: string }) => r.title)).toEqual(['Bentrok massa pendukung']);
  });
});

describe('roll-up and who has reported', () => {
  it('a province report pulls its kab/kota summaries and lists the missing ones', async () => {
    const badung = await julyReport('51.03');
    await ok(await call('province', 'PUT', `/political-reports/${badung.id}/draft`, { version: badung.version, sections: { keamanan: 'Aman.' }, summary: 'Badung aman dan kondusif.' }));
    await ok(await call('province', 'POST', `/political-reports/${badung.id}/submit`, { version: badung.version + 1 }));
    const bali = await julyReport('51');
    expect((await call('province', 'GET', `/political-reports/${badung.id}/rollup`)).statusCode).toBe(409);
    const rollup = await ok(await call('province', 'GET', `/political-reports/${bali.id}/rollup`));
    expect(rollup.items.map((i: { regionCode: string; summary: string }) => [i.regionCode, i.summary])).toEqual([
      ['51.03', 'Badung aman dan kondusif.'], ['51.06', 'Situasi Bangli kondusif; hoaks ditangani.'],
    ]);
    const kabkota = await count(sql`select count(*)::int as n from regions where level = 2 and province_code = '51'`);
    expect(rollup.missing).toHaveLength(kabkota - 2);
    expect(rollup.missing.every((m: { state: string; late: boolean }) => m.state === 'belum' && m.late)).toBe(true);
    expect((await call('bangli', 'POST', `/political-reports/${bali.id}/rollup`, { version: bali.version })).statusCode).toBe(404);
    const drafted = await ok(await call('province', 'POST', `/political-reports/${bali.id}/rollup`, { version: bali.version }));
    expect(drafted.state).toBe('draf');
    expect(drafted.sections.at(-1).key).toBe('rollup');
    const text: string = drafted.content.sections.rollup;
    expect(text).toContain('Ringkasan kabupaten/kota');
    expect(text).toContain('Badung aman dan kondusif.');
    expect(text).toContain('Situasi Bangli kondusif; hoaks ditangani.');
    expect(text).toMatch(/Belum melapor: .*Buleleng/);
  });

  it('the status view: a province sees its kab/kota, the centre the provinces', async () => {
    const status = await ok(await call('province', 'GET', '/political-reports/status?period=2024-07&level=kabkota'));
    const kabkota = await count(sql`select count(*)::int as n from regions where level = 2 and province_code = '51'`);
    expect(status.items).toHaveLength(kabkota);
    expect(status.totals).toEqual({ regions: kabkota, submitted: 2, accepted: 1, late: kabkota, missing: kabkota - 2 });
    expect(status.items.find((i: { regionCode: string }) => i.regionCode === '51.06')).toMatchObject({ state: 'diterima', late: true });
    const national = await ok(await call('national', 'GET', '/political-reports/status?period=2024-07&level=provinsi'));
    expect(national.items).toHaveLength(await count(sql`select count(*)::int as n from regions where level = 1`));
    expect(national.items.find((i: { regionCode: string }) => i.regionCode === '51').state).toBe('draf');
    expect((await call('ntb', 'GET', '/political-reports/status?period=2024-07&level=kabkota&regionCode=51')).statusCode).toBe(403);
    expect((await call('province', 'GET', '/political-reports/status?period=2024-7&level=kabkota')).statusCode).toBe(400);
  });

  it('the recap reads back as a workbook, one row per kab/kota, times in local time', async () => {
    const response = await call('province', 'GET', '/political-reports/recap.xlsx?period=2024-07&level=kabkota');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Rekap pelaporan')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Kode wilayah', 'Wilayah', 'No. laporan', 'Status', 'Terlambat', 'Dikirim', 'Batas waktu']);
    const bangli = rows.find((row) => row[0] === '51.06')!;
    expect(bangli.slice(3)).toEqual(['Diterima', 'Ya', '10 Agustus 2024 11.00 WITA', '5 Agustus 2024 23.59 WITA']);
    expect(rows).toHaveLength(1 + (await count(sql`select count(*)::int as n from regions where level = 2 and province_code = '51'`)));
    expect((await call('ntb', 'GET', '/political-reports/recap.xlsx?period=2024-07&level=kabkota&regionCode=51')).statusCode).toBe(403);
  });
});

describe.skipIf(!HAS_PDFTOTEXT && !IN_CI)('the report as PDF', () => {
  it('prints the author unit’s letterhead, the facts in local time and the sections in order', async () => {
    await ok(await call('province', 'PUT', `/units/${bangliUnit}/letterhead`, { lines: ['PEMERINTAH KABUPATEN BANGLI', 'BADAN KESATUAN BANGSA DAN POLITIK'], address: 'Jalan Brigjen Ngurah Rai, Bangli' }));
    const id = (await julyReport('51.06')).id;
    const response = await call('viewer', 'GET', `/political-reports/${id}/report.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const lines = pdfText(response.rawPayload).split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines.slice(0, 3)).toEqual(['PEMERINTAH KABUPATEN BANGLI', 'BADAN KESATUAN BANGSA DAN POLITIK', 'Jalan Brigjen Ngurah Rai, Bangli']);
    const has = (text: string) => lines.some((line) => line.includes(text));
    for (const text of ['LAPORAN PERKEMBANGAN POLITIK', 'Periode : Juli 2024 (1 Juli 2024 – 31 Juli 2024)', 'Batas waktu : 5 Agustus 2024 23.59 WITA', 'Status : Diterima',
      'Versi : 2', 'Dikirim : 10 Agustus 2024 11.00 WITA', 'Diterima : 10 Agustus 2024 11.00 WITA', 'Situasi Bangli kondusif; hoaks ditangani.', 'Hoaks ditangani Diskominfo.']) {
      expect(has(text), text).toBe(true);
    }
    const order = ['1. Situasi politik', '5. Keamanan dan ketertiban', '7. Media dan informasi', '8. Rekomendasi'].map((t) => lines.findIndex((l) => l.startsWith(t)));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    const english = pdfText((await call('viewer', 'GET', `/political-reports/${id}/report.pdf?lang=en`)).rawPayload);
    expect(english).toContain('POLITICAL DEVELOPMENT REPORT');
    expect(english).toMatch(/Due\s+:\s+5 August 2024 23:59 WITA/);
    expect((await call('ntb', 'GET', `/political-reports/${id}/report.pdf`)).statusCode).toBe(404);
  });
});

describe('edges', () => {
  it('a lone surrogate in a section is kept as U+FFFD, not a server error', async () => {
    const report = await julyReport('51.01');
    const saved = await ok(await call('province', 'PUT', `/political-reports/${report.id}/draft`, { version: report.version, sections: { media: 'Hoaks \ud800 beredar' }, summary: 'Ringkas.' }));
    expect(saved.content.sections.media).toBe('Hoaks \ufffd beredar');
  });

  it('a new deadline moves the reports still owed, not those submitted', async () => {
    const changed = await ok(await call('province', 'PATCH', `/political-report-schedules/${kabkotaSchedule}`, { version: 1, dueDays: 15 }));
    expect(changed).toMatchObject({ dueDays: 15, version: 2 });
    expect(await julyReport('51.08')).toMatchObject({ dueAt: '2024-08-15T15:59:59.000Z', late: false });
    expect(await julyReport('51.06')).toMatchObject({ dueAt: '2024-08-05T15:59:59.000Z', late: true });
  });

  it('stopping a schedule keeps the reports it made, at the version read', async () => {
    expect((await call('province', 'DELETE', `/political-report-schedules/${kabkotaSchedule}?version=9`)).statusCode).toBe(409);
    expect((await call('bangli', 'DELETE', `/political-report-schedules/${kabkotaSchedule}?version=2`)).statusCode).toBe(403);
    const stopped = await ok(await call('province', 'DELETE', `/political-report-schedules/${kabkotaSchedule}?version=2`));
    expect(stopped).toMatchObject({ active: false, version: 3 });
    const status = await ok(await call('province', 'GET', '/political-reports/status?period=2024-07&level=kabkota'));
    expect(status.totals.submitted).toBe(2);
  });
});
