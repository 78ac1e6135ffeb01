import path from 'node:path';
import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { apiSession, call } from './desk-data';
import { HOME, choose, signIn } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const OFFICER = { email: 'petugas.insiden@desk.go.id', displayName: 'Petugas Bawaslu Bangli', password: 'officer passphrase 51.06' };
const COORDINATOR = { email: 'koordinator.insiden@desk.go.id', displayName: 'Koordinator Desk Bali', password: 'coordinator passphrase 51' };
const UNIT = 'Bawaslu Kabupaten Bangli';

/**
 * The server's fixed "now": Wednesday 20 Nov 2024, 10.00 WITA (Bali is UTC+8), a week before the
 * Pilkada voting day. The referral to Bawaslu happens at this instant, which starts Bawaslu's
 * follow-up clock under Pilkada (UU 1/2015 ps. 134 ayat (5)): 3 calendar days counted from the day
 * after, in the region's zone: Thu 21, Fri 22, Sat 23 Nov; due Sat 23 Nov 2024 23.59.59 WITA. It is a
 * calendar-day clock, so the holiday table plays no part (a Saturday counts like any day); from 10.00
 * Wednesday that leaves 3 days 13 hours 59 minutes, shown as "sisa 3 hari 13 jam".
 */
const CLOCK = '2024-11-20T02:00:00Z';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the incident journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('an SMS report reaches an officer live, who verifies and refers it; the clock shows its due date', () => {
  let app: StartedDesk | undefined;
  let token = '';

  beforeAll(async () => {
    app = await startDesk('incident_journey', { clock: CLOCK, admin: ADMIN });
    const bangli = await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'BAWASLU', regionCode: '51.06', name: UNIT });
    await call(app.admin, 'POST', '/users', { ...OFFICER, role: 'officer', scopeRegionCode: '51.06', unitId: bangli.id });
    await call(app.admin, 'POST', '/users', { ...COORDINATOR, role: 'coordinator', scopeRegionCode: '51' });
    // The desk's coordinator gives the gateway a reporter token for Bali (README, Webhook): it may only submit reports there.
    const coordinator = await apiSession(app.server.baseUrl, COORDINATOR.email, COORDINATOR.password);
    token = (await call<{ token: string }>(coordinator, 'POST', '/tokens', { name: 'Gateway SMS Bali', role: 'reporter', scopeRegionCode: '51' })).token;
    await coordinator.dispose();
  });

  afterAll(() => app?.close());

  it('shows the report in the open list without a reload, then verify → refer, due date and timeline', async () => {
    const { context, page, problems } = await app!.newPage({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    // The browser's clock agrees with the server's pinned one, so countdowns read as on that morning.
    await page.clock.setFixedTime(new Date(CLOCK));
    await signIn(page, OFFICER.email, OFFICER.password);
    await page.waitForURL(HOME);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Insiden' }).click();
    await page.waitForURL('**/incidents');
    await page.getByText('Tidak ada laporan yang cocok.').waitFor();

    // The SMS arrives through the gateway's webhook while the officer looks at the list.
    const gateway = await request.newContext({ baseURL: app!.server.baseUrl, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const sms = await gateway.post('/api/v1/gateway/sms', {
      data: {
        messageId: 'SM-journey-0001', from: '0812-3456-7890', receivedAt: '2024-11-20T09:30:00+08:00',
        text: 'LAPOR#Bangli#netralitas asn#Kepala desa Kayubihi mengarahkan warga memilih calon tertentu PILKADA',
      },
    });
    expect(sms.status()).toBe(201);
    const answer = (await sms.json()) as { outcome: string; reference: string; incidentId: number };
    expect(answer.outcome).toBe('incident');
    await gateway.dispose();

    // Live: the row appears without a reload, with its time in the region's zone (WITA).
    const row = page.getByTestId('incident-row').filter({ hasText: answer.reference });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toMatch(/Kabupaten Bangli[\s\S]*Rab, 20 Nov 2024,? 09\.30 WITA[\s\S]*Baru[\s\S]*Sedang/i);
    // Its nearest clock is the 7-day reporting window from when it became known (20 Nov 09.30 → 27 Nov 23.59.59 WITA).
    await row.getByText('sisa 7 hari 13 jam').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'incident-list-live.png'), fullPage: true });

    await row.getByRole('link', { name: answer.reference }).click();
    await page.waitForURL(`**/incidents/${answer.incidentId}`);
    await page.getByRole('heading', { name: new RegExp(answer.reference) }).waitFor();
    await page.getByTestId('incident-description').getByText(/Kepala desa Kayubihi/).waitFor();

    // Verify, with a reason.
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    const verifyForm = page.getByTestId('transition-form');
    await verifyForm.getByRole('textbox', { name: 'Alasan' }).fill('Dua saksi warga membenarkan lewat telepon.');
    await verifyForm.getByRole('button', { name: 'Verifikasi' }).click();
    await page.getByTestId('incident-status').getByText('Terverifikasi').waitFor();

    // Refer to the Bangli Bawaslu unit, with a reason.
    await page.getByRole('button', { name: 'Teruskan ke unit', exact: true }).click();
    const referForm = page.getByTestId('transition-form');
    await choose(page, referForm.getByRole('combobox', { name: 'Unit tujuan' }), 'Bangli', new RegExp(UNIT));
    await referForm.getByRole('textbox', { name: 'Alasan' }).fill('Dugaan pelanggaran netralitas: kewenangan Bawaslu.');
    await referForm.getByRole('button', { name: 'Teruskan ke unit' }).click();
    await page.getByTestId('incident-status').getByText('Diteruskan').waitFor();
    await page.getByTestId('incident-referred-unit').getByText(UNIT).waitFor();

    // Bawaslu's clock: due Saturday 23 Nov 2024, 23.59 WITA (worked out above), 3 days 13 hours left.
    const bawaslu = page.getByTestId('deadline-row').filter({ hasText: 'Tindak lanjut Bawaslu' });
    expect(await bawaslu.getByTestId('deadline-due').innerText()).toMatch(/23 Nov 2024[\s\S]*Sab, 23 Nov 2024,? 23\.59 WITA/);
    await bawaslu.getByTestId('deadline-state').getByText('Berjalan').waitFor();
    await bawaslu.getByText('sisa 3 hari 13 jam').waitFor();
    await bawaslu.getByText('3 hari', { exact: true }).waitFor();
    // The reporting window was met by the referral.
    await page.getByTestId('deadline-row').filter({ hasText: 'Batas pelaporan' }).getByTestId('deadline-state').getByText('Terpenuhi').waitFor();

    // The timeline: who, when (WITA), what, why, to which unit.
    const steps = page.getByTestId('timeline-item');
    await expect.poll(() => steps.count()).toBe(2);
    expect(await steps.nth(0).innerText()).toMatch(/Verifikasi[\s\S]*20 Nov 2024,? 10\.00 WITA[\s\S]*petugas\.insiden@desk\.go\.id[\s\S]*Baru → Terverifikasi[\s\S]*Dua saksi warga/);
    expect(await steps.nth(1).innerText()).toMatch(new RegExp(`Teruskan ke unit[\\s\\S]*Terverifikasi → Diteruskan[\\s\\S]*Ke: ${UNIT}[\\s\\S]*kewenangan Bawaslu`));
    await page.screenshot({ path: path.join(SHOTS, 'incident-detail.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });
});
