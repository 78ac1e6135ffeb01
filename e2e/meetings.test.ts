import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { COORDINATOR, seedBaliDesk } from './desk-data';
import { choose, waitForResult } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
// 02:00 UTC on 30 Sep 2024 is 10.00 in Denpasar (WITA).
const CLOCK = '2024-09-30T02:00:00Z';
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
const PHONE = { ...DESK, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const EARLIER = 'Rakor Persiapan Masa Kampanye Pilkada Bali 2024';
const TODAY = 'Rakor Kesiapan Pengamanan Pemungutan Suara Pilkada Bali 2024';
const NEW_TITLE = 'Rakor Kesiapan Logistik Pilkada Bali';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the meetings journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('coordination meetings in a browser', () => {
  let app: StartedDesk | undefined;
  /** The meeting the second test creates, for the ones after it. */
  let createdPath = '';

  beforeAll(async () => {
    app = await startDesk('meetings', { clock: CLOCK, admin: ADMIN });
    await seedBaliDesk(app.admin);
  });

  afterAll(() => app?.close());

  const coordinatorPage = (options: object = DESK) => app!.signedIn(COORDINATOR, options);

  const meetingTitles = (page: Page) => page.getByTestId('meeting-row').getByRole('link').allInnerTexts();

  it('lists meetings with filters kept in the URL: a reload (or a shared link) shows the same view', async () => {
    const { context, page, problems } = await coordinatorPage();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat' }).click();
    await page.waitForURL('**/meetings');
    await page.getByTestId('meeting-row').nth(1).waitFor();
    expect(await meetingTitles(page)).toEqual([TODAY, EARLIER]);
    // Times in the meeting's own zone (Bali: WITA), whatever the browser's zone (Jakarta here).
    expect(await page.getByTestId('meeting-row').first().innerText()).toContain('09.00 – 12.30 WITA');

    await page.getByLabel('Dari tanggal').fill('2024-09-15');
    await page.waitForURL(/from=2024-09-15/);
    await page.getByTestId('meeting-row').filter({ hasText: EARLIER }).waitFor({ state: 'detached' });
    expect(await meetingTitles(page)).toEqual([TODAY]);

    await page.getByLabel('Dari tanggal').fill('');
    await page.getByRole('searchbox', { name: 'Cari teks' }).fill('kampanye');
    await page.waitForURL(/q=kampanye/);
    await page.getByTestId('meeting-row').filter({ hasText: TODAY }).waitFor({ state: 'detached' });
    await choose(page, page.getByRole('combobox', { name: 'Jenis rapat' }), '', 'Rapat koordinasi (rakor)');
    await page.waitForURL(/kind=rakor/);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    await page.reload();
    await page.getByTestId('meeting-row').first().waitFor();
    expect(await meetingTitles(page)).toEqual([EARLIER]);
    expect(await page.getByRole('searchbox', { name: 'Cari teks' }).inputValue()).toBe('kampanye');
    expect(await page.getByRole('combobox', { name: 'Jenis rapat' }).inputValue()).toBe('Rapat koordinasi (rakor)');
    const exportHref = await page.getByRole('link', { name: 'Ekspor XLSX' }).getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/v1\/meetings\/export\.xlsx\?/);
    expect(exportHref).toContain('kind=rakor');
    expect(exportHref).toContain('q=kampanye');

    // The calendar shares the filters: September 2024 holds the earlier meeting on its local day (10 Sep).
    await page.getByRole('radiogroup', { name: 'Tampilan' }).getByText('Kalender').click();
    await page.waitForURL(/\/meetings\/calendar\?.*q=kampanye/);
    await page.goto('/meetings/calendar?month=2024-09&q=kampanye&kind=rakor');
    const day = page.getByRole('cell', { name: 'Selasa, 10 September' });
    await day.getByTestId('calendar-meeting').getByText(EARLIER).waitFor();
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await page.waitForURL(/month=2024-10/);
    await page.getByTestId('calendar-month').getByText('Oktober 2024').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'meetings-calendar.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coordinator schedules a meeting for Bali: clear messages first, then the meeting page in WITA', async () => {
    const { context, page, problems } = await coordinatorPage();
    await page.goto('/meetings');
    await page.getByRole('link', { name: 'Rapat baru' }).click();
    await page.waitForURL('**/meetings/new');
    const form = page.getByRole('form', { name: 'Rapat baru' });
    await form.getByRole('button', { name: 'Simpan rapat' }).click();
    await form.getByText('Pilih sedikitnya satu wilayah.').waitFor();
    await form.getByText('Periksa isian yang ditandai di atas.').waitFor();
    expect(await form.getByText('Wajib diisi.').count()).toBeGreaterThanOrEqual(3);

    await form.getByLabel('Judul').fill(NEW_TITLE);
    await choose(page, form.getByLabel('Unit penyelenggara'), 'kesbangpol', /^Badan Kesbangpol Provinsi Bali/);
    await form.getByLabel('Wilayah yang dibahas').fill('bali');
    await form.getByRole('button', { name: 'Bali', exact: true }).click();
    await form.getByTestId('meeting-region').getByText('Bali', { exact: true }).waitFor();
    expect(await form.getByTestId('meeting-zone').innerText()).toContain('WITA');
    await form.getByLabel('Mulai (WITA)').fill('2024-10-03T09:00');
    await form.getByLabel('Selesai (WITA)').fill('2024-10-03T08:00');
    await form.getByRole('button', { name: 'Simpan rapat' }).click();
    await form.getByText('Waktu selesai tidak boleh sebelum waktu mulai.').waitFor();
    await form.getByLabel('Selesai (WITA)').fill('2024-10-03T12:00');
    await form.getByLabel('Tempat').fill('Gedung Wiswa Sabha, Denpasar');
    await form.getByLabel('Dasar hukum').fill('UU No. 10 Tahun 2016');
    await form.getByLabel('Dasar hukum').press('Enter');
    await form.getByLabel('Agenda').fill('Kesiapan logistik dan distribusi surat suara');
    await form.getByRole('button', { name: 'Simpan rapat' }).click();

    await page.waitForURL(/\/meetings\/\d+$/);
    createdPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    expect(await page.getByTestId('meeting-when').innerText()).toContain('09.00 – 12.00 WITA');
    const facts = page.getByRole('region', { name: 'Data rapat' });
    await facts.getByText('UU 10/2016', { exact: true }).waitFor();
    await facts.getByText('Versi 1').waitFor();
    const documents = page.getByTestId('meeting-documents');
    expect(await documents.getByRole('link', { name: 'Unduh notulen (PDF)' }).getAttribute('href')).toBe(`/api/v1${createdPath}/minutes.pdf?lang=id`);
    expect(await documents.getByRole('link', { name: 'Daftar hadir di ponsel' }).getAttribute('href')).toBe(`${createdPath}/attendance`);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('records a finding, a strategy answering it and an action item, each form ready for the next entry', async () => {
    expect(createdPath, 'the meeting of the previous test').not.toBe('');
    const { context, page, problems } = await coordinatorPage();
    await page.goto(createdPath);

    const findings = page.getByRole('region', { name: 'Temuan' });
    const problem = findings.getByLabel('Permasalahan');
    await problem.fill('Gudang logistik KPU di Nusa Penida belum siap');
    await choose(page, findings.getByLabel('Bidang'), 'logis', 'Logistik');
    await choose(page, findings.getByLabel('Tingkat', { exact: true }), '', 'Tinggi');
    await findings.getByRole('button', { name: 'Tambah temuan' }).click();
    const finding = findings.getByTestId('finding').first();
    await finding.getByText('Gudang logistik KPU di Nusa Penida belum siap').waitFor();
    await expect.poll(() => problem.inputValue()).toBe('');
    // The cursor is back in the problem field, ready for the next finding.
    await expect.poll(() => problem.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await finding.innerText()).toMatch(/^T1/);
    await finding.getByText('Logistik', { exact: true }).waitFor();

    const strategies = page.getByRole('region', { name: 'Strategi' });
    await strategies.getByLabel('Strategi', { exact: true }).fill('Sewa gudang sementara di kantor kecamatan');
    await strategies.getByLabel(/^T1 · Gudang logistik/).check();
    await strategies.getByRole('button', { name: 'Tambah strategi' }).click();
    await strategies.getByTestId('strategy').getByText('Menjawab: T1').waitFor();
    // The strategy form is ready for the next entry before the test moves on to the next form.
    const strategyField = strategies.getByLabel('Strategi', { exact: true });
    await expect.poll(() => strategyField.inputValue()).toBe('');

    const items = page.getByRole('region', { name: 'Tindak lanjut', exact: true });
    await items.getByLabel('Yang harus dikerjakan').fill('Menandatangani sewa gudang sementara');
    await choose(page, items.getByLabel('Unit penanggung jawab'), 'kpu', /^KPU Provinsi Bali/);
    await items.getByLabel('Tenggat').fill('2024-10-10');
    await choose(page, items.getByLabel('Menjawab'), '', /^S1 · Sewa gudang/);
    await items.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    const item = items.getByTestId('action-item').first();
    await waitForResult(item.getByText('Menandatangani sewa gudang sementara'), items.getByRole('form'));
    const itemText = await item.innerText();
    expect(itemText).toContain('KPU Provinsi Bali');
    expect(itemText).toContain('tenggat 10 Okt 2024');
    expect(itemText).toContain('Menjawab: S1');
    await expect.poll(() => items.getByLabel('Yang harus dikerjakan').inputValue()).toBe('');

    await page.reload();
    await findings.getByTestId('finding').first().waitFor();
    expect(await items.getByTestId('action-item').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'meeting-page.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads the meeting in English, and fits a 390 px phone', async () => {
    expect(createdPath, 'the meeting of the previous test').not.toBe('');
    const { context, page, problems } = await coordinatorPage(PHONE);
    await page.goto(createdPath);
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Findings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('region', { name: 'Findings' }).getByText('Logistics', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Strategies' }).getByText('Answers: F1').waitFor();
    const english = page.getByRole('link', { name: 'Minutes in English (PDF)' });
    expect(await english.getAttribute('href')).toBe(`/api/v1${createdPath}/minutes.pdf?lang=en`);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'meeting-page-phone-en.png'), fullPage: true });

    await page.goto('/meetings');
    await page.getByTestId('meeting-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'meetings-phone-en.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });
});
