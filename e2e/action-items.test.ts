import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { BANGLI, call, COORDINATOR, OFFICER, POLDA, seedBaliDesk, TINY_PNG, type Desk } from './desk-data';
import { HOME, signIn } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
// 02:00 UTC is 10.00 in Denpasar (WITA): the readiness meeting began at 09.00 and an item due 25 Sep is overdue.
const CLOCK = '2024-09-30T02:00:00Z';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' };

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the attendance and action-item journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('attendance at the door and the action-item board in a browser', () => {
  let app: StartedDesk | undefined;
  let desk: Desk;

  beforeAll(async () => {
    app = await startDesk('action_items', { clock: CLOCK, admin: ADMIN });
    desk = await seedBaliDesk(app.admin);
  });

  afterAll(() => app?.close());

  const newPage = (options = {}) => app!.newPage(options);

  it('on a phone, the coordinator ticks two invitees present; the counter follows and survives a reload', async () => {
    const { context, page, problems } = await newPage(PHONE);
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await page.waitForURL(HOME);
    await page.goto(`/meetings/${desk.meetingId}/attendance`);
    const counter = page.getByTestId('attendance-count');
    await counter.getByText(`0 dari ${desk.invitationCount} hadir`).waitFor();
    // The meeting's own zone, whatever the phone's (this one is set to Jakarta).
    expect(await page.getByTestId('meeting-time').innerText()).toMatch(/30 Sep 2024.*09\.00 WITA – 12\.30 WITA/);
    // The page fits the phone: nothing makes it scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A slow connection: the tick shows at once, a second tap while saving is ignored, the arrival time comes from the server.
    await page.route('**/api/v1/meetings/*/invitations/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const patches: string[] = [];
    page.on('request', (request) => { if (request.method() === 'PATCH') patches.push(request.url()); });
    const polda = page.getByRole('checkbox', { name: `Hadir: ${POLDA}` });
    await polda.click();
    await counter.getByText(`1 dari ${desk.invitationCount} hadir`).waitFor();
    expect(await polda.getAttribute('aria-disabled')).toBe('true');
    // force: a thumb does not wait for the row to be enabled again, as Playwright would.
    await polda.click({ force: true });
    expect(await polda.getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('invitee').filter({ hasText: POLDA }).getByTestId('arrival').getByText('Tiba 10.00 WITA').waitFor();
    expect(patches).toHaveLength(1);
    await page.unroute('**/api/v1/meetings/*/invitations/*');

    // The search narrows the list to find the next one quickly.
    await page.getByRole('searchbox', { name: 'Cari undangan' }).fill('bangli');
    await page.waitForURL(/[?&]q=bangli/);
    await expect.poll(() => page.getByTestId('invitee').count()).toBe(1);
    await page.getByRole('checkbox', { name: `Hadir: ${BANGLI}` }).click();
    await counter.getByText(`2 dari ${desk.invitationCount} hadir`).waitFor();
    await page.getByRole('searchbox', { name: 'Cari undangan' }).fill('');
    await expect.poll(() => page.getByTestId('invitee').count()).toBe(desk.invitationCount);
    await page.screenshot({ path: path.join(SHOTS, 'attendance-phone.png'), fullPage: true });

    // A failed save puts the row back and says so.
    await page.route('**/api/v1/meetings/*/invitations/*', (route) => route.fulfill({ status: 503, json: { code: 'unavailable', message: 'Server sedang sibuk.' } }));
    const kodam = page.getByRole('checkbox', { name: 'Hadir: Kodam IX/Udayana' });
    await kodam.click();
    await page.getByRole('alert').getByText(/Kehadiran Kodam IX\/Udayana tidak tersimpan\. Server sedang sibuk\./).waitFor();
    expect(await kodam.getAttribute('aria-checked')).toBe('false');
    await counter.getByText(`2 dari ${desk.invitationCount} hadir`).waitFor();
    await page.unroute('**/api/v1/meetings/*/invitations/*');

    await page.reload();
    await counter.getByText(`2 dari ${desk.invitationCount} hadir`).waitFor();
    expect(await page.getByRole('checkbox', { name: `Hadir: ${BANGLI}` }).getAttribute('aria-checked')).toBe('true');
    // Keyboard: focus a row and press Space.
    await page.getByRole('checkbox', { name: 'Hadir: KPU Provinsi Bali' }).focus();
    await page.keyboard.press('Space');
    await counter.getByText(`3 dari ${desk.invitationCount} hadir`).waitFor();
    await page.getByTestId('invitee').filter({ hasText: 'KPU Provinsi Bali' }).getByText('Tiba 10.00 WITA').waitFor();
    await page.keyboard.press('Space');
    await counter.getByText(`2 dari ${desk.invitationCount} hadir`).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the board shows the overdue item first, and "Wilayah saya" stays in the URL', async () => {
    const { context, page, problems } = await newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await page.waitForURL(HOME);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tindak lanjut' }).click();
    await page.waitForURL('**/action-items');
    // A coordinator has no unit of its own: the board starts with the region.
    expect(await page.getByRole('radio', { name: 'Wilayah saya' }).isChecked()).toBe(true);
    const open = page.getByRole('region', { name: /^Terbuka/ });
    const first = open.getByTestId('action-item').first();
    await first.getByText('Laporan kesiapan pengawasan logistik di 4 kecamatan').waitFor();
    expect(await first.getAttribute('data-overdue')).toBe('true');
    await first.getByText('Terlambat').waitFor();
    await first.getByText('Tenggat 25 Sep 2024 (WITA)').waitFor();
    expect(await open.getByTestId('action-item').count()).toBe(3);
    await page.getByRole('region', { name: /^Sedang dikerjakan/ }).getByText('Pengiriman surat suara ke gudang kabupaten').waitFor();
    await page.getByRole('region', { name: /^Selesai/ }).getByText('Sosialisasi netralitas ASN').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'action-items-board.png'), fullPage: true });

    const mine = page.getByRole('radiogroup', { name: 'Tampilkan tindak lanjut' });
    await mine.getByText('Unit saya').click();
    await page.waitForURL('**/action-items?mine=unit');
    await mine.getByText('Wilayah saya').click();
    await page.waitForURL('**/action-items?mine=region');
    await page.reload();
    expect(await page.getByRole('radio', { name: 'Wilayah saya' }).isChecked()).toBe(true);
    // click, not check(): the switch follows the URL, which the router updates a moment after the click.
    await page.getByRole('switch', { name: 'Hanya yang terlambat' }).click();
    await page.waitForURL('**/action-items?mine=region&overdue=true');
    await expect.poll(() => page.getByTestId('action-item').count()).toBe(1);

    // The item links back to the meeting where it was agreed.
    const meetingLink = page.getByTestId('action-item').first().getByRole('link', { name: /^Dari rapat: Rakor Persiapan Masa Kampanye/ });
    expect(await meetingLink.getAttribute('href')).toBe(`/meetings/${desk.earlierMeetingId}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the Bangli officer moves an item to done with a note and a PNG evidence file, and sees both in its history', async () => {
    const { context, page, problems } = await newPage(PHONE);
    await signIn(page, OFFICER.email, OFFICER.password);
    await page.waitForURL(HOME);
    await page.goto('/action-items');
    // An officer's board starts with its own unit.
    expect(await page.getByRole('radio', { name: 'Unit saya' }).isChecked()).toBe(true);
    const items = page.getByTestId('action-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().getAttribute('data-overdue')).toBe('true');
    await page.screenshot({ path: path.join(SHOTS, 'action-items-board-phone.png'), fullPage: true });

    await page.getByRole('link', { name: 'Pemetaan TPS rawan di Kabupaten Bangli' }).click();
    await page.waitForURL(`**/action-items/${desk.bangliItemId}`);
    const drawer = page.getByRole('dialog', { name: 'Pemetaan TPS rawan di Kabupaten Bangli' });
    await drawer.getByText('10 Okt 2024 (WITA)').waitFor();

    // Someone else adds a note first: the save is refused with what changed, and the item is read again.
    const detail = await call<{ version: number }>(app!.admin, 'GET', `/action-items/${desk.bangliItemId}`);
    await drawer.getByLabel('Status baru').selectOption('done');
    await drawer.getByLabel('Catatan', { exact: true }).fill('Pemetaan 312 TPS selesai; 14 TPS rawan dilaporkan ke KPU.');
    await call(app!.admin, 'PATCH', `/action-items/${desk.bangliItemId}`, { version: detail.version, status: 'in_progress', note: 'Mulai dikerjakan.' });
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    const stale = drawer.getByRole('alert').filter({ hasText: 'Sudah diubah orang lain' });
    await stale.getByText('Status: sekarang Sedang dikerjakan').waitFor();
    await drawer.getByTestId('history').getByText('Mulai dikerjakan.').waitFor();
    expect(await drawer.getByLabel('Catatan', { exact: true }).inputValue()).toMatch(/^Pemetaan 312 TPS/);

    await drawer.getByLabel('Status baru').selectOption('done');
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    await drawer.getByRole('status').getByText('Tersimpan.').waitFor();
    const history = drawer.getByTestId('history');
    const moved = history.getByTestId('history-event').first();
    await moved.getByText('Sedang dikerjakan → Selesai').waitFor();
    await moved.getByText('Pemetaan 312 TPS selesai; 14 TPS rawan dilaporkan ke KPU.').waitFor();
    await moved.getByText(new RegExp(`^${OFFICER.email}|^${OFFICER.name}`)).waitFor();

    await drawer.getByLabel('Berkas bukti').setInputFiles({ name: 'peta-tps-rawan.png', mimeType: 'image/png', buffer: TINY_PNG });
    await drawer.getByLabel('Keterangan bukti').fill('Peta TPS rawan Kabupaten Bangli');
    await drawer.getByRole('button', { name: 'Unggah bukti' }).click();
    await drawer.getByText('Bukti “peta-tps-rawan.png” diunggah.').waitFor();
    const evidence = history.getByTestId('history-event').first();
    await evidence.getByText('Bukti ditambahkan').waitFor();
    await evidence.getByText('Peta TPS rawan Kabupaten Bangli').waitFor();
    const download = evidence.getByRole('link', { name: /^Unduh peta-tps-rawan\.png/ });
    const file = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await file.body()).equals(TINY_PNG)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'action-item-drawer-phone.png'), fullPage: false });

    // Closed, the board shows it done.
    await drawer.getByRole('button', { name: 'Tutup' }).click();
    await page.waitForURL('**/action-items');
    await page.getByRole('region', { name: /^Selesai/ }).getByText('Pemetaan TPS rawan di Kabupaten Bangli').waitFor();
    // Focus goes back to the item the drawer was opened from.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Pemetaan TPS rawan di Kabupaten Bangli');
    expect(problems).toEqual([]);
    await context.close();
  });
});
