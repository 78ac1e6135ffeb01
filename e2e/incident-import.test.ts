import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const COORDINATOR = { email: 'koordinator.impor@desk.go.id', displayName: 'Koordinator Desk Bali', password: 'coordinator passphrase 51' };
/** The server's fixed "now": 20 Nov 2024, 10.00 WITA; the file's reports happened the evening before. */
const CLOCK = '2024-11-20T02:00:00Z';

/** Two good rows (a code and a name for the region) around one whose category and time mean nothing. */
const FILE = [
  'Kategori;Uraian;Wilayah;Waktu kejadian;Rezim',
  'politik uang;Amplop impor e2e dibagikan di banjar Apuan;51.06.01.2001;19/11/2024 20:00;pilkada',
  'cuaca;Hujan deras;51.06;kemarin sore;pilkada',
  'intimidasi;Warga impor e2e diancam agar memilih calon tertentu;Bangli;19/11/2024 21:30;pilkada',
].join('\n');

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the incident import: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a coordinator imports a spreadsheet of reports with one bad row', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    app = await startDesk('incident_import', { clock: CLOCK, admin: ADMIN });
    await call(app.admin, 'POST', '/users', { ...COORDINATOR, role: 'coordinator', scopeRegionCode: '51' });
  });

  afterAll(() => app?.close());

  it('sees the row report, imports keeping the valid rows, and finds them in the list', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await page.goto(`${app!.server.baseUrl}/incidents`);
    await page.getByRole('link', { name: 'Impor' }).click();
    await page.waitForURL('**/incidents/import');
    await page.getByRole('heading', { name: 'Impor laporan dari berkas' }).waitFor();

    // All or nothing: the bad row refuses the whole file, and the report says which row, column and why.
    await page.getByLabel('Berkas').setInputFiles({ name: 'laporan-bali.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('import-status').getByText('Ditolak').waitFor({ timeout: 30_000 });
    const problemRows = page.getByTestId('import-problems').locator('tbody tr');
    await expect.poll(() => problemRows.count()).toBe(2);
    expect(await problemRows.nth(0).innerText()).toMatch(/3\s+Kategori\s+cuaca\s+kategori tidak dikenali/);
    expect(await problemRows.nth(1).innerText()).toMatch(/3\s+Waktu kejadian\s+kemarin sore\s+waktu tidak terbaca/);
    expect(await page.getByTestId('import-summary').innerText()).toContain('Tidak ada laporan yang ditulis');

    // Keep the valid rows: two reports written, the bad row reported again.
    await page.getByLabel('Simpan baris yang valid').check();
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('import-status').getByText('Selesai').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-summary').innerText()).toContain('2 laporan ditulis; 1 baris bermasalah');
    const written = page.getByTestId('import-incidents').getByRole('link');
    await expect.poll(() => written.count()).toBe(2);
    const references = await written.allInnerTexts();
    await page.screenshot({ path: path.join(SHOTS, 'incident-import.png'), fullPage: true });

    // The list shows both, in the region's zone.
    await page.getByRole('link', { name: 'Buka daftar laporan' }).click();
    await page.waitForURL('**/incidents');
    for (const reference of references) await page.getByTestId('incident-row').filter({ hasText: reference }).waitFor();
    const row = page.getByTestId('incident-row').filter({ hasText: references[0]! });
    expect(await row.innerText()).toMatch(/19 Nov 2024,? 20\.00 WITA/);

    expect(problems).toEqual([]);
    await context.close();
  });
});
