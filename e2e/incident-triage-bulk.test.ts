import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

/**
 * Bulk triage and merging (issue 7): three reports at Apuan (Bangli) are ticked on the incident list
 * and verified together; the first one opened shows a fourth report, a typo'd SMS copy of it, as a
 * possible duplicate with its reasons; merged, the report lists both sources.
 * The server's clock is fixed at Wednesday 20 Nov 2024, 12.00 WITA.
 */
const ADMIN = { email: 'admin@triase-massal.go.id', password: 'admin passphrase for bulk triage' };
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Makassar' };
const CLOCK = '2024-11-20T04:00:00Z';

const report = (description: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  category: 'politik_uang', regime: 'pilkada', description, occurredAt, knownAt: '2024-11-20T03:00:00Z', regionCode: '51.06.01.2001',
  latitude: -8.43, longitude: 115.36, tps: 'TPS 003', ...extra,
});

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping bulk triage: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('bulk triage: three reports verified at once, then a suggested duplicate merged with both sources kept', () => {
  let app: StartedDesk | undefined;
  const ids: number[] = [];
  const references: string[] = [];
  let copy = { id: 0, reference: '' };

  beforeAll(async () => {
    app = await startDesk('incident-triage-bulk', { clock: CLOCK, admin: ADMIN });
    const texts = [
      'Tim sukses calon bupati membagikan amplop berisi uang Rp100.000 kepada warga di balai banjar Apuan.',
      'Baliho pasangan calon nomor satu dirusak orang tidak dikenal di simpang jalan desa.',
      'Petugas KPPS terlambat menerima logistik surat suara untuk TPS 003.',
    ];
    for (const [i, text] of texts.entries()) {
      const made = await call<{ id: number; reference: string }>(app.admin, 'POST', '/incidents', report(text, `2024-11-19T1${i}:00:00Z`));
      ids.push(made.id);
      references.push(made.reference);
    }
    copy = await call(app.admin, 'POST', '/incidents', report(
      'tim sukes calon bupati bagikan amplop brisi uang 100rb ke warga di balai banjar apuan', '2024-11-19T08:00:00Z',
      { channel: 'sms', reporterName: 'Pak Made', reporterContact: '0812 1111 2222' },
    ));
  });

  afterAll(() => app?.close());

  it('verifies the three ticked reports in bulk, then merges the suggested SMS copy into the first and shows both sources', async () => {
    const { context, page, problems } = await app!.signedIn(ADMIN, DESK);
    await page.goto('/incidents');
    const table = page.getByRole('table', { name: 'Laporan dalam wilayah Anda' });
    await expect.poll(() => table.getByTestId('incident-row').count(), { timeout: 30_000 }).toBe(4);

    for (const reference of references) await page.getByRole('checkbox', { name: `Pilih ${reference}` }).check();
    const bar = page.getByTestId('bulk-bar');
    await expect.poll(() => bar.getByRole('heading').innerText()).toBe('3 laporan dipilih');
    await bar.getByRole('radio', { name: 'Verifikasi' }).click();
    await bar.getByRole('textbox', { name: 'Alasan' }).fill('Dikonfirmasi pengawas kelurahan');
    await bar.getByRole('button', { name: 'Verifikasi: 3 laporan' }).click();

    const results = bar.getByTestId('bulk-results');
    await expect.poll(() => results.locator('tr[data-outcome="ok"]').count(), { timeout: 30_000 }).toBe(3);
    expect(await bar.innerText()).toContain('3 berhasil, 0 ditolak');
    // The list is read again: the three are verified, the SMS copy is still new.
    await expect.poll(async () => (await table.getByTestId('incident-status').allTextContents()).sort(), { timeout: 30_000 })
      .toEqual(['Baru', 'Terverifikasi', 'Terverifikasi', 'Terverifikasi']);
    await page.screenshot({ path: path.join(SHOTS, 'incident-bulk-verified.png'), fullPage: true });

    await table.getByRole('link', { name: references[0] }).click();
    await page.waitForURL(`**/incidents/${ids[0]}`);
    const panel = page.getByTestId('similar-panel');
    const candidate = panel.getByTestId('similar-candidate').filter({ hasText: copy.reference });
    await candidate.waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('similar-candidate').count()).toBe(1);
    const reasons = await candidate.locator('[data-testid^="reason-"]').allInnerTexts();
    expect(reasons[0]).toMatch(/^uraian \d+ % mirip$/);
    expect(reasons).toEqual(expect.arrayContaining(['desa sama', 'TPS sama (TPS 003)', 'kategori sama']));

    await candidate.getByRole('button', { name: 'Tandai duplikat dari laporan ini' }).click();
    await candidate.getByRole('button', { name: 'Tandai sebagai duplikat' }).click();

    const sources = page.getByTestId('incident-sources');
    await sources.waitFor({ timeout: 30_000 });
    await expect.poll(() => sources.getByTestId('incident-source').count()).toBe(2);
    const [primary, merged] = await sources.getByTestId('incident-source').allTextContents();
    expect(primary).toContain(references[0]);
    expect(primary).toContain('Laporan utama');
    expect(merged).toContain(copy.reference);
    expect(merged).toContain('SMS');
    expect(merged).toContain('Pak Made · 0812 1111 2222');
    expect(merged).toContain('tim sukes calon bupati');
    await expect.poll(() => panel.getByTestId('similar-candidate').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'incident-merged-sources.png'), fullPage: true });

    const duplicate = await call<{ status: string; duplicateOf: { id: number } }>(app!.admin, 'GET', `/incidents/${copy.id}`);
    expect(duplicate).toMatchObject({ status: 'duplikat', duplicateOf: { id: ids[0] } });
    expect(problems).toEqual([]);
    await context.close();
  });
});
