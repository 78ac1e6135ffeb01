import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emblemPng } from '../test/images';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const OFFICER = { email: 'petugas.lampiran@desk.go.id', displayName: 'Petugas Bangli dengan kamera', password: 'officer passphrase attachments 51.06' };
const DESCRIPTION = 'Foto amplop yang dibagikan di banjar Kayubihi, terlampir';
/** A real 120 × 120 image, so the thumbnail has pixels to show. */
const PHOTO = emblemPng(120);

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping incident attachments: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a report sent from the web form with a photo attached', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    app = await startDesk('incident_attachments', { admin: ADMIN });
    const bangli = await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'BAWASLU', regionCode: '51.06', name: 'Bawaslu Kabupaten Bangli' });
    await call(app.admin, 'POST', '/users', { ...OFFICER, role: 'officer', scopeRegionCode: '51.06', unitId: bangli.id });
  });

  afterAll(() => app?.close());

  it('refuses a wrong file before upload, uploads the photo after the report is made, shows its thumbnail, and downloads it', async () => {
    const { context, page, problems } = await app!.signedIn(OFFICER, { locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    await page.goto('/incidents/new');
    await page.getByTestId('incident-form').waitFor();
    await page.getByTestId('chosen-region').waitFor();
    await choose(page, page.getByRole('combobox', { name: /^Kategori/ }), 'Politik', 'Politik uang');
    await page.getByRole('textbox', { name: /^Uraian kejadian/ }).fill(DESCRIPTION);

    const input = page.getByTestId('attachment-input');
    await input.setInputFiles([
      { name: 'amplop.png', mimeType: 'image/png', buffer: PHOTO },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan foto') },
    ]);
    const chosen = page.getByTestId('chosen-attachment');
    await chosen.filter({ hasText: 'amplop.png' }).waitFor();
    // Refused at once, in the UI's language, and never sent.
    await chosen.filter({ hasText: 'catatan.txt' }).getByText('Jenis berkas tidak diterima: pilih gambar (JPEG, PNG, WebP) atau PDF.').waitFor();
    expect(await chosen.filter({ hasText: 'amplop.png' }).innerText()).toMatch(/amplop\.png\s*·\s*[\d,.]+ (B|KB)/);
    await chosen.filter({ hasText: 'catatan.txt' }).getByRole('button', { name: 'Batalkan catatan.txt' }).click();
    await page.screenshot({ path: path.join(SHOTS, 'incident-attachments-form.png'), fullPage: true });

    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/v1\/incidents\/\d+\/attachments$/.test(request.url())) uploads.push(request.url());
    });
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    expect(uploads).toEqual([expect.stringMatching(new RegExp(`/api/v1/incidents/${id}/attachments$`))]);

    // The detail page: the photo as a thumbnail that the browser decoded, with its size and who attached it.
    const section = page.getByRole('region', { name: 'Lampiran' });
    const tile = section.getByTestId('attachment-tile').filter({ hasText: 'amplop.png' });
    await tile.waitFor();
    expect(await tile.innerText()).toMatch(/Petugas Bangli dengan kamera[\s\S]*WITA/);
    const thumbnail = tile.getByRole('img', { name: 'amplop.png' });
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(120);
    await page.screenshot({ path: path.join(SHOTS, 'incident-attachments-detail.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), tile.getByRole('link', { name: 'Unduh amplop.png' }).click()]);
    expect(download.suggestedFilename()).toBe('amplop.png');
    const saved = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(saved)).equals(PHOTO)).toBe(true);

    const listed = await call<{ items: { name: string; mediaType: string; size: number }[] }>(app!.admin, 'GET', `/incidents/${id}/attachments`);
    expect(listed.items).toEqual([expect.objectContaining({ name: 'amplop.png', mediaType: 'image/png', size: PHOTO.length })]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
