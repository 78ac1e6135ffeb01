import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call, TINY_PNG } from './desk-data';
import { HOME, signIn } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const COORDINATOR = { email: 'kesbangpol.bangli@desk.go.id', displayName: 'Koordinator Kesbangpol Bangli', password: 'coordinator passphrase 51.06' };
const TITLE = 'Pakta Integritas Netralitas ASN Pilkada Bangli 2024';
const DESK: BrowserContextOptions = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
/** An office opens its link on a phone. */
const PHONE: BrowserContextOptions = { locale: 'id-ID', timezoneId: 'Asia/Makassar', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Twenty offices of Kabupaten Bangli: sixteen regional offices and the four kecamatan. */
const OFFICES = [
  ...['Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Sosial', 'Dinas Perhubungan',
    'Dinas Lingkungan Hidup', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Komunikasi dan Informatika', 'Dinas Pertanian',
    'Dinas Pariwisata', 'Badan Kepegawaian dan Pengembangan SDM', 'Badan Pengelola Keuangan dan Aset Daerah', 'Badan Perencanaan Pembangunan Daerah',
    'Inspektorat Daerah', 'Satuan Polisi Pamong Praja', 'Sekretariat DPRD']
    .map((name, i) => ({ name: `${name} Kabupaten Bangli`, kind: 'perangkat_daerah', region: '51.06', phone: `0812-3800-${String(100 + i)}` })),
  ...['Susut', 'Bangli', 'Tembuku', 'Kintamani'].map((name, i) => ({ name: `Kecamatan ${name}`, kind: 'kecamatan', region: `51.06.0${i + 1}`, phone: `0813-3900-${String(200 + i)}` })),
];
const [ON_TIME_A, ON_TIME_B, LATE] = [OFFICES[0]!.name, OFFICES[16]!.name, OFFICES[5]!.name];
const REJECT_REASON = 'Dokumen belum ditandatangani di atas meterai; mohon kirim ulang.';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the pact journey: ${MISSING}`);

/** The region's wall clock (WITA, UTC+8) as a datetime-local input takes it. */
function wita(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * Integrity pacts (issue 8): Bangli's Kesbangpol coordinator launches a campaign for 20 offices (form,
 * XLSX import, links), three offices send their signed pact from a phone without an account (the third
 * after the deadline), the coordinator verifies two and rejects one, watches compliance move, and
 * exports the recap. The server runs on the real clock: the deadline is moved to the next minute after
 * the second submission, and the third office waits for that minute to pass.
 */
describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a Kesbangpol coordinator runs an integrity-pact campaign for 20 offices', () => {
  let app: StartedDesk | undefined;
  let coordinator: Page;
  let campaignUrl = '';
  const links = new Map<string, string>();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pact-journey-'));

  beforeAll(async () => {
    app = await startDesk('pact_journey', { admin: ADMIN });
    const kesbangpol = await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'KESBANGPOL', regionCode: '51.06', name: 'Badan Kesbangpol Kabupaten Bangli' });
    await call(app.admin, 'POST', '/users', { ...COORDINATOR, role: 'coordinator', scopeRegionCode: '51.06', unitId: kesbangpol.id });
    const opened = await app.newPage({ ...DESK, permissions: ['clipboard-read', 'clipboard-write'] });
    coordinator = opened.page;
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.password);
    await coordinator.waitForURL(HOME);
  });

  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await app?.close();
  });

  it('creates the campaign through the form, with the deadline in WITA', async () => {
    const page = coordinator;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pakta Integritas' }).click();
    await page.waitForURL('**/pakta-integritas');
    await page.getByTestId('pact-campaigns-empty').waitFor();
    await page.getByRole('link', { name: 'Kampanye baru' }).click();
    const form = page.getByRole('form', { name: 'Kampanye baru' });
    await form.getByTestId('chosen-region').getByText('Bangli').first().waitFor();
    await form.getByRole('textbox', { name: /^Judul kampanye/ }).fill(TITLE);
    await form.getByRole('textbox', { name: /^Dasar hukum/ }).fill('SE Menteri PANRB tentang Netralitas ASN pada Pilkada 2024');
    // Bangli lies in WITA: the form says so beside the deadline.
    await form.getByTestId('deadline-zone').getByText('WITA').waitFor();
    const deadline = new Date(Date.now() + 3 * 86_400_000);
    await form.getByLabel(/^Batas waktu \(WITA\)/).fill(`${wita(deadline).slice(0, 10)}T23:59`);
    await form.getByRole('checkbox', { name: 'Tautan video ikrar' }).check();
    await form.getByRole('button', { name: 'Simpan kampanye' }).click();
    await page.waitForURL(/\/pakta-integritas\/\d+$/);
    campaignUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByTestId('pact-deadline').innerText()).toMatch(/23\.59 WITA$/);
  });

  it('imports the 20 offices from the XLSX template through the page', async () => {
    const page = coordinator;
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Unduh templat XLSX' }).click();
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile((await (await downloading).path())!);
    const headers = (template.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(headers.slice(0, 3)).toEqual(['nama', 'jenis', 'kode_wilayah']);

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sasaran');
    sheet.addRow(['nama', 'jenis', 'kode_wilayah', 'kontak_nama', 'kontak_email', 'kontak_telepon']);
    for (const office of OFFICES) sheet.addRow([office.name, office.kind, office.region, `Sekretaris ${office.name}`, '', office.phone]);
    const file = path.join(folder, 'sasaran-pakta.xlsx');
    await book.xlsx.writeFile(file);

    await page.getByLabel('Berkas XLSX/CSV').setInputFiles(file);
    await page.getByRole('button', { name: 'Impor sasaran' }).click();
    await page.getByTestId('pact-import-done').getByText('Sasaran ditambahkan: 20.').waitFor();
    await expect.poll(() => page.getByTestId('pact-target').count()).toBe(20);
    expect(await page.getByTestId('pact-total-targets').innerText()).toMatch(/20$/);
  });

  it('issues the 20 links at once and copies them as one list', async () => {
    const page = coordinator;
    await page.getByRole('button', { name: 'Terbitkan tautan untuk semua yang belum punya' }).click();
    await expect.poll(() => page.getByTestId('pact-link-row').count()).toBe(20);
    for (const row of await page.getByTestId('pact-link-row').all()) {
      const [name, url] = (await row.innerText()).split('\t').map((cell) => cell.trim());
      expect(url).toMatch(/\/pakta\/\d+#t=[\w-]{20,}$/);
      links.set(name!, url!);
    }
    expect([...links.keys()].sort()).toEqual(OFFICES.map((office) => office.name).sort());
    await page.getByRole('button', { name: 'Salin semua' }).click();
    await page.getByRole('button', { name: 'Tersalin' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(20);
    expect(copied).toContain(`${ON_TIME_A}: ${links.get(ON_TIME_A)}`);
    await page.screenshot({ path: path.join(SHOTS, 'pact-links.png'), fullPage: true });
  });

  it('two offices send their pact from a phone before the deadline, without an account', async () => {
    for (const [index, office] of [ON_TIME_A, ON_TIME_B].entries()) {
      const { late } = await submitThroughLink(office, `19850101201001100${index + 1}`);
      expect(late).toBe(false);
    }
  });

  it('a used link and an unknown one say so, in Indonesian and in English', async () => {
    const { context, page, problems } = await app!.newPage(PHONE);
    await page.goto(localPath(links.get(ON_TIME_A)!));
    await page.getByTestId('pact-link-problem').getByText('Tautan sudah dipakai').waitFor();
    const target = new URL(links.get(ON_TIME_B)!).pathname;
    await page.goto(`${target}#t=bukan-token-yang-benar`);
    await page.getByTestId('pact-link-problem').getByText('Tautan tidak dikenal').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByTestId('pact-link-problem').getByText('Unknown link').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coordinator moves the deadline to the next minute; the third office sends after it and is marked late', async () => {
    const page = coordinator;
    // The next whole minute is after both submissions: they stay on time, and the third will not be.
    const deadline = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 60_000);
    await page.getByRole('button', { name: 'Ubah kampanye' }).click();
    const form = page.getByRole('form', { name: 'Ubah kampanye' });
    await form.getByLabel(/^Batas waktu \(WITA\)/).fill(wita(deadline));
    await form.getByRole('button', { name: 'Simpan kampanye' }).click();
    await page.getByTestId('pact-deadline').getByText(`${wita(deadline).slice(11).replace(':', '.')} WITA`, { exact: false }).waitFor();
    while (Date.now() <= deadline.getTime() + 1_000) await page.waitForTimeout(1_000);

    const { late } = await submitThroughLink(LATE, '198702022011012003');
    expect(late).toBe(true);
  });

  it('the coordinator sees the three submissions, verifies two and rejects the late one with a reason', async () => {
    const page = coordinator;
    await page.goto(campaignUrl);
    await expect.poll(async () => page.getByTestId('pact-total-submitted').innerText()).toMatch(/3$/);
    expect(await page.getByTestId('pact-total-verified').innerText()).toMatch(/0$/);
    // The other seventeen have missed the deadline.
    expect(await page.getByTestId('pact-total-missing').innerText()).toMatch(/17$/);
    await page.getByTestId('pact-late').getByText(LATE, { exact: false }).waitFor();

    await page.getByRole('search', { name: 'Saring sasaran' }).getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Terkirim' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('terkirim');
    await expect.poll(() => page.getByTestId('pact-target').count()).toBe(3);
    const lateRow = page.getByTestId('pact-target').filter({ hasText: LATE });
    await lateRow.getByText('Lewat batas waktu').waitFor();
    expect(await page.getByTestId('pact-target').filter({ hasText: ON_TIME_A }).getByText('Lewat batas waktu').count()).toBe(0);

    for (const office of [ON_TIME_A, ON_TIME_B]) {
      await page.getByTestId('pact-target').filter({ hasText: office }).getByRole('button', { name: 'Tinjau' }).click();
      const drawer = page.getByRole('dialog', { name: `Tinjau: ${office}` });
      await drawer.getByTestId('pact-submission').getByText('Buka video ikrar').waitFor();
      // The signed document opens with the coordinator's session: the PNG the office sent.
      const documentUrl = await drawer.getByRole('link', { name: /Buka dokumen/ }).getAttribute('href');
      const signed = await page.request.get(documentUrl!);
      expect(signed.status()).toBe(200);
      expect(Buffer.compare(await signed.body(), TINY_PNG)).toBe(0);
      await drawer.getByRole('button', { name: 'Verifikasi' }).click();
      await drawer.waitFor({ state: 'hidden' });
    }
    await lateRow.getByRole('button', { name: 'Tinjau' }).click();
    const drawer = page.getByRole('dialog', { name: `Tinjau: ${LATE}` });
    await drawer.getByTestId('pact-submission').getByText('Lewat batas waktu').waitFor();
    await drawer.getByRole('button', { name: 'Tolak' }).click();
    await drawer.getByRole('textbox', { name: /^Alasan penolakan/ }).fill(REJECT_REASON);
    await drawer.getByRole('button', { name: 'Tolak dengan alasan ini' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('pact-target').count()).toBe(0);

    await expect.poll(async () => page.getByTestId('pact-total-verified').innerText()).toMatch(/2$/);
    expect(await page.getByTestId('pact-total-rejected').innerText()).toMatch(/1$/);
    expect(await page.getByTestId('pact-total-percentVerified').innerText()).toMatch(/10%$/);
    // Rejected, the late office owes a pact again: it leaves the late list for the missing one.
    expect(await page.getByTestId('pact-total-missing').innerText()).toMatch(/18$/);
    await page.getByTestId('pact-missing').getByText(LATE, { exact: false }).waitFor();
    expect(await page.getByTestId('pact-late').getByText(LATE, { exact: false }).count()).toBe(0);

    // The reminder list holds everyone not yet verified, each with a message ready to send.
    await page.getByRole('button', { name: 'Tampilkan pengingat' }).click();
    await expect.poll(() => page.getByTestId('pact-reminders').getByRole('row').count()).toBe(18);
    expect(await page.getByTestId('pact-reminders').getByRole('row').filter({ hasText: ON_TIME_A }).count()).toBe(0);
    await page.getByTestId('pact-reminders').getByRole('row').filter({ hasText: LATE }).waitFor();

    // Rejected after the deadline, the office is overdue again (terlambat) until it sends a corrected pact.
    await page.getByRole('search', { name: 'Saring sasaran' }).getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Terlambat' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('terlambat');
    await expect.poll(() => page.getByTestId('pact-target').count()).toBe(18);
    const rejected = page.getByTestId('pact-target').filter({ hasText: LATE });
    await rejected.getByText(REJECT_REASON).waitFor();
    await rejected.getByText('Lewat batas waktu').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pact-campaign.png'), fullPage: true });
  });

  it('exports the recap: the XLSX lists every office with its status and late flag, the PDF opens', async () => {
    const page = coordinator;
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Rekap XLSX' }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await (await downloading).path())!);
    const sheet = book.getWorksheet('Daftar sasaran')!;
    const header = (sheet.getRow(1).values as unknown[]).map((cell) => String(cell ?? ''));
    const column = (name: RegExp) => header.findIndex((cell) => name.test(cell));
    const [nameAt, statusAt, lateAt] = [column(/^Nama sasaran$/), column(/^Status$/), column(/^Terlambat$/)];
    const rows = new Map<string, { status: string; late: string }>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      rows.set(String(row.getCell(nameAt).value), { status: String(row.getCell(statusAt).value), late: String(row.getCell(lateAt).value) });
    });
    expect(rows.size).toBe(20);
    expect(rows.get(ON_TIME_A)).toEqual({ status: 'Diverifikasi', late: 'tidak' });
    expect(rows.get(ON_TIME_B)).toEqual({ status: 'Diverifikasi', late: 'tidak' });
    expect(rows.get(LATE)).toEqual({ status: 'Terlambat', late: 'ya' });
    expect(rows.get(OFFICES[19]!.name)?.status).toBe('Terlambat');

    const pdf = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Rekap PDF' }).click();
    const bytes = fs.readFileSync((await (await pdf).path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // The list of campaigns gives the same picture at a glance.
    await page.getByRole('link', { name: '← Semua kampanye' }).click();
    const row = page.getByTestId('pact-campaigns').getByRole('row').filter({ hasText: TITLE });
    await row.getByText('10% diverifikasi').first().waitFor();
    expect(await row.innerText()).toMatch(/20 sasaran · 0 terkirim · 2 diverifikasi · 1 ditolak · 18 terlambat/);
  });

  it('a pact brought to the desk on paper is entered by the coordinator and waits for review like the others', async () => {
    const page = coordinator;
    const office = OFFICES[19]!.name;
    await page.goto(`${campaignUrl}?q=Kintamani`);
    const row = page.getByTestId('pact-target').filter({ hasText: office });
    await row.getByRole('button', { name: 'Catat kiriman' }).click();
    const drawer = page.getByRole('dialog', { name: `Tinjau: ${office}` });
    const form = drawer.getByRole('form', { name: 'Catat kiriman yang diterima petugas' });
    await form.locator('input[type="file"]').setInputFiles({ name: 'pakta-kintamani.png', mimeType: 'image/png', buffer: TINY_PNG });
    await form.getByRole('textbox', { name: /^Nama penanda tangan/ }).fill('Camat Kintamani');
    await form.getByRole('textbox', { name: /^NIP penanda tangan/ }).fill('197903032005011004');
    await form.getByRole('textbox', { name: /^Jabatan penanda tangan/ }).fill('Camat');
    await form.getByLabel(/^Tanggal penandatanganan/).fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('textbox', { name: /^Tautan video ikrar/ }).fill('https://youtu.be/ikrar-kintamani');
    await form.getByRole('button', { name: 'Simpan kiriman' }).click();
    await drawer.getByTestId('pact-submission').getByText(/dicatat petugas/).waitFor();
    await drawer.getByRole('button', { name: 'Verifikasi' }).waitFor();
    await page.keyboard.press('Escape');
    await row.getByText('Terkirim').waitFor();
    await row.getByText('Lewat batas waktu').waitFor();
  });

  /** An office opens its link on a phone, fills in the pact and sends it; returns what the page said about lateness. */
  async function submitThroughLink(office: string, nip: string): Promise<{ late: boolean }> {
    const { context, page, problems } = await app!.newPage(PHONE);
    await page.goto(localPath(links.get(office)!));
    await page.getByRole('heading', { name: 'Pengiriman pakta integritas' }).waitFor();
    await page.getByText(office, { exact: false }).first().waitFor();
    const form = page.getByRole('form', { name: 'Kirim pakta integritas' });
    await form.locator('input[type="file"]').setInputFiles({ name: 'pakta-integritas.png', mimeType: 'image/png', buffer: TINY_PNG });
    await form.getByRole('textbox', { name: /^Nama penanda tangan/ }).fill(`Kepala ${office}`);
    await form.getByRole('textbox', { name: /^NIP penanda tangan/ }).fill(nip);
    await form.getByRole('textbox', { name: /^Jabatan penanda tangan/ }).fill('Kepala');
    await form.getByLabel(/^Tanggal penandatanganan/).fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('textbox', { name: /^Tautan video ikrar/ }).fill('https://youtu.be/ikrar-netralitas-asn');
    // One column on a phone: the send button spans the screen and nothing scrolls sideways.
    const send = form.getByRole('button', { name: 'Kirim' });
    expect((await send.boundingBox())!.width).toBeGreaterThan(330);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await send.click();
    const done = page.getByTestId('pact-public-done');
    await done.getByText('Terima kasih').waitFor();
    const late = (await done.getByTestId('pact-public-late').count()) > 0;
    await page.screenshot({ path: path.join(SHOTS, `pact-public-${late ? 'late' : 'on-time'}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
    return { late };
  }
});

/** The link's path and fragment, opened on the desk under test whatever origin the server wrote into it. */
function localPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.hash}`;
}
