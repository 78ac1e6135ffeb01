import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueInstant } from '../src/domain/incidents/deadlines';
import { formatCalendarDate } from '../src/web/shell/zonedTime';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const OFFICER = { email: 'petugas.kategori@desk.go.id', displayName: 'Petugas Bangli', password: 'officer passphrase categories 51.06' };

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping incident categories: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a desk sets its own legal clock for a category', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    app = await startDesk('incident_categories', { admin: ADMIN });
    const bangli = await call<{ id: number }>(app.admin, 'POST', '/units', { agencyCode: 'BAWASLU', regionCode: '51.06', name: 'Bawaslu Kabupaten Bangli' });
    await call(app.admin, 'POST', '/users', { ...OFFICER, role: 'officer', scopeRegionCode: '51.06', unitId: bangli.id });
  });

  afterAll(() => app?.close());

  it('the administrator shortens the Pilkada reporting window of money politics to 2 working days; a new report shows that deadline', async () => {
    const admin = await app!.signedIn(ADMIN, { locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    await admin.page.goto('/incidents');
    await admin.page.getByRole('link', { name: 'Kategori' }).click();
    await admin.page.waitForURL(/\/incidents\/categories$/);
    const row = admin.page.locator('[data-testid="category-row"][data-code="politik_uang"]');
    await row.getByRole('button', { name: 'Ubah kategori Politik uang' }).click();
    const form = admin.page.getByRole('form', { name: 'Pengaturan kategori' });
    await form.waitFor();
    const amount = form.getByRole('textbox', { name: 'Batas pelaporan pelanggaran · Pilkada (UU 10/2016): jumlah' });
    await amount.fill('2');
    await choose(admin.page, form.getByRole('combobox', { name: 'Batas pelaporan pelanggaran · Pilkada (UU 10/2016): satuan' }), '', 'hari kerja');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'detached' });
    await row.getByTestId('category-clock').filter({ hasText: 'Pilkada 2 hari kerja (diatur desk)' }).waitFor();
    await row.getByText('Diubah desk').waitFor();
    await admin.page.screenshot({ path: path.join(SHOTS, 'incident-categories.png'), fullPage: true });
    expect(admin.problems).toEqual([]);
    await admin.context.close();

    const officer = await app!.signedIn(OFFICER, { locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    const { page } = officer;
    await page.goto('/incidents/new');
    await page.getByTestId('incident-form').waitFor();
    await page.getByTestId('chosen-region').waitFor();
    await choose(page, page.getByRole('combobox', { name: /^Kategori/ }), 'Politik', 'Politik uang');
    await page.getByRole('textbox', { name: /^Uraian kejadian/ }).fill('Amplop dibagikan kepada warga di banjar menjelang pemungutan suara');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());

    // Known when it was sent (the server's now), counted in the desa's zone (WITA): 2 working days.
    const incident = await call<{ knownAt: string; regime: string; deadlines: { clock: string; dueDate: string; configured: boolean }[] }>(app!.admin, 'GET', `/incidents/${id}`);
    expect(incident.regime).toBe('pilkada');
    const expected = dueInstant(new Date(incident.knownAt), 2, 'working_days', 'WITA').lastDay;
    expect(incident.deadlines.find((deadline) => deadline.clock === 'pelaporan')).toMatchObject({ dueDate: expected, configured: true });
    const deadline = page.locator('[data-testid="deadline-row"][data-clock="pelaporan"]');
    await deadline.getByText('2 hari kerja', { exact: true }).waitFor();
    // The rule says it is the desk's, next to the law it comes from.
    await deadline.getByText(/UU 1\/2015 ps\. 134 ayat \(4\) · diatur desk/).waitFor();
    await deadline.getByTestId('deadline-due').getByText(formatCalendarDate('id-ID', expected), { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'incident-categories-deadline.png'), fullPage: true });
    expect(officer.problems).toEqual([]);
    await officer.context.close();
  });
});
