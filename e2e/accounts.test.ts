import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { HOME, choose, chooseRegion, signIn, signOut, submitLogin } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const COORDINATOR = { email: 'koordinator.bali@desk.go.id', name: 'Koordinator Bali', password: 'coordinator passphrase 51' };
const OFFICER = { email: 'petugas.bangli@desk.go.id', name: 'Petugas Bawaslu Bangli', password: 'officer passphrase 51.06' };
const BANGLI_UNIT = 'Bawaslu Kabupaten Bangli';
const NTB_UNIT = 'KPU Kabupaten Lombok Barat';
const BANGLI_UNIT_RENAMED = 'Bawaslu Kabupaten Bangli (Sekretariat)';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the accounts journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('accounts, scope and audit in a browser', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    // The admin signs in through the browser only: no API session of its own.
    app = await startDesk('accounts', { admin: ADMIN, apiSession: false });
  });

  afterAll(() => app?.close());

  // Times in the audit trail show the browser's zone: Denpasar's, like a desk in Bali.
  const newPage = () => app!.newPage({ timezoneId: 'Asia/Makassar', locale: 'id-ID' });

  it('the admin signs in, creates units in Bali and NTB, a Bali coordinator and a Bangli officer', async () => {
    const { context, page, problems } = await newPage();
    await page.goto('/admin/users');
    await page.waitForURL('**/login?next=%2Fadmin%2Fusers');
    await submitLogin(page, ADMIN.email, 'not the password');
    await page.getByRole('alert').getByText('Email atau kata sandi salah.').waitFor();
    await submitLogin(page, ADMIN.email, ADMIN.password);
    await page.waitForURL('**/admin/users');
    expect(await page.getByTestId('user-scope').innerText()).toBe('Administrator · Nasional');

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kelola unit' }).click();
    const unitForm = page.getByRole('region', { name: 'Tambah unit' });
    for (const unit of [
      { agency: 'BAWASLU', name: BANGLI_UNIT, typed: 'bangli', region: 'Kabupaten Bangli' },
      { agency: 'KPU', name: NTB_UNIT, typed: 'lombok barat', region: 'Kabupaten Lombok Barat' },
    ]) {
      await choose(page, unitForm.getByRole('combobox', { name: 'Instansi' }), unit.agency, new RegExp(`^${unit.agency} — `));
      await unitForm.getByRole('textbox', { name: 'Nama unit' }).fill(unit.name);
      await chooseRegion(unitForm, unit.typed, unit.region);
      await unitForm.getByRole('button', { name: 'Tambah unit' }).click();
      await unitForm.getByRole('status').getByText(`Unit “${unit.name}” ditambahkan.`).waitFor();
    }
    const unitList = page.getByRole('table', { name: 'Unit dalam wilayah Anda' });
    await unitList.getByText(NTB_UNIT).waitFor();
    await unitList.getByText(BANGLI_UNIT).waitFor();

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Akun' }).click();
    const userForm = page.getByRole('region', { name: 'Buat akun' });
    const fill = async (person: { email: string; name: string; password: string }) => {
      await userForm.getByRole('textbox', { name: 'Email' }).fill(person.email);
      await userForm.getByRole('textbox', { name: 'Nama tampilan' }).fill(person.name);
      await userForm.locator('input[autocomplete="new-password"]').fill(person.password);
    };
    await fill(COORDINATOR);
    await choose(page, userForm.getByRole('combobox', { name: 'Peran' }), '', /^Koordinator — /);
    await chooseRegion(userForm, 'bali', 'Bali');
    await userForm.getByRole('button', { name: 'Buat akun' }).click();
    await userForm.getByRole('status').getByText(`Akun ${COORDINATOR.email} dibuat.`).waitFor();

    await fill(OFFICER);
    await choose(page, userForm.getByRole('combobox', { name: 'Bahasa' }), '', 'English');
    await choose(page, userForm.getByRole('combobox', { name: 'Peran' }), '', /^Petugas — /);
    await chooseRegion(userForm, 'bangli', 'Kabupaten Bangli');
    await choose(page, userForm.getByRole('combobox', { name: 'Unit' }), '', new RegExp(`^${BANGLI_UNIT} \\(BAWASLU`));
    await userForm.getByRole('button', { name: 'Buat akun' }).click();
    await userForm.getByRole('status').getByText(`Akun ${OFFICER.email} dibuat.`).waitFor();

    const users = page.getByRole('table', { name: 'Akun dalam wilayah Anda' });
    const officerRow = users.getByTestId('user-row').filter({ hasText: OFFICER.email });
    await officerRow.getByText(BANGLI_UNIT).waitFor();
    await officerRow.getByText('Kabupaten Bangli', { exact: true }).waitFor();
    await users.getByTestId('user-row').filter({ hasText: COORDINATOR.email }).getByText('Bali', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'admin-users.png'), fullPage: true });

    await signOut(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the officer works in English and sees Bangli only: no admin pages, only Bangli units', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, OFFICER.email, OFFICER.password);
    await page.waitForURL(HOME);
    // The account's language (English) replaces the default Indonesian.
    await page.getByTestId('user-scope').getByText('Officer · Kabupaten Bangli').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Dashboard', 'Regions', 'Calendar', 'My units', 'Meetings', 'Action items', 'Vulnerability', 'Readiness', 'Integrity pacts', 'Incidents', 'Political reports', 'Situation reports', 'Media monitoring', 'Alerts']);

    await nav.getByRole('link', { name: 'My units' }).click();
    const rows = page.getByRole('table', { name: 'Units in your region' }).getByTestId('unit-row');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.includes('Kabupaten Bangli'))).toBe(true);
    expect(texts.join('\n')).toContain(BANGLI_UNIT);
    expect(texts.join('\n')).not.toContain(NTB_UNIT);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Profile' }).waitFor();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['Profile', 'Sign out']);
    await page.keyboard.press('Escape');
    for (const path of ['/admin/users', '/admin/units', '/audit', '/tokens']) {
      await page.goto(path);
      await page.getByTestId('not-allowed').getByText('Your account’s role cannot open this page.').waitFor();
    }
    // Signed in, the language switch is saved on the account too.
    await page.getByText('ID', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await expect.poll(async () => ((await (await page.request.get('/api/v1/auth/me')).json()) as { language: string }).language).toBe('id');
    await signOut(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the Bali coordinator reads the audit trail of the Bali creations, filters it and exports it', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await page.waitForURL(HOME);
    await page.getByTestId('user-scope').getByText('Koordinator · Bali').waitFor();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Jejak audit' }).click();
    await page.waitForURL('**/audit');

    const rows = page.getByRole('table', { name: 'Catatan audit' }).getByTestId('audit-row');
    const unitRow = rows.filter({ hasText: 'Unit dibuat' });
    await unitRow.getByText(BANGLI_UNIT).waitFor();
    expect(await unitRow.count()).toBe(1); // the NTB unit lies outside Bali
    await rows.filter({ hasText: 'Akun dibuat' }).filter({ hasText: OFFICER.email }).waitFor();
    await rows.filter({ hasText: 'Akun dibuat' }).filter({ hasText: COORDINATOR.email }).waitFor();
    expect(await page.getByText(NTB_UNIT).count()).toBe(0);
    await rows.filter({ hasText: 'Profil diubah' }).filter({ hasText: OFFICER.email }).getByText('Bahasa: en → id').waitFor();
    expect(await rows.first().innerText()).toMatch(/GMT\+8/);
    await page.screenshot({ path: path.join(SHOTS, 'audit.png'), fullPage: true });

    await choose(page, page.getByRole('combobox', { name: 'Jenis objek' }), '', 'Unit');
    await page.waitForURL(/\/audit\?entityType=unit$/);
    await expect.poll(() => rows.count()).toBe(1);
    const href = await page.getByRole('link', { name: 'Ekspor CSV' }).getAttribute('href');
    expect(href).toBe('/api/v1/audit/export.csv?entityType=unit');
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('unit.create');

    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the coordinator creates an API token, sees its secret once, and revokes it after confirming', async () => {
    const { context, page, problems } = await newPage();
    await signIn(page, COORDINATOR.email, COORDINATOR.password);
    await page.waitForURL(HOME);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Token API' }).click();
    await page.waitForURL('**/tokens');
    const form = page.getByRole('region', { name: 'Buat token' });
    await form.getByRole('textbox', { name: 'Nama token' }).fill('Dasbor Bali');
    await form.getByRole('button', { name: 'Buat token' }).click();
    const secret = await page.getByTestId('token-secret').innerText();
    expect(secret).toMatch(/^sng_/);
    await page.getByText(/Token tidak akan ditampilkan lagi/).waitFor();
    const bearer = { Authorization: `Bearer ${secret}` };
    expect((await page.request.get('/api/v1/units', { headers: bearer })).status()).toBe(200);
    await page.getByRole('button', { name: 'Sudah saya simpan' }).click();
    expect(await page.getByTestId('token-secret').count()).toBe(0);

    const row = page.getByTestId('token-row').filter({ hasText: 'Dasbor Bali' });
    await row.getByText('Aktif').waitFor();
    await row.getByRole('button', { name: 'Cabut token Dasbor Bali' }).click();
    await page.getByRole('dialog', { name: 'Cabut token' }).getByRole('button', { name: 'Cabut' }).click();
    await row.getByText('Dicabut').waitFor();
    expect((await page.request.get('/api/v1/units', { headers: bearer })).status()).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the admin disables the officer, whose open session is refused at once, and renames the Bangli unit', async () => {
    const officer = await newPage();
    await signIn(officer.page, OFFICER.email, OFFICER.password);
    await officer.page.waitForURL(HOME);
    await officer.page.goto('/units');
    await officer.page.getByRole('table', { name: 'Unit dalam wilayah Anda' }).getByText(BANGLI_UNIT).waitFor();

    const admin = await newPage();
    const { page } = admin;
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL(HOME);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Akun' }).click();
    const users = page.getByRole('table', { name: 'Akun dalam wilayah Anda' });
    const officerRow = users.getByTestId('user-row').filter({ hasText: OFFICER.email });
    await officerRow.getByText('Aktif', { exact: true }).waitFor();
    // Nobody edits or resets their own account here (the profile page is for that).
    const ownRow = users.getByTestId('user-row').filter({ hasText: ADMIN.email });
    await ownRow.waitFor();
    expect(await ownRow.getByRole('button').count()).toBe(0);
    await officerRow.getByRole('button', { name: `Reset kata sandi ${OFFICER.name}` }).waitFor();

    await officerRow.getByRole('button', { name: `Ubah akun ${OFFICER.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ubah akun ${OFFICER.name}` });
    const active = dialog.getByRole('switch', { name: 'Akun aktif' });
    expect(await active.isChecked()).toBe(true);
    await active.uncheck();
    expect(await active.isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByRole('status').getByText(`Akun ${OFFICER.email} disimpan.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await officerRow.getByTestId('user-disabled').getByText('Nonaktif').waitFor();

    // The officer's session ended with the change: the next page load asks to sign in, and signing in fails.
    await officer.page.reload();
    await officer.page.waitForURL('**/login?next=%2Funits');
    await submitLogin(officer.page, OFFICER.email, OFFICER.password);
    await officer.page.getByRole('alert').getByText('Email atau kata sandi salah.').waitFor();
    expect((await officer.page.request.get('/api/v1/auth/me')).status()).toBe(401);

    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kelola unit' }).click();
    const units = page.getByRole('table', { name: 'Unit dalam wilayah Anda' });
    await units.getByRole('button', { name: `Ubah unit ${BANGLI_UNIT}` }).click();
    const unitDialog = page.getByRole('dialog', { name: `Ubah unit ${BANGLI_UNIT}` });
    await unitDialog.getByRole('textbox', { name: 'Nama unit' }).fill(BANGLI_UNIT_RENAMED);
    await unitDialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').getByText(`Unit “${BANGLI_UNIT_RENAMED}” disimpan.`).waitFor();
    const renamed = units.getByTestId('unit-row').filter({ hasText: BANGLI_UNIT_RENAMED });
    await renamed.getByText('Badan Pengawas Pemilihan Umum').waitFor();
    expect(await units.getByText(BANGLI_UNIT, { exact: true }).count()).toBe(0);
    // The accounts list names the officer's unit by its new name too.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Akun' }).click();
    await officerRow.getByText(BANGLI_UNIT_RENAMED).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'admin-users-edited.png'), fullPage: true });

    expect(officer.problems).toEqual([]);
    expect(admin.problems).toEqual([]);
    await officer.context.close();
    await admin.context.close();
  });
});
