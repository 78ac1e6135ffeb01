import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

/**
 * Issue 6: a Bali coordinator refines the map by importing a GeoJSON file keyed by Kemendagri code.
 * The check reports each feature (one accepted, one code unknown to the gazetteer, one crossing
 * itself, one outside the coordinator's province); the valid outline is applied, the Bali map says it
 * draws an imported boundary, and restoring the built-in one takes it away again.
 */
const ADMIN = { email: 'admin@batas.go.id', password: 'admin passphrase for outlines' };
const COORDINATOR = { email: 'koordinator.batas@kesbangpol.baliprov.go.id', name: 'Koordinator Batas Bali', password: 'coordinator outlines 51' };
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Makassar' };

const BADUNG = [[115.1, -8.5], [115.3, -8.5], [115.3, -8.7], [115.1, -8.7], [115.1, -8.5]];
const BOW_TIE = [[115.3, -8.2], [115.5, -8.4], [115.5, -8.2], [115.3, -8.4], [115.3, -8.2]];
const LOMBOK = [[116, -8.5], [116.2, -8.5], [116.2, -8.8], [116, -8.8], [116, -8.5]];
const feature = (code: string, ring: number[][]) => ({ type: 'Feature', properties: { KDPKAB: code }, geometry: { type: 'Polygon', coordinates: [ring] } });
const FILE = JSON.stringify({ type: 'FeatureCollection', features: [feature('5103', BADUNG), feature('5199', BADUNG), feature('5106', BOW_TIE), feature('5201', LOMBOK)] });

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the outline import: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('map outlines imported from GeoJSON', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    app = await startDesk('outlines', { admin: ADMIN });
    await call(app.admin, 'POST', '/users', { email: COORDINATOR.email, displayName: COORDINATOR.name, password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: '51' });
  });

  afterAll(() => app?.close());

  it('checks a file feature by feature, applies the valid outline, and restores the built-in one', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, DESK);
    await page.goto('/vulnerability?parent=51');
    await page.getByTestId('manage-outlines').click();
    await page.getByRole('heading', { level: 1, name: 'Batas wilayah peta' }).waitFor();
    await page.getByText('Belum ada. Semua wilayah memakai batas bawaan.').waitFor();

    await page.getByLabel('Berkas GeoJSON').setInputFiles({ name: 'batas-bali.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(FILE) });
    await page.getByRole('button', { name: 'Periksa' }).click();
    const report = page.getByTestId('outline-import-report');
    await report.getByText('4 fitur: 1 diterima, 3 ditolak.').waitFor();
    const accepted = await page.getByTestId('outline-import-accepted').innerText();
    expect(accepted).toContain('51.03');
    expect(accepted).toContain('Kabupaten Badung');
    expect(accepted.toLowerCase()).toContain('batas bawaan');
    const refused = await page.getByTestId('outline-import-problems').innerText();
    expect(refused).toContain('Kode wilayah tidak ada di gazetir Kemendagri');
    expect(refused).toContain('Garis batas poligon saling berpotongan (poligon 1, cincin 1)');
    expect(refused).toContain('Wilayah di luar cakupan akun Anda');
    // Refused features block the import until the user chooses to keep the valid ones.
    const apply = page.getByRole('button', { name: 'Terapkan' });
    expect(await apply.isDisabled()).toBe(true);
    await page.getByLabel('Terapkan fitur yang sah saja, walau fitur lain ditolak').check();
    await apply.click();
    await page.getByTestId('outline-import-applied').getByText('1 batas wilayah diterapkan. Peta sudah memakainya.').waitFor();
    const list = page.getByTestId('imported-outlines');
    await list.getByText('Kabupaten Badung').waitFor();
    expect(await list.innerText()).toContain('batas-bali.geojson');
    expect(await list.innerText()).toContain('WITA');

    // The Bali map now draws the imported outline.
    await page.getByRole('link', { name: 'Kembali ke kerawanan' }).click();
    await page.goto('/vulnerability?parent=51');
    await page.getByTestId('map-attribution').getByText('1 batas hasil impor desk').waitFor();

    await page.getByTestId('manage-outlines').click();
    await page.getByRole('button', { name: 'Kembalikan batas Kabupaten Badung ke bawaan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await page.getByText('Belum ada. Semua wilayah memakai batas bawaan.').waitFor();
    await page.goto('/vulnerability?parent=51');
    await page.getByTestId('map-attribution').waitFor();
    expect(await page.getByTestId('map-attribution').innerText()).not.toContain('hasil impor');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a viewer the imported outlines without the import form', async () => {
    await call(app!.admin, 'POST', '/users', { email: 'pemantau@batas.go.id', displayName: 'Pemantau', password: 'viewer outlines 51', role: 'viewer', scopeRegionCode: '51' });
    const { context, page, problems } = await app!.signedIn({ email: 'pemantau@batas.go.id', password: 'viewer outlines 51' }, DESK);
    await page.goto('/vulnerability/outlines');
    await page.getByRole('heading', { level: 1, name: 'Batas wilayah peta' }).waitFor();
    await page.getByText('Belum ada. Semua wilayah memakai batas bawaan.').waitFor();
    expect(await page.getByRole('heading', { name: 'Impor batas dari GeoJSON' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
