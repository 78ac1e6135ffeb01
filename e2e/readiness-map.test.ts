import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

/**
 * The readiness map (issue 6): Bangli's logistics checklist is assessed through the API with every
 * item sebagian, exactly 50 % — the lowest percent of the "sebagian" band. A national administrator
 * opens Kesiapan, clicks Bali on the provinces' map, finds Bangli coloured sebagian among Bali's
 * kabupaten/kota, and clicks it through to Bangli's readiness page. A viewer scoped to Bangli starts
 * at Bali's kabupaten/kota, with the others marked as outside the account's scope.
 */
const ADMIN = { email: 'admin@peta-kesiapan.go.id', password: 'admin passphrase for the readiness map' };
const VIEWER = { email: 'pemantau.bangli@peta-kesiapan.go.id', name: 'Pemantau Bangli', password: 'viewer passphrase 51.06' };
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Makassar' };
const TEMPLATE = 'logistik-distribusi';

type Categories = Record<string, string | null>;
const categoriesOf = async (map: Locator): Promise<Categories> => JSON.parse((await map.getAttribute('data-categories')) ?? '{}');
const anchorsOf = async (map: Locator): Promise<Record<string, [number, number]>> => JSON.parse((await map.getAttribute('data-anchors')) ?? '{}');

/** Clicks the map inside a region, at the point the map says lies inside it once it is drawn for `layer`. */
async function clickRegion(page: Page, map: Locator, layer: string, code: string) {
  await expect.poll(() => map.getAttribute('data-map'), { timeout: 30_000 }).toBe(layer);
  await expect.poll(async () => (await anchorsOf(map))[code], { timeout: 30_000 }).toBeDefined();
  const [x, y] = (await anchorsOf(map))[code]!;
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the readiness map: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('readiness map: provinces, a province’s kabupaten/kota, a region’s page', () => {
  let app: StartedDesk | undefined;
  let bangliName = '';

  beforeAll(async () => {
    app = await startDesk('readiness-map', { admin: ADMIN });
    const admin = app.admin;
    await call(admin, 'POST', '/users', { email: VIEWER.email, displayName: VIEWER.name, password: VIEWER.password, role: 'viewer', scopeRegionCode: '51.06' });
    bangliName = (await call<{ region: { name: string } }>(admin, 'GET', '/regions/51.06')).region.name;
    const templates = await call<{ id: number; code: string; version: number; items: { code: string }[] }[]>(admin, 'GET', '/readiness/templates');
    const template = templates.filter((t) => t.code === TEMPLATE).sort((a, b) => b.version - a.version)[0]!;
    // Every item half done: 100 · Σ(½w) / Σw = 50, whatever the weights.
    const assessed = await call<{ percent: number }>(admin, 'POST', '/readiness/assessments', {
      templateId: template.id, regionCode: '51.06', items: template.items.map((item) => ({ code: item.code, status: 'sebagian' })),
    });
    expect(assessed.percent).toBe(50);
  });

  afterAll(() => app?.close());

  it('drills from the provinces into Bali, shows Bangli as sebagian, and opens Bangli’s page', async () => {
    const { context, page, problems } = await app!.signedIn(ADMIN, DESK);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kesiapan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kesiapan', exact: true }).waitFor();
    const map = page.getByTestId('readiness-map');
    await page.getByRole('heading', { level: 2, name: 'Peta kesiapan provinsi' }).waitFor();
    // 38 provinces; Bali has no checklist of its own, so it is grey (no band) like the others.
    await expect.poll(async () => Object.keys(await categoriesOf(map)).length, { timeout: 30_000 }).toBe(38);
    expect((await categoriesOf(map))['51']).toBeNull();
    // The region links stay under the map: the accessible way to the same pages.
    await page.getByRole('list', { name: 'Provinsi' }).getByRole('link', { name: 'Bali', exact: true }).waitFor();

    await clickRegion(page, map, 'sinergi-indonesia', '51');
    await page.waitForURL(/\/readiness\?parent=51$/);
    await page.getByRole('heading', { level: 2, name: 'Peta kesiapan kabupaten/kota di Bali' }).waitFor();
    await expect.poll(async () => (await categoriesOf(map))['51.06'], { timeout: 30_000 }).toBe('sebagian');
    const categories = await categoriesOf(map);
    expect(Object.keys(categories).sort()).toEqual(['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71']);
    expect(Object.entries(categories).filter(([code]) => code !== '51.06').every(([, band]) => band === null)).toBe(true);
    expect(await map.getAttribute('aria-label')).toBe('Peta kesiapan: 0 siap, 1 sebagian, 0 belum, 8 belum dinilai');
    const legend = await page.getByTestId('readiness-legend').innerText();
    expect(legend).toContain('Siap ≥ 80%');
    expect(legend).toContain('Sebagian 50%–80%');
    expect(legend).toContain('Belum < 50%');
    await page.getByRole('navigation', { name: 'Jejak wilayah' }).getByText('Bali').waitFor();
    await page.getByRole('list', { name: 'Kabupaten/kota di Bali' }).getByRole('link', { name: bangliName, exact: true }).waitFor();

    // Hovering Bangli tells its percent and band.
    const [x, y] = (await anchorsOf(map))['51.06']!;
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + x, box.y + y);
    await page.getByText('Kesiapan: 50%').waitFor();
    await page.getByText('Kategori: Sebagian').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'readiness-map-bali.png'), fullPage: true });

    await clickRegion(page, map, 'sinergi-51', '51.06');
    await page.waitForURL(/\/readiness\/regions\/51\.06$/);
    await page.getByRole('heading', { level: 1, name: `Kesiapan ${bangliName}` }).waitFor();
    // Back returns to Bali's kabupaten/kota, not to the provinces.
    await page.goBack();
    await page.waitForURL(/\/readiness\?parent=51$/);
    await page.goBack();
    await page.waitForURL(/\/readiness$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('starts a viewer scoped to Bangli at Bali’s kabupaten/kota, the others outside the scope', async () => {
    const { context, page, problems } = await app!.signedIn(VIEWER, DESK);
    await page.goto('/readiness');
    const map = page.getByTestId('readiness-map');
    await expect.poll(() => map.getAttribute('data-map'), { timeout: 30_000 }).toBe('sinergi-51');
    await expect.poll(async () => (await categoriesOf(map))['51.06'], { timeout: 30_000 }).toBe('sebagian');
    const others = Object.entries(await categoriesOf(map)).filter(([code]) => code !== '51.06');
    expect(others).toHaveLength(8);
    expect(others.every(([, category]) => category === 'outside')).toBe(true);
    expect(await page.getByTestId('readiness-legend').innerText()).toContain('Di luar wilayah Anda');
    expect(await page.getByTestId('scope-region').innerText()).toBe(bangliName);

    // A click outside the scope goes nowhere; Bangli opens its page.
    await clickRegion(page, map, 'sinergi-51', '51.04');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/readiness');
    await clickRegion(page, map, 'sinergi-51', '51.06');
    await page.waitForURL(/\/readiness\/regions\/51\.06$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
