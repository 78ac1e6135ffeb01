import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_PDFTOTEXT, IN_CI, pdfText } from '../../../test/pdf-text.js';
import { BAWASLU_LINES, KESBANGPOL_LINES, openSitrepDesk, type SitrepDesk } from './test-desk.js';

let now = new Date('2024-11-26T12:00:00Z'); // 20.00 WITA on 26 November
const clock = { now: () => new Date(now) };
let desk: SitrepDesk;

beforeAll(async () => {
  desk = await openSitrepDesk(clock);
});
afterAll(async () => desk?.close());

async function make(who: 'bali' | 'officer' | 'admin', body: Record<string, unknown>) {
  const response = await desk.call(who, 'POST', '/situation-reports', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().report as { id: number; regionCode: string | null; regionName: string; reportDate: string; timeZone: string; trigger: string; pdfSize: number };
}

async function sheets(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, unknown[][]>();
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out.set(sheet.name, rows);
  });
  return out;
}

describe('a situation report made on request', () => {
  let report: Awaited<ReturnType<typeof make>>;
  beforeAll(async () => {
    report = await make('bali', { regionCode: '51', date: '2024-11-26' });
  });

  it('is stored for the region and the day, in the region’s zone, as made by hand', () => {
    expect(report).toMatchObject({ regionCode: '51', regionName: 'Bali', reportDate: '2024-11-26', timeZone: 'WITA', trigger: 'manual' });
    expect(report.pdfSize).toBeGreaterThan(1000);
  });

  it('is listed, newest first, within the range and the scope', async () => {
    const listed = await desk.call('viewer', 'GET', '/situation-reports?region=51&from=2024-11-26&to=2024-11-26');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((r: { id: number }) => r.id)).toContain(report.id);
    expect((await desk.call('viewer', 'GET', '/situation-reports?from=2024-11-27')).json().items.map((r: { id: number }) => r.id)).not.toContain(report.id);
    // NTB sees none of Bali's, and may not ask for Bali's.
    expect((await desk.call('ntb', 'GET', '/situation-reports')).json().items.map((r: { id: number }) => r.id)).not.toContain(report.id);
    expect((await desk.call('ntb', 'GET', '/situation-reports?region=51')).statusCode).toBe(403);
  });

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)('downloads as a PDF naming the region, the day and the hand-counted incidents, under the Kesbangpol letterhead', async () => {
    const response = await desk.call('viewer', 'GET', `/situation-reports/${report.id}/report.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('laporan-situasi-51-2024-11-26.pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('LAPORAN SITUASI HARIAN');
    for (const line of KESBANGPOL_LINES) expect(text).toContain(line);
    expect(text).toMatch(/Wilayah\s+:\s+Bali \(51\)/);
    expect(text).toMatch(/Tanggal\s+:\s+26 November 2024/);
    expect(text).toMatch(/Zona waktu\s+:\s+WITA/);
    expect(text).toMatch(/Kejadian terbuka\s+3\b/);
    expect(text).toMatch(/Politik uang\s+2\b/);
    expect(text).toMatch(/Netralitas ASN, TNI\/Polri dan kepala desa\s+1\b/);
    expect(text).toMatch(/Tinggi\s+1\b/);
  });

  it('downloads as an XLSX with one sheet per table holding the same figures', async () => {
    const response = await desk.call('bali', 'GET', `/situation-reports/${report.id}/report.xlsx`);
    expect(response.statusCode).toBe(200);
    const book = await sheets(response.rawPayload);
    expect([...book.keys()]).toEqual(expect.arrayContaining(['LAPORAN SITUASI HARIAN', 'Ringkasan', 'Per kategori', 'Per keparahan', 'Tren', 'Kejadian terbaru']));
    expect(book.get('LAPORAN SITUASI HARIAN')).toContainEqual(['Wilayah', 'Bali (51)']);
    expect(book.get('Ringkasan')).toContainEqual(['Kejadian terbuka', 3]);
    expect(book.get('Per kategori')!.slice(1)).toEqual([['Politik uang', 2], ['Netralitas ASN, TNI/Polri dan kepala desa', 1]]);
    expect(book.get('Per keparahan')!.slice(1)).toEqual(expect.arrayContaining([['Tinggi', 1], ['Sedang', 1], ['Rendah', 1], ['Kritis', 0]]));
    // Events of 26 November (WITA): two in Bali; NTB's is not Bali's.
    expect(book.get('Tren')).toContainEqual(['26 November 2024', 2]);
    expect(book.get('Kejadian terbaru')!.length - 1).toBe(4);
  });

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)('speaks English on request and heads with the caller’s own unit’s letterhead', async () => {
    const english = await make('officer', { regionCode: '51.06', date: '2024-11-25', language: 'en' });
    expect(english.regionName).toBe('Kabupaten Bangli');
    const text = pdfText((await desk.call('officer', 'GET', `/situation-reports/${english.id}/report.pdf`)).rawPayload);
    expect(text).toContain('DAILY SITUATION REPORT');
    for (const line of BAWASLU_LINES) expect(text).toContain(line);
    expect(text).not.toContain(KESBANGPOL_LINES[1]);
    expect(text).toMatch(/Date\s+:\s+25 November 2024/);
    expect(text).toMatch(/Open incidents\s+2\b/);
  });

  it.skipIf(!HAS_PDFTOTEXT && !IN_CI)('has a plain heading where no unit has a letterhead (national)', async () => {
    const national = await make('admin', { regionCode: null, date: '2024-11-26' });
    expect(national).toMatchObject({ regionCode: null, regionName: 'Nasional', timeZone: 'WIB' });
    const text = pdfText((await desk.call('admin', 'GET', `/situation-reports/${national.id}/report.pdf`)).rawPayload);
    expect(text).not.toContain(KESBANGPOL_LINES[1]);
    expect(text).toMatch(/Kejadian terbuka\s+4\b/);
  });
});

describe('refusals', () => {
  it.each([
    ['a malformed region code', { regionCode: '5x', date: '2024-11-26' }, 400],
    ['a date that does not exist', { regionCode: '51', date: '2024-02-30' }, 400],
    ['a day that has not begun in the region', { regionCode: '51', date: '2024-11-27' }, 400],
    ['a region not in the gazetteer', { regionCode: '51.99', date: '2024-11-26' }, 404],
    ['a region outside the scope', { regionCode: '52', date: '2024-11-26' }, 403],
    ['the national report to a provincial account', { regionCode: null, date: '2024-11-26' }, 403],
  ])('%s', async (_, body, status) => {
    const response = await desk.call('bali', 'POST', '/situation-reports', body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().message).toBeTruthy();
  });

  it('says in English what is wrong when asked in English', async () => {
    const response = await desk.call('bali', 'POST', '/situation-reports', { regionCode: '51', date: '2024-11-27' }, { 'accept-language': 'en' });
    expect(response.json().message).toContain('has not begun yet');
  });

  it('a report outside the scope is not found', async () => {
    const { id } = await make('bali', { regionCode: '51.06', date: '2024-11-26' });
    expect((await desk.call('ntb', 'GET', `/situation-reports/${id}/report.pdf`)).statusCode).toBe(404);
    expect((await desk.call('ntb', 'GET', `/situation-reports/${id}/report.xlsx`)).statusCode).toBe(404);
    expect((await desk.call('bali', 'GET', '/situation-reports/999999/report.pdf')).statusCode).toBe(404);
  });
});

describe('schedules', () => {
  it('are set by coordinators within their scope, with the next run at the next local hour', async () => {
    now = new Date('2024-11-26T12:00:00Z'); // 20.00 WITA
    const put = await desk.call('bali', 'PUT', '/situation-report-schedules', { regionCode: '51.06', localHour: 6, enabled: true });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ regionCode: '51.06', regionName: 'Kabupaten Bangli', timeZone: 'WITA', localHour: 6, enabled: true, nextRunAt: '2024-11-26T22:00:00.000Z' });
    expect((await desk.call('ntb', 'PUT', '/situation-report-schedules', { regionCode: '51', localHour: 6, enabled: true })).statusCode).toBe(403);
    expect((await desk.call('viewer', 'PUT', '/situation-report-schedules', { regionCode: '51', localHour: 6, enabled: true })).statusCode).toBe(403);
    expect((await desk.call('bali', 'PUT', '/situation-report-schedules', { regionCode: '51', localHour: 24, enabled: true })).statusCode).toBe(400);
    const listed = await desk.call('bali', 'GET', '/situation-report-schedules');
    expect(listed.json().items.map((s: { regionCode: string }) => s.regionCode)).toEqual(['51.06']);
    expect((await desk.call('ntb', 'GET', '/situation-report-schedules')).json().items).toEqual([]);
    // Turned off: kept, not run.
    await desk.call('bali', 'PUT', '/situation-report-schedules', { regionCode: '51.06', localHour: 6, enabled: false });
    expect((await desk.call('bali', 'GET', '/situation-report-schedules?region=51.06')).json().items[0].enabled).toBe(false);
  });
});
