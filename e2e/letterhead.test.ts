import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emblemPng } from '../test/images';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { HOME, signIn } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const UNIT = 'Badan Kesbangpol Provinsi Bali';
const LINES = ['PEMERINTAH PROVINSI BALI', 'BADAN KESATUAN BANGSA DAN POLITIK'];
const ADDRESS = 'Jl. Basuki Rahmat No. 1, Niti Mandala, Denpasar 80235 · Telp. (0361) 224730';
const EMBLEM = emblemPng(120);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'id-ID' };

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the letterhead journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a unit’s letterhead (kop surat) in a browser', () => {
  let app: StartedDesk | undefined;
  let unitId = 0;

  beforeAll(async () => {
    app = await startDesk('letterhead', { admin: ADMIN });
    unitId = (await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'KESBANGPOL', regionCode: '51', name: UNIT })).id;
  });

  afterAll(() => app?.close());

  const newPage = (options = {}) => app!.newPage(options);

  /** Width in CSS pixels at which an <img> decoded (0 when it did not load). */
  const decodedWidth = (image: Locator) => image.evaluate((element) => (element as HTMLImageElement).naturalWidth);

  const previewOf = (page: Page) => page.getByTestId('kop-preview');

  it('the admin sets two lines, an address and a PNG logo, sees them in the preview and finds them kept after a reload', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL(HOME);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kelola unit' }).click();
    await page.getByRole('table', { name: 'Unit dalam wilayah Anda' }).getByRole('link', { name: `Kop surat ${UNIT}` }).click();
    await page.waitForURL(`**/admin/units/${unitId}/letterhead`);
    await page.getByRole('heading', { level: 1, name: 'Kop surat' }).waitFor();

    // Without lines the minutes print the unit's name: so does the preview, and it says so.
    const preview = previewOf(page);
    await preview.getByText(UNIT, { exact: true }).waitFor();
    await page.getByText('Belum ada baris kop: notulen mencetak nama unit di tempatnya.').waitFor();
    await page.getByText('Belum ada logo').waitFor();

    // The preview follows what is typed, before it is saved.
    await page.getByRole('textbox', { name: 'Baris 1' }).fill(LINES[0]!);
    await page.getByRole('textbox', { name: 'Baris 2' }).fill(`  ${LINES[1]!}  `);
    await page.getByRole('textbox', { name: 'Alamat' }).fill(ADDRESS);
    for (const text of [...LINES, ADDRESS]) await preview.getByText(text, { exact: true }).waitFor();
    expect(await preview.getByText(UNIT, { exact: true }).count()).toBe(0);
    await page.getByRole('status').getByText('Ada perubahan yang belum disimpan.').waitFor();

    await page.getByRole('button', { name: 'Simpan kop surat' }).click();
    await page.getByRole('status').getByText('Kop surat disimpan.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan kop surat' }).isDisabled()).toBe(true);

    // The logo: a real PNG, uploaded on its own, shown beside the field and in the preview.
    await page.getByLabel('Berkas logo').setInputFiles({ name: 'logo-bali.png', mimeType: 'image/png', buffer: EMBLEM });
    await page.getByRole('button', { name: 'Unggah logo' }).click();
    await page.getByRole('status').getByText('Logo “logo-bali.png” diunggah.').waitFor();
    const logo = preview.getByRole('img', { name: `Logo ${UNIT}` });
    await logo.waitFor();
    await expect.poll(() => decodedWidth(logo)).toBe(120);
    expect(await logo.getAttribute('src')).toMatch(new RegExp(`^/api/v1/units/${unitId}/letterhead/logo\\?v=`));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'letterhead.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kop surat' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Baris 1' }).inputValue()).toBe(LINES[0]);
    expect(await page.getByRole('textbox', { name: 'Baris 2' }).inputValue()).toBe(LINES[1]);
    expect(await page.getByRole('textbox', { name: 'Baris 3' }).inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: 'Alamat' }).inputValue()).toBe(ADDRESS);
    for (const text of [...LINES, ADDRESS]) await previewOf(page).getByText(text, { exact: true }).waitFor();
    await expect.poll(() => decodedWidth(previewOf(page).getByRole('img', { name: `Logo ${UNIT}` }))).toBe(120);

    const stored = await call<{ lines: string[]; address: string; hasLogo: boolean }>(app!.admin, 'GET', `/units/${unitId}/letterhead`);
    expect(stored).toMatchObject({ lines: LINES, address: ADDRESS, hasLogo: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a text file as logo is refused with a translated message, before and after uploading', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL(HOME);
    await page.goto(`/admin/units/${unitId}/letterhead`);
    const file = page.getByLabel('Berkas logo');
    const upload = page.getByRole('button', { name: 'Unggah logo' });

    // Its type is known in the browser: the message comes before anything is sent.
    await file.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan gambar\n') });
    await page.getByText('Logo harus berupa gambar PNG atau JPEG.').waitFor();
    expect(await upload.isDisabled()).toBe(true);
    expect(await file.getAttribute('aria-invalid')).toBe('true');

    // Named like a PNG, it gets past the browser; the server reads its bytes and answers 415, shown the same way.
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar juga\n') });
    expect(await page.getByText('Logo harus berupa gambar PNG atau JPEG.').count()).toBe(0);
    const refused = page.waitForResponse((response) => response.url().endsWith(`/units/${unitId}/letterhead/logo`) && response.request().method() === 'PUT');
    await upload.click();
    expect((await refused).status()).toBe(415);
    await page.getByText('Logo harus berupa gambar PNG atau JPEG.').waitFor();
    expect(await upload.isDisabled()).toBe(true);

    // In English too.
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('The logo must be a PNG or JPEG image.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Letterhead' }).waitFor();

    // The logo kept is still the PNG.
    await expect.poll(() => decodedWidth(previewOf(page).getByRole('img', { name: `Logo of ${UNIT}` }))).toBe(120);
    // The choice of language is kept on the account: back to Indonesian for the next sign-in.
    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kop surat' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone: the preview first, then the fields, nothing scrolls sideways', async () => {
    const { context, page, problems } = await newPage(PHONE);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL(HOME);
    await page.goto(`/admin/units/${unitId}/letterhead`);
    for (const text of LINES) await previewOf(page).getByText(text, { exact: true }).waitFor();
    await expect.poll(() => decodedWidth(previewOf(page).getByRole('img', { name: `Logo ${UNIT}` }))).toBe(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const previewBox = await previewOf(page).boundingBox();
    const fieldBox = await page.getByRole('textbox', { name: 'Baris 1' }).boundingBox();
    expect(previewBox && fieldBox && previewBox.y < fieldBox.y).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'letterhead-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
