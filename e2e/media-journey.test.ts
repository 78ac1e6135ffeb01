import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

/**
 * Issue 9's journey: a desk officer pastes a news article, checks what was extracted, corrects a
 * region, saves the review and turns the article into a meeting record, in under a minute; the
 * article then links to the meeting. A second part adds articles from files and meets the duplicate
 * notice. The article texts are written for this test (synthetic news, no real event).
 */
const ADMIN = { email: 'admin@media.desk.go.id', password: 'admin passphrase for the media desk' };
const OFFICER = { email: 'petugas.media@gianyar.bawaslu.go.id', displayName: 'Petugas Media Bawaslu Gianyar', password: 'officer media journey 51.04' };
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
const GIANYAR = 'Kabupaten Gianyar';
/** The officer's part must take less than this (the issue: "in under a minute"). */
const BUDGET_MS = 60_000;

const TITLE = 'Forkopimda, KPU dan Bawaslu Gianyar Gelar Rakor Pengamanan Pilkada 2024';
const URL_OF_ARTICLE = 'https://warta-dewata.example/berita/2024/10/rakor-pengamanan-pilkada-gianyar';
const BODY = [
  'GIANYAR – Forum Koordinasi Pimpinan Daerah (Forkopimda) Kabupaten Gianyar bersama KPU dan Bawaslu Kabupaten Gianyar menggelar '
  + 'rapat koordinasi pengamanan Pilkada Serentak 2024 di Wantilan Kecamatan Ubud, Selasa (8/10/2024).',
  'Ketua KPU Kabupaten Gianyar, Ni Kadek Sriwahyuni, menyampaikan bahwa distribusi logistik ke 1.120 TPS dijadwalkan rampung '
  + 'paling lambat 20 Oktober 2024. Kapolres Gianyar AKBP Made Arsana Putra meminta seluruh pihak mewaspadai politik uang '
  + 'dan penyebaran hoaks di media sosial menjelang masa tenang.',
  'Rapat juga membahas pelaksanaan Undang-Undang Nomor 10 Tahun 2016 serta PKPU Nomor 8 Tahun 2024 terkait tahapan kampanye. '
  + 'Bawaslu Gianyar akan membuka posko pengaduan di setiap kecamatan hingga hari pemungutan suara.',
].join('\n\n');

const UPLOADED_TITLE = 'KPU Gianyar Sosialisasikan Tata Cara Pencoblosan kepada Pemilih Pemula';
const UPLOADED_BODY = 'GIANYAR – KPU Kabupaten Gianyar menggelar sosialisasi tata cara pencoblosan bagi pemilih pemula di SMA Negeri 1 Gianyar, '
  + 'Kamis (10/10/2024). Kegiatan diikuti 300 siswa yang baru pertama kali memilih pada Pilkada Serentak 2024.';
const HTML_FILE = `<!doctype html><html><head><title>Bawaslu Gianyar Patroli Pengawasan</title></head><body>
<h1>Bawaslu Gianyar Gelar Patroli Pengawasan Masa Tenang</h1>
<p>GIANYAR – Bawaslu Kabupaten Gianyar bersama jajaran pengawas kecamatan menggelar patroli pengawasan pada masa tenang,
Minggu (24/11/2024), untuk mencegah politik uang dan pemasangan alat peraga kampanye di luar jadwal.</p></body></html>`;

/** A news feed served by the test itself on localhost: one item, a synthetic article. */
const FEED_ITEM_TITLE = 'Kesbangpol Gianyar Gelar Deklarasi Pemilu Damai bersama Tokoh Masyarakat';
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Warta Dewata</title><link>https://warta-dewata.example/</link><description>Berita Bali</description>
<item><title>${FEED_ITEM_TITLE}</title><link>https://warta-dewata.example/berita/2024/11/deklarasi-damai-gianyar</link>
<pubDate>Mon, 04 Nov 2024 03:00:00 GMT</pubDate>
<description>GIANYAR – Badan Kesbangpol Kabupaten Gianyar menggelar deklarasi pemilu damai bersama tokoh masyarakat dan tokoh agama di Lapangan Astina, Senin (4/11/2024).</description></item>
</channel></rss>`;

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the media journey: ${MISSING}`);

async function chipNames(chips: Locator): Promise<string[]> {
  return (await chips.allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a desk officer turns a pasted news article into a reviewed meeting record', () => {
  let app: StartedDesk | undefined;
  let page: Page;
  let problems: string[] = [];
  let articlePath = '';

  beforeAll(async () => {
    app = await startDesk('media_journey', { admin: ADMIN });
    const unit = await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'BAWASLU', regionCode: '51.04', name: 'Bawaslu Kabupaten Gianyar' });
    await call(app.admin, 'POST', '/users', { ...OFFICER, role: 'officer', scopeRegionCode: '51.04', unitId: unit.id });
    ({ page, problems } = await app.signedIn(OFFICER, DESK));
  });

  afterAll(() => app?.close());

  it('pastes the article, corrects a region, saves the review and makes the meeting in under a minute', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pemantauan Media' }).click();
    await page.waitForURL('**/media');
    await page.getByRole('link', { name: 'Tambah artikel' }).click();
    const paste = page.getByRole('form', { name: 'Tempel artikel' });
    await paste.waitFor();

    // The officer's part starts with the article in hand and ends with the meeting linked to it.
    const started = Date.now();
    await paste.getByLabel('Judul').fill(TITLE);
    await paste.getByLabel('Alamat (URL)').fill(URL_OF_ARTICLE);
    await paste.getByLabel('Sumber').fill('Warta Dewata');
    await paste.getByLabel('Tanggal terbit').fill('2024-10-08');
    await paste.getByLabel('Teks artikel').fill(BODY);
    await paste.getByRole('button', { name: 'Simpan artikel' }).click();
    await page.waitForURL(/\/media\/\d+$/);
    articlePath = new URL(page.url()).pathname;

    // The text shows as stored, with whatever evidence the extractor found marked in it.
    const text = page.getByTestId('media-article-text');
    expect(await text.innerText()).toContain('Wantilan Kecamatan Ubud, Selasa (8/10/2024)');
    const review = page.getByRole('form', { name: 'Hasil ekstraksi' });
    const chips = review.getByTestId('media-region');
    await review.getByRole('button', { name: 'Simpan tinjauan' }).waitFor();
    const extracted = await chipNames(chips);
    console.log(`[media journey] extracted regions: ${JSON.stringify(extracted)}`);

    // Depends on the extractor: when it marked where Gianyar was read, pointing at the value lights those words.
    if (extracted.includes(GIANYAR) && (await text.locator('mark[data-fields~="regions"]').count()) > 0) {
      await chips.filter({ hasText: GIANYAR }).hover();
      await text.locator('mark[data-active="true"]').first().waitFor();
    }

    // The correction: the article is about Kabupaten Gianyar; any other region goes, Gianyar comes in
    // if missing. When the extractor already had exactly that, the officer adds the venue's kecamatan.
    const regionSearch = review.getByPlaceholder('Cari wilayah untuk ditambahkan');
    if (!extracted.includes(GIANYAR)) {
      await regionSearch.fill('gianyar');
      await review.getByRole('button', { name: GIANYAR, exact: true }).first().click();
      await chips.filter({ hasText: GIANYAR }).waitFor();
    }
    for (const name of extracted.filter((region) => region !== GIANYAR)) {
      await review.getByRole('button', { name: `Hapus wilayah ${name}`, exact: true }).click();
    }
    if (extracted.length === 1 && extracted[0] === GIANYAR) {
      await regionSearch.fill('ubud');
      await review.getByRole('button', { name: 'Ubud', exact: true }).first().click();
      await expect.poll(() => chips.count()).toBe(2);
    }
    const reviewed = await chipNames(chips);
    expect(reviewed[0]).toBe(GIANYAR);
    expect(reviewed).not.toEqual(extracted);
    // The event's day, whatever the extractor read.
    const eventDate = review.getByLabel('Tanggal peristiwa');
    if ((await eventDate.inputValue()) !== '2024-10-08') await eventDate.fill('2024-10-08');
    await review.getByRole('button', { name: 'Simpan tinjauan' }).click();
    await review.getByTestId('media-review-saved').waitFor();
    await page.getByTestId('media-state').getByText('Ditinjau').waitFor();
    await page.getByTestId('media-correction').filter({ hasText: 'Wilayah' }).waitFor();

    // One step to the meeting form, filled from the reviewed fields.
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await page.waitForURL('**/meetings/new');
    const form = page.getByRole('form', { name: 'Rapat baru' });
    await page.getByTestId('from-article').getByRole('link', { name: TITLE }).waitFor();
    expect(await form.getByLabel('Judul').inputValue()).toBe(TITLE);
    expect(await form.getByLabel('Mulai (WITA)').inputValue()).toBe('2024-10-08T09:00');
    await form.getByTestId('meeting-region').filter({ hasText: GIANYAR }).waitFor();
    await expect.poll(() => form.getByTestId('meeting-region').count()).toBe(reviewed.length);
    await form.getByRole('button', { name: 'Simpan rapat' }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    const meetingPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    // Back on the article: it names the meeting made of it.
    await page.goto(articlePath);
    const link = page.getByTestId('media-meeting-link');
    await link.getByText('Rapat dibuat:').waitFor();
    expect(await link.getByRole('link').getAttribute('href')).toBe(meetingPath);
    const elapsed = Date.now() - started;
    console.log(`[media journey] pasted article to linked meeting record: ${(elapsed / 1000).toFixed(1)} s`);
    expect(elapsed).toBeLessThan(BUDGET_MS);
    await page.screenshot({ path: path.join(SHOTS, 'media-article.png'), fullPage: true });
  });

  it('makes an incident of the same article in one step too, and the article links to it', async () => {
    await page.getByRole('button', { name: 'Buat insiden' }).click();
    await page.waitForURL('**/incidents/new');
    const form = page.getByTestId('incident-form');
    await page.getByTestId('from-article').getByRole('link', { name: TITLE }).waitFor();
    // Filled from the article: its title and lead paragraph, and the event's day at noon in Gianyar (WITA).
    expect(await form.getByLabel(/^Uraian kejadian/).inputValue()).toContain(TITLE);
    expect(await form.getByLabel(/^Waktu kejadian/).inputValue()).toBe('2024-10-08T12:00');
    const category = form.getByLabel(/^Kategori/);
    if ((await category.inputValue()) === '') await choose(page, category, '', /.+/);
    await form.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    const incidentPath = new URL(page.url()).pathname;
    await page.goto(articlePath);
    const link = page.getByTestId('media-incident-link');
    await link.getByText('Insiden dibuat:').waitFor();
    expect(await link.getByRole('link').getAttribute('href')).toBe(incidentPath);
  });

  it('adds articles from files, and a second paste of the same text or address is recognised as a duplicate', async () => {
    await page.goto('/media/tambah');
    const upload = page.getByRole('form', { name: 'Unggah berkas' });
    await upload.locator('input[type="file"]').setInputFiles([
      { name: 'kpu-gianyar-sosialisasi.txt', mimeType: 'text/plain', buffer: Buffer.from(`${UPLOADED_TITLE}\n\n${UPLOADED_BODY}\n`) },
      { name: 'bawaslu-gianyar-patroli.html', mimeType: 'text/html', buffer: Buffer.from(HTML_FILE) },
    ]);
    await upload.getByRole('button', { name: 'Unggah' }).click();
    const result = upload.getByTestId('media-upload-result');
    await result.getByText('Artikel baru: 2 · sudah ada: 0 · ditolak: 0').waitFor();
    await result.getByRole('link', { name: UPLOADED_TITLE }).waitFor();

    // The same text pasted again: nothing new is stored, the notice links the article already there.
    const paste = page.getByRole('form', { name: 'Tempel artikel' });
    await paste.getByLabel('Judul').fill(UPLOADED_TITLE);
    await paste.getByLabel('Teks artikel').fill(UPLOADED_BODY);
    await paste.getByRole('button', { name: 'Simpan artikel' }).click();
    const duplicate = page.getByTestId('media-duplicate');
    await duplicate.getByText('Teks yang sama sudah tersimpan sebagai').waitFor();
    const existing = await duplicate.getByRole('link').getAttribute('href');
    expect(existing).toMatch(/^\/media\/\d+$/);
    expect(page.url()).toMatch(/\/media\/tambah$/);

    // The journey's article again, by its address.
    await paste.getByLabel('Judul').fill('');
    await paste.getByLabel('Alamat (URL)').fill(URL_OF_ARTICLE);
    await paste.getByLabel('Teks artikel').fill(`${BODY}\n\nDiperbarui pukul 15.00 WITA.`);
    await paste.getByRole('button', { name: 'Simpan artikel' }).click();
    await duplicate.getByText('Alamat yang sama sudah tersimpan sebagai').waitFor();
    expect(await duplicate.getByRole('link').getAttribute('href')).toBe(articlePath);

    // The media view: three articles, all new since yesterday, and the list finds one by its words.
    await page.goto('/media');
    await expect.poll(async () => page.getByTestId('media-new-count').innerText()).toBe('3');
    await page.getByLabel('Cari kata').fill('pencoblosan');
    await expect.poll(() => page.getByTestId('media-article').count()).toBe(1);
    expect(await page.getByTestId('media-article').innerText()).toContain(UPLOADED_TITLE);
    await page.screenshot({ path: path.join(SHOTS, 'media-view.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('an administrator adds the desk\'s news feed, checks it now and sees the poll\'s outcome', async () => {
    const feedServer = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      response.end(RSS);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    try {
      const { page: admin, problems: adminProblems, context } = await app!.signedIn(ADMIN, DESK);
      await admin.goto('/media');
      await admin.getByRole('link', { name: 'Sumber berita' }).click();
      await admin.waitForURL('**/media/sumber');
      await admin.getByTestId('media-feeds-empty').waitFor();
      await admin.getByRole('button', { name: 'Tambah sumber' }).click();
      const form = admin.getByRole('form', { name: 'Sumber baru' });
      await form.getByRole('textbox', { name: 'Nama', exact: true }).fill('Warta Dewata – terkini');
      await form.getByRole('textbox', { name: /^Alamat umpan \(URL\)/ }).fill(`http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rss.xml`);
      await form.getByLabel('Periksa setiap (menit)').fill('60');
      await form.getByRole('button', { name: 'Simpan sumber' }).click();
      const row = admin.getByTestId('media-feed').filter({ hasText: 'Warta Dewata – terkini' });
      await row.getByText('Belum pernah diperiksa').waitFor();
      await row.getByRole('button', { name: 'Periksa sekarang' }).click();
      await row.getByTestId('media-poll-result').getByText('Dibaca 1, baru 1, sudah ada 0.').waitFor();
      await row.getByTestId('media-feed-status').getByText('Berhasil').waitFor();
      await admin.screenshot({ path: path.join(SHOTS, 'media-feeds.png'), fullPage: true });
      // Switched off, it is no longer polled on schedule.
      await row.getByRole('switch', { name: 'Aktifkan Warta Dewata – terkini' }).click({ force: true });
      await expect.poll(() => row.getByRole('switch').isChecked()).toBe(false);
      await admin.goto('/media');
      await admin.getByRole('link', { name: FEED_ITEM_TITLE }).first().waitFor();
      expect(adminProblems).toEqual([]);
      await context.close();
    } finally {
      await new Promise((resolve) => feedServer.close(resolve));
    }
  });
});
