import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { HOME, signIn } from './ui';

const ADMIN = { email: 'admin@notif.go.id', password: 'admin passphrase for notifications' };
const OFFICER = { email: 'petugas.notif@desk.go.id', displayName: 'Petugas Bawaslu Bangli', password: 'officer passphrase notifications' };
const UNIT = 'Bawaslu Kabupaten Bangli';
/** Wednesday 20 Nov 2024, 10.00 WITA. */
const CLOCK = '2024-11-20T02:00:00Z';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the notification bell: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('the notification bell', () => {
  let app: StartedDesk | undefined;
  let unitId = 0;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    // Read by the server: no SMTP, so an e-mail delivery fails at its first (and only) attempt, found within a second.
    delete process.env.SINERGI_SMTP_URL;
    process.env.SINERGI_NOTIFY_MAX_ATTEMPTS = '1';
    process.env.SINERGI_NOTIFY_INTERVAL_MS = '500';
    app = await startDesk('notification_bell', { clock: CLOCK, admin: ADMIN });
    unitId = (await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'BAWASLU', regionCode: '51.06', name: UNIT })).id;
    await call(app.admin, 'POST', '/users', { ...OFFICER, role: 'officer', scopeRegionCode: '51.06', unitId });
  });

  afterAll(async () => {
    await app?.close();
    process.env = savedEnv;
  });

  async function referNewReport(): Promise<{ id: number; reference: string }> {
    const report = await call<{ id: number; reference: string }>(app!.admin, 'POST', '/incidents', {
      category: 'politik_uang', regime: 'pilkada', description: 'Pembagian amplop kepada warga di banjar Apuan menjelang pencoblosan.',
      occurredAt: '2024-11-19T12:00:00Z', knownAt: '2024-11-20T01:00:00Z', regionCode: '51.06.01.2001',
    });
    await call(app!.admin, 'POST', `/incidents/${report.id}/transitions`, { action: 'verifikasi', reason: 'Dikonfirmasi pengawas desa', version: 1 }, 200);
    await call(app!.admin, 'POST', `/incidents/${report.id}/transitions`, { action: 'teruskan', reason: 'Ranah Bawaslu', unitId, version: 2 }, 200);
    return report;
  }

  it('shows a referral to the officer’s unit at once, without a reload, and lists it', async () => {
    const { context, page, problems } = await app!.newPage({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await signIn(page, OFFICER.email, OFFICER.password);
    await page.waitForURL(HOME);
    const bell = page.getByTestId('notification-bell');
    await expect(bell.getAttribute('aria-label')).resolves.toBe('Pemberitahuan');

    // Someone at the desk refers a report to the officer's unit while the officer looks at another page.
    const report = await referNewReport();

    await page.getByRole('link', { name: 'Pemberitahuan: 1 belum dibaca' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('notification-count').getByText('1', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'notification-bell.png') });

    await bell.click();
    await page.waitForURL('**/notifications');
    const card = page.getByTestId('notification').first();
    await card.getByText(`Laporan ${report.reference} (Politik uang, Apuan) diteruskan ke ${UNIT}.`).waitFor();
    await card.getByRole('link', { name: `Buka laporan ${report.reference}` }).waitFor();
    await card.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await page.getByRole('link', { name: 'Pemberitahuan', exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an administrator adds an e-mail channel; a delivery that fails is listed under Pengiriman gagal and set aside', async () => {
    const { context, page, problems } = await app!.signedIn(ADMIN, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await page.goto(`${app!.server.baseUrl}/admin/units/${unitId}/notifications`);
    await page.getByText('Belum ada saluran: unit ini hanya diberi tahu di aplikasi.').waitFor();
    await page.getByLabel('Tujuan').fill('bukan-alamat');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByText('target harus satu alamat e-mail', { exact: false }).waitFor();
    await page.getByLabel('Tujuan').fill('piket@bawaslu-bangli.go.id');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByTestId('channel-table').getByText('piket@bawaslu-bangli.go.id').waitFor();

    const report = await referNewReport();
    await page.goto(`${app!.server.baseUrl}/notifications/failed`);
    const table = page.getByTestId('delivery-table');
    // The worker tries within a second; the list is read again on reload until the failure is there.
    for (let i = 0; i < 20 && !(await table.getByText(report.reference).isVisible()); i += 1) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    const row = table.getByRole('row').filter({ hasText: report.reference });
    await row.getByText('SMTP is not configured (SINERGI_SMTP_URL)').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'notification-failed-deliveries.png') });
    await row.getByRole('button', { name: 'Kesampingkan' }).click();
    await page.getByText('Tidak ada pengiriman dengan status ini.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
