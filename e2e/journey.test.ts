import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the browser journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('web app in a browser', () => {
  let app: StartedDesk | undefined;

  beforeAll(async () => {
    app = await startDesk('journey', { clock: '2024-09-30T02:00:00Z' });
  });

  afterAll(() => app?.close());

  const newPage = () => app!.newPage();

  it('searches, drills down, switches to English and reads the election calendar', async () => {
    const { context, page, problems } = await newPage();
    await page.goto('/');
    await page.waitForURL('**/regions');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');

    await page.getByRole('searchbox', { name: 'Cari wilayah' }).fill('bangli');
    await page.waitForURL('**/regions?q=bangli');
    await page.getByRole('link', { name: 'Kabupaten Bangli', exact: true }).click();
    await page.waitForURL('**/regions/51.06');
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Bangli' }).waitFor();
    await page.getByRole('navigation', { name: 'Letak wilayah' }).getByRole('link', { name: 'Bali', exact: true }).waitFor();

    // Drill into a kecamatan and come back.
    const district = page.getByRole('region', { name: 'Kecamatan' }).getByRole('link').first();
    const districtName = (await district.innerText()).trim();
    await district.click();
    await page.waitForURL(/\/regions\/51\.06\.\d{2}$/);
    await page.getByRole('heading', { level: 1, name: districtName }).waitFor();
    await page.getByRole('region', { name: 'Desa dan kelurahan' }).getByRole('link').first().waitFor();
    await page.goBack();
    await page.waitForURL('**/regions/51.06');
    await page.getByRole('heading', { level: 1, name: 'Kabupaten Bangli' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'region.png'), fullPage: true });

    // English, remembered.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Regions' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('link', { name: 'View election calendar' }).click();
    await page.waitForURL('**/calendar?region=51.06');
    const campaign = page.locator('[data-phase="current"]', { hasText: 'Campaign period' }).first();
    await campaign.waitFor();
    expect(await campaign.innerText()).toMatch(/WITA/);
    expect(await page.locator('.gantt-row').count()).toBeGreaterThan(10);
    expect(await page.getByText(/Today: .*2024 WITA/).count()).toBeGreaterThan(0);
    const contests = page.getByRole('region', { name: 'Regional head contests' });
    await contests.getByText('Regent of Kabupaten Bangli').waitFor();
    await contests.getByText('Governor of Bali').waitFor();

    await page.reload();
    await page.locator('[data-phase="current"]', { hasText: 'Campaign period' }).first().waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Calendar' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: path.join(SHOTS, 'calendar.png'), fullPage: true });

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the translated not-found message for an unknown region, without page errors', async () => {
    const { context, page, problems } = await newPage();
    const response = await page.goto('/regions/99.99');
    expect(
      response?.headers()['content-type'],
      'a deep link whose last segment has a dot (/regions/99.99) must get the web app (SPA fallback), not a JSON 404',
    ).toMatch(/^text\/html/);
    await page.getByRole('alert').getByText('Wilayah tidak ditemukan.').waitFor();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Wilayah' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
