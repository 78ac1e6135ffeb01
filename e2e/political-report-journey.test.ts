import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_PDFTOTEXT, MISSING_PDFTOTEXT, pdfText } from '../test/pdf-text';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

/**
 * Issue 8's political-report journey (Permendagri 61/2011): the Bangli Kesbangpol officer writes
 * October's monthly report and sends it (late: it was due 10 Nov 23.59 WITA); Bali's coordinator
 * returns it with a comment; the officer corrects it and sends version 2; the province accepts it,
 * sees Bangli as reported on its status board, and downloads the PDF.
 */
const ADMIN = { email: 'admin@laporan.go.id', password: 'admin passphrase for the report journey' };
const OFFICER = { email: 'kesbangpol@banglikab.go.id', name: 'Petugas Kesbangpol Bangli', password: 'officer reports 51.06' };
const COORDINATOR = { email: 'kesbangpol@baliprov.go.id', name: 'Koordinator Kesbangpol Bali', password: 'coordinator reports 51' };
// 12 Nov 2024, 10.00 WITA: October's reports were due on 10 Nov at 23.59 WITA.
const CLOCK = '2024-11-12T02:00:00Z';
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
const POLITIK = 'Rapat paripurna DPRD Bangli membahas APBD berjalan kondusif; tujuh fraksi hadir.';
const KEAMANAN_V1 = 'Situasi aman.';
const KEAMANAN_V2 = 'Situasi aman dan kondusif; Polres Bangli menggelar patroli gabungan di 4 kecamatan menjelang masa tenang.';
const SUMMARY = 'Situasi politik di Kabupaten Bangli kondusif menjelang pemungutan suara Pilkada 2024.';
const RETURN_NOTE = 'Mohon lengkapi bagian keamanan dengan kegiatan pengamanan menjelang masa tenang.';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the political report journey: ${MISSING}`);
if (!HAS_PDFTOTEXT && !IN_CI) console.warn(`[e2e] the political report journey will not read the PDF back: ${MISSING_PDFTOTEXT}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a monthly political report from a kabupaten, reviewed by its province', () => {
  let app: StartedDesk | undefined;
  let reportPath = '';

  beforeAll(async () => {
    app = await startDesk('political_report_journey', { clock: CLOCK, admin: ADMIN });
    const admin = app.admin;
    const unit = (regionCode: string, name: string) => call<{ id: number }>(admin, 'POST', '/units', { agencyCode: 'KESBANGPOL', regionCode, name });
    const bali = await unit('51', 'Badan Kesbangpol Provinsi Bali');
    const bangli = await unit('51.06', 'Badan Kesbangpol Kabupaten Bangli');
    await call(admin, 'POST', '/users', { email: COORDINATOR.email, displayName: COORDINATOR.name, password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: '51', unitId: bali.id });
    await call(admin, 'POST', '/users', { email: OFFICER.email, displayName: OFFICER.name, password: OFFICER.password, role: 'officer', scopeRegionCode: '51.06', unitId: bangli.id });
  });

  afterAll(() => app?.close());

  const signedIn = (who: { email: string; password: string }) => app!.signedIn(who, DESK);
  const state = (page: Page) => page.getByTestId('report-header').getByTestId('report-state');

  it('the province coordinator makes every kabupaten/kota of Bali owe a monthly report from October', async () => {
    const { context, page, problems } = await signedIn(COORDINATOR);
    await page.goto('/laporan-politik/jadwal');
    await page.getByText('Belum ada jadwal.').waitFor();
    await page.getByRole('button', { name: 'Jadwal baru' }).click();
    const form = page.getByRole('form', { name: 'Jadwal baru' });
    await choose(page, form.getByRole('combobox', { name: 'Templat' }), '', /Permendagri 61\/2011/);
    // Kabupaten/kota inside the coordinator's own Bali, monthly, due 10 days after each month.
    await form.getByRole('textbox', { name: 'Hari setelah periode' }).fill('10');
    await form.getByLabel('Mulai berlaku').fill('2024-10-01');
    await form.getByRole('button', { name: 'Simpan jadwal' }).click();
    const row = page.getByTestId('report-schedules').getByRole('row').filter({ hasText: 'Permendagri 61/2011' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Kabupaten\/kota\s+Bali\s+Bulanan\s+10\s+1 Okt 2024/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the officer finds October\'s report late in the list, writes it and sends it', async () => {
    const { context, page, problems } = await signedIn(OFFICER);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Laporan Politik' }).click();
    await page.waitForURL('**/laporan-politik');
    // Filters live in the URL: October's reports only.
    await page.getByLabel('Periode').fill('2024-10');
    await page.waitForURL(/period=2024-10/);
    // Bangli owes October's and November's reports; once the filtered list has arrived only October's is left.
    const rows = page.getByTestId('political-reports').getByRole('row').filter({ hasText: 'Kabupaten Bangli' });
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    const rowText = await row.innerText();
    expect(rowText).toMatch(/Oktober 2024/);
    expect(rowText).toMatch(/10 Nov 2024,? 23\.59 WITA/);
    expect(rowText).toMatch(/Belum dibuat\s*terlambat/i);
    await page.screenshot({ path: path.join(SHOTS, 'political-reports-list.png'), fullPage: true });

    await row.getByRole('link').first().click();
    await page.waitForURL(/\/laporan-politik\/\d+$/);
    reportPath = new URL(page.url()).pathname;
    const editor = page.getByRole('form', { name: 'Isi laporan' });
    await editor.getByRole('textbox', { name: /^Situasi politik/ }).fill(POLITIK);
    await editor.getByRole('textbox', { name: /^Keamanan dan ketertiban/ }).fill(KEAMANAN_V1);
    await editor.getByRole('textbox', { name: /^Ringkasan/ }).fill(SUMMARY);
    await editor.getByRole('button', { name: 'Simpan draf' }).click();
    await editor.getByText('Draf tersimpan.').waitFor();
    await state(page).getByText('Draf').waitFor();

    await editor.getByRole('button', { name: 'Kirim laporan' }).click();
    await state(page).getByText('Terkirim').waitFor();
    await page.getByTestId('report-content').getByText(KEAMANAN_V1).waitFor();
    expect(await page.getByRole('button', { name: 'Terima' }).count(), 'an officer cannot accept its own report').toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the province coordinator returns it with a comment', async () => {
    expect(reportPath, 'the report of the first step').not.toBe('');
    const { context, page, problems } = await signedIn(COORDINATOR);
    await page.goto(reportPath);
    const review = page.getByTestId('report-review');
    await review.getByRole('button', { name: 'Mulai tinjau' }).click();
    await state(page).getByText('Ditinjau').waitFor();
    // Returning needs a note saying what to fix.
    expect(await review.getByRole('button', { name: 'Kembalikan' }).isDisabled()).toBe(true);
    await review.getByRole('textbox', { name: 'Catatan peninjau' }).fill(RETURN_NOTE);
    await review.getByRole('button', { name: 'Kembalikan' }).click();
    await state(page).getByText('Dikembalikan').waitFor();
    await page.getByTestId('report-comments').getByText(RETURN_NOTE).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the officer reads the comment, corrects the report and sends version 2', async () => {
    const { context, page, problems } = await signedIn(OFFICER);
    await page.goto(reportPath);
    await page.getByTestId('report-comments').getByText(RETURN_NOTE).waitFor();
    const editor = page.getByRole('form', { name: 'Isi laporan' });
    const keamanan = editor.getByRole('textbox', { name: /^Keamanan dan ketertiban/ });
    expect(await keamanan.inputValue()).toBe(KEAMANAN_V1);
    await keamanan.fill(KEAMANAN_V2);
    await editor.getByRole('button', { name: 'Kirim laporan' }).click();
    await state(page).getByText('Terkirim').waitFor();
    const versions = page.getByTestId('report-versions');
    await versions.getByText('Versi 2', { exact: true }).waitFor();
    await versions.getByText('Versi 1', { exact: true }).waitFor();

    // The first version is still there to read, as it was sent.
    await page.getByRole('button', { name: 'Lihat versi 1' }).click();
    const older = page.getByTestId('report-version-content');
    await older.getByText(KEAMANAN_V1, { exact: true }).waitFor();
    expect(await older.getByText(KEAMANAN_V2).count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'political-report-v2.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the province accepts it, sees Bangli reported on its status board and downloads the PDF', async () => {
    const { context, page, problems } = await signedIn(COORDINATOR);
    await page.goto(reportPath);
    await page.getByTestId('report-content').getByText(KEAMANAN_V2).waitFor();
    await page.getByTestId('report-review').getByRole('button', { name: 'Terima' }).click();
    await state(page).getByText('Diterima').waitFor();
    expect(await page.getByTestId('report-review').count()).toBe(0);

    const downloading = page.waitForEvent('download');
    await page.getByTestId('report-pdf').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (HAS_PDFTOTEXT || IN_CI) {
      const text = pdfText(bytes).replace(/\s+/g, ' ');
      for (const part of ['Kabupaten Bangli', 'Situasi politik', 'Rapat paripurna DPRD Bangli membahas APBD', 'Polres Bangli menggelar patroli gabungan', 'Keamanan dan ketertiban']) {
        expect(text).toContain(part);
      }
      // The current version only: the first one's security text is gone.
      expect(text).not.toContain(KEAMANAN_V1);
    }

    await page.goto('/laporan-politik/status?period=2024-10&level=kabkota');
    const cell = page.getByTestId('report-status-cell').filter({ hasText: 'Kabupaten Bangli' });
    await cell.waitFor();
    expect(await cell.innerText()).toMatch(/Diterima/i);
    // The other eight kabupaten/kota of Bali have not reported and are late.
    const others = page.getByTestId('report-status-cell').filter({ hasText: 'Kabupaten Badung' });
    expect(await others.innerText()).toMatch(/Belum dibuat\s*terlambat/i);
    const totals = await page.getByTestId('report-status-totals').innerText();
    expect(totals).toMatch(/Wilayah wajib lapor:\s*9/);
    expect(totals).toMatch(/Diterima:\s*1/);
    await page.screenshot({ path: path.join(SHOTS, 'political-report-status.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the province pulls Bangli\'s summary into its own October report, with the eight missing listed', async () => {
    // Every province (Bali among them) owes the centre a monthly report too.
    const templates = await call<Array<{ id: number; code: string }>>(app!.admin, 'GET', '/political-report-templates');
    const monthly = templates.find((template) => template.code === 'permendagri-61-2011')!;
    await call(app!.admin, 'POST', '/political-report-schedules', { templateId: monthly.id, level: 'provinsi', regionCode: null, period: 'bulanan', dueDays: 15, startsOn: '2024-10-01' });
    const owed = await call<{ items: Array<{ id: number; regionCode: string }> }>(app!.admin, 'GET', '/political-reports?regionCode=51&period=2024-10&kind=periodik');
    const bali = owed.items.find((report) => report.regionCode === '51');
    expect(bali, 'Bali\'s own October report').toBeDefined();

    const { context, page, problems } = await signedIn(COORDINATOR);
    await page.goto(`/laporan-politik/${bali!.id}`);
    const rollup = page.getByTestId('report-rollup');
    await rollup.getByRole('row').filter({ hasText: 'Kabupaten Bangli' }).getByText(SUMMARY).waitFor();
    await rollup.getByTestId('report-rollup-missing').getByText('8 kabupaten/kota belum melapor:').waitFor();
    // Text typed but not saved yet survives the pull: only the roll-up block comes from the server.
    const editor = page.getByRole('form', { name: 'Isi laporan' });
    await editor.getByRole('textbox', { name: /^Situasi politik/ }).fill('Situasi politik Provinsi Bali kondusif.');
    await rollup.getByRole('button', { name: 'Tarik ringkasan ke draf' }).click();
    const pulled = editor.getByRole('textbox', { name: 'Ringkasan kabupaten/kota' });
    await expect.poll(() => pulled.inputValue()).toContain(SUMMARY);
    expect(await editor.getByRole('textbox', { name: /^Situasi politik/ }).inputValue()).toBe('Situasi politik Provinsi Bali kondusif.');
    expect(await pulled.inputValue()).toContain('Kota Denpasar');
    await page.screenshot({ path: path.join(SHOTS, 'political-report-rollup.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the officer files an incidental report, typed in WITA, and lands on it to write it', async () => {
    const { context, page, problems } = await signedIn(OFFICER);
    await page.goto('/laporan-politik');
    await page.getByRole('link', { name: 'Laporan insidental baru' }).click();
    const form = page.getByRole('form', { name: 'Laporan insidental baru' });
    // The officer's own kabupaten is already chosen.
    await form.getByTestId('chosen-region').getByText('Kabupaten Bangli', { exact: true }).waitFor();
    await form.getByRole('textbox', { name: 'Judul laporan' }).fill('Pengerahan massa di depan kantor KPU Kabupaten Bangli');
    await form.getByLabel('Waktu kejadian (WITA)').fill('2024-11-12T08:30');
    await form.getByRole('button', { name: 'Buat laporan' }).click();
    await page.waitForURL(/\/laporan-politik\/\d+$/);
    const header = page.getByTestId('report-header');
    await header.getByText('Pengerahan massa di depan kantor KPU Kabupaten Bangli').waitFor();
    expect(await header.innerText()).toMatch(/Insidental[\s\S]*Waktu kejadian: Sel, 12 Nov 2024,? 08\.30 WITA/);
    await page.getByRole('form', { name: 'Isi laporan' }).getByRole('textbox', { name: /^Situasi politik/ }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
