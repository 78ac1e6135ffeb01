import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

/**
 * Issue 6's region page: Kabupaten Bangli's vulnerability page answers "is it ready, how vulnerable,
 * what is still open" — readiness by domain next to the explanation, and the open action items of
 * Bangli's units, overdue first, with a link to the board filtered to Bangli. An item marked done
 * leaves the list; the readiness page shows a vulnerability summary and the same list; an account
 * outside Bali reads the vulnerability page with calm notes instead of errors.
 */
const ADMIN = { email: 'admin@wilayah.go.id', password: 'admin passphrase for the region page' };
const COORDINATOR = { email: 'koordinator.wilayah@kesbangpol.baliprov.go.id', name: 'Koordinator Wilayah Bali', password: 'coordinator region 51' };
const VIEWER = { email: 'pemantau.gianyar@kesbangpol.gianyarkab.go.id', name: 'Pemantau Gianyar', password: 'viewer region 51.04' };
// 02:00 UTC is 10.00 in Bali (WITA) on 20 Nov 2024: an item due 15 Nov is overdue, one due 25 Nov is not.
const CLOCK = '2024-11-20T02:00:00Z';
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
const TEMPLATE = 'logistik-distribusi';

const ITEMS = {
  logistics: 'Distribusi kotak suara ke PPK Kintamani',
  overdue: 'Laporan pengawasan kampanye tatap muka di Susut',
  inProgress: 'Pencocokan ulang DPT di Desa Songan',
  done: 'Sosialisasi tata cara pencoblosan',
  gianyar: 'Patroli gudang logistik Gianyar',
  later: ['Rapat koordinasi pengamanan TPS rawan', 'Simulasi pemungutan suara di Bangli', 'Pemeriksaan surat suara rusak'],
};

interface Template { id: number; code: string; version: number; items: { code: string; weight: number }[] }
interface Indicator { code: string; direction: 'higher_is_worse' | 'higher_is_better'; scaleMin: number; scaleMax: number; derivation?: unknown }
interface Dimension { code: string; subdimensions: { indicators: Indicator[] }[] }
interface ScoreView { score: number | null; category: 'rendah' | 'sedang' | 'tinggi' | null; period: string | null }

/** As the page writes a percent in Indonesian ("43,33%"). */
const idPercent = (value: number) => (value / 100).toLocaleString('id-ID', { style: 'percent', maximumFractionDigits: 2 });
const idScore = (value: number) => value.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const hrefOf = (locator: Locator) => locator.getAttribute('href');

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the region page journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('a region page: readiness, vulnerability and open action items together', () => {
  let app: StartedDesk | undefined;
  let bangliName = '';
  let expected = 0;
  let score: ScoreView;
  const ids: Record<string, number> = {};
  const versions: Record<string, number> = {};

  beforeAll(async () => {
    app = await startDesk('region_page', { clock: CLOCK, admin: ADMIN });
    const admin = app.admin;
    await call(admin, 'POST', '/users', { email: COORDINATOR.email, displayName: COORDINATOR.name, password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: '51' });
    await call(admin, 'POST', '/users', { email: VIEWER.email, displayName: VIEWER.name, password: VIEWER.password, role: 'viewer', scopeRegionCode: '51.04' });
    bangliName = (await call<{ region: { name: string } }>(admin, 'GET', '/regions/51.06')).region.name;

    const unit = (agencyCode: string, regionCode: string, name: string) => call<{ id: number }>(admin, 'POST', '/units', { agencyCode, regionCode, name });
    const kpu = await unit('KPU', '51.06', 'KPU Kabupaten Bangli');
    const bawaslu = await unit('BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
    const gianyar = await unit('BAWASLU', '51.04', 'Bawaslu Kabupaten Gianyar');
    const person = await call<{ id: number }>(admin, 'POST', '/people', { fullName: 'Ni Luh Sukerti', position: 'Koordinator Divisi Pengawasan', unitId: bawaslu.id });
    const meeting = await call<{ id: number }>(admin, 'POST', '/meetings', {
      kind: 'rakor', title: 'Rakor Kesiapan Pilkada Kabupaten Bangli', organiserUnitId: kpu.id, regionCodes: ['51.06', '51.04'], mode: 'luring',
      venue: 'Kantor KPU Kabupaten Bangli', startsAt: '2024-11-18T01:00:00Z', endsAt: '2024-11-18T04:00:00Z',
    });
    const item = async (key: string, title: string, ownerUnitId: number, dueDate: string | null, ownerPersonId?: number) => {
      const made = await call<{ id: number; version: number }>(admin, 'POST', `/meetings/${meeting.id}/action-items`, { title, ownerUnitId, dueDate, ownerPersonId });
      ids[key] = made.id;
      versions[key] = made.version;
    };
    await item('logistics', ITEMS.logistics, kpu.id, '2024-11-25');
    await item('overdue', ITEMS.overdue, bawaslu.id, '2024-11-15', person.id);
    await item('inProgress', ITEMS.inProgress, kpu.id, null);
    await item('done', ITEMS.done, kpu.id, '2024-11-19');
    await item('gianyar', ITEMS.gianyar, gianyar.id, '2024-11-22');
    for (const [index, title] of ITEMS.later.entries()) await item(`later${index}`, title, kpu.id, `2024-12-0${index + 1}`);
    await call(admin, 'PATCH', `/action-items/${ids.inProgress}`, { version: versions.inProgress, status: 'in_progress', note: 'Petugas PPS sudah turun.' });
    await call(admin, 'PATCH', `/action-items/${ids.done}`, { version: versions.done, status: 'done', note: 'Selesai di 4 kecamatan.' });

    // Readiness: the logistics distribution checklist, two items siap, the third sebagian, the rest belum.
    const templates = await call<Template[]>(admin, 'GET', '/readiness/templates');
    const template = templates.filter((t) => t.code === TEMPLATE).sort((a, b) => b.version - a.version)[0]!;
    const statuses = template.items.map((entry, index) => ({ code: entry.code, status: index < 2 ? 'siap' : index === 2 ? 'sebagian' : 'belum' }));
    await call(admin, 'POST', '/readiness/assessments', { templateId: template.id, regionCode: '51.06', assessedOn: '2024-11-19', items: statuses });
    const weights = template.items.map((entry) => entry.weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    expected = Math.round(((100 * (weights[0]! + weights[1]! + 0.5 * weights[2]!)) / total) * 100) / 100;

    // Vulnerability: every typed indicator of Bangli at its worst for 2024 (derived ones are computed by the server).
    const [model] = await call<{ id: number }[]>(admin, 'GET', '/vulnerability/models');
    const dimensions = (await call<{ definition: { dimensions: Dimension[] } }>(admin, 'GET', `/vulnerability/models/${model!.id}`)).definition.dimensions;
    const values = Object.fromEntries(dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.indicators))
      .filter((i) => i.derivation === undefined)
      .map((i) => [i.code, i.direction === 'higher_is_worse' ? i.scaleMax : i.scaleMin]));
    const entered = await admin.fetch('/api/v1/vulnerability/values', { method: 'PUT', data: { model: model!.id, period: '2024', regionCode: '51.06', values } });
    expect(entered.status(), await entered.text()).toBe(200);
    score = await call<ScoreView>(admin, 'GET', '/vulnerability/regions/51.06');
    expect(score.score).not.toBeNull();
  });

  afterAll(() => app?.close());

  it('shows Bangli\'s readiness by domain and its open action items on the vulnerability page; a done item leaves', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, DESK);
    await page.goto('/vulnerability/regions/51.06');
    await page.getByRole('heading', { level: 1, name: bangliName }).waitFor();

    // Readiness: the logistics domain holds the one assessment, so its percent is that checklist's.
    const readiness = page.getByTestId('region-readiness');
    const logistics = readiness.locator('[data-testid="readiness-domain"][data-domain="logistik"]');
    await logistics.getByText(idPercent(expected)).waitFor();
    expect(Number(await logistics.getByTestId('readiness-domain-percent').getAttribute('data-percent'))).toBeCloseTo(expected, 2);
    expect(await readiness.locator('[data-testid="readiness-domain"][data-domain="keamanan"]').innerText()).toContain('Belum ada nilai');
    expect(await readiness.getByTestId('readiness-domain').count()).toBeGreaterThanOrEqual(8);
    expect(await hrefOf(readiness.getByTestId('readiness-link'))).toBe('/readiness/regions/51.06');

    // Open items: Bangli's units only, overdue first, done ones left out; five of the six, and a link to all.
    const open = page.getByTestId('region-open-items');
    const rows = open.getByTestId('open-item');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(5);
    expect(await open.getByTestId('open-items-count').innerText()).toMatch(/^6 terbuka$/i);
    const text = await open.innerText();
    expect(text).not.toContain(ITEMS.done);
    expect(text).not.toContain(ITEMS.gianyar);
    expect(text).not.toContain(ITEMS.inProgress); // undated: last in board order, beyond the first five
    expect(text).toContain('Menampilkan 5 dari 6.');
    const first = rows.nth(0);
    expect(await first.getAttribute('data-item')).toBe(String(ids.overdue));
    expect(await first.innerText()).toContain('Bawaslu Kabupaten Bangli · Ni Luh Sukerti');
    expect(await first.innerText()).toContain('Tenggat 15 Nov 2024 (WITA)');
    expect((await first.innerText()).toLowerCase()).toContain('terlambat');
    const logisticsItem = open.locator(`[data-item="${ids.logistics}"]`);
    expect(await logisticsItem.innerText()).toContain('Tenggat 25 Nov 2024 (WITA)');
    expect(await logisticsItem.getAttribute('data-overdue')).toBeNull();
    expect(await hrefOf(open.getByTestId('open-items-all'))).toBe('/action-items?mine=region&region=51.06');
    await page.screenshot({ path: path.join(SHOTS, 'region-page-vulnerability.png'), fullPage: true });

    // The item's link opens it over the board, which is narrowed to Bangli.
    await logisticsItem.getByRole('link', { name: ITEMS.logistics }).click();
    await page.waitForURL((url) => url.pathname === `/action-items/${ids.logistics}` && url.searchParams.get('region') === '51.06');
    await page.getByRole('dialog').getByText(ITEMS.logistics).first().waitFor();
    expect(await page.getByTestId('board-region-filter').innerText()).toContain(bangliName);
    // Bangli's seven (the done one too: the board groups every status); Gianyar's item would make eight.
    await expect.poll(() => page.getByTestId('action-item').count(), { timeout: 30_000 }).toBe(7);
    expect(await page.getByTestId('action-item').allInnerTexts()).not.toContainEqual(expect.stringContaining(ITEMS.gianyar));

    // Done through the API: after a reload it has left the list, and the undated in-progress item shows.
    await call(app!.admin, 'PATCH', `/action-items/${ids.logistics}`, { version: versions.logistics, status: 'done', note: 'Kotak suara diterima PPK.' });
    await page.goto('/vulnerability/regions/51.06');
    await page.getByRole('heading', { level: 1, name: bangliName }).waitFor();
    await expect.poll(() => open.getByTestId('open-items-count').innerText(), { timeout: 30_000 }).toMatch(/^5 terbuka$/i);
    expect(await open.innerText()).not.toContain(ITEMS.logistics);
    const inProgress = open.locator(`[data-item="${ids.inProgress}"]`);
    expect((await inProgress.innerText()).toLowerCase()).toContain('sedang dikerjakan');
    expect(await inProgress.innerText()).toContain('Tanpa tenggat');
    expect(await open.getByTestId('open-items-all').count()).toBe(0);

    // The readiness page: a vulnerability summary with the API's score and category, and the same open items.
    await page.getByTestId('region-readiness').getByTestId('readiness-link').click();
    await page.getByRole('heading', { level: 1, name: `Kesiapan ${bangliName}` }).waitFor();
    const summary = page.getByTestId('region-vulnerability');
    await summary.getByTestId('vulnerability-summary-score').waitFor();
    expect(await summary.getByTestId('vulnerability-summary-score').innerText()).toContain(idScore(score.score!));
    expect((await summary.getByTestId('category-badge').innerText()).toLowerCase()).toBe(score.category);
    expect(await summary.getByTestId('vulnerability-summary-period').innerText()).toBe(`Periode ${score.period}`);
    expect(await hrefOf(summary.getByTestId('vulnerability-link'))).toBe('/vulnerability/regions/51.06');
    const readinessOpen = page.getByTestId('region-open-items');
    await expect.poll(() => readinessOpen.getByTestId('open-item').count(), { timeout: 30_000 }).toBe(5);
    expect(await readinessOpen.getByTestId('open-item').first().getAttribute('data-item')).toBe(String(ids.overdue));
    await page.screenshot({ path: path.join(SHOTS, 'region-page-readiness.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('outside its scope, a viewer reads the scores with calm notes instead of readiness and items', async () => {
    const { context, page, problems } = await app!.signedIn(VIEWER, DESK);
    await page.goto('/vulnerability/regions/51.06');
    await page.getByRole('heading', { level: 1, name: bangliName }).waitFor();
    const readiness = page.getByTestId('region-readiness');
    await readiness.getByTestId('readiness-hidden').waitFor();
    expect(await readiness.getByRole('alert').count()).toBe(0);
    const open = page.getByTestId('region-open-items');
    await open.getByText('Wilayah ini di luar cakupan akun Anda', { exact: false }).waitFor();
    // The meeting also covered Gianyar, so the viewer sees it; Bangli's own items are listed from it.
    await expect.poll(() => open.getByTestId('open-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await open.innerText()).not.toContain(ITEMS.gianyar);
    expect(await open.getByRole('alert').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the region pages\' problem notices: kecamatan not available, unknown region', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, DESK);
    await page.goto('/vulnerability/regions/51.06.01');
    const notAvailable = page.getByTestId('region-not-available');
    await notAvailable.waitFor();
    expect(await hrefOf(notAvailable.getByRole('link', { name: 'Profil wilayah' }))).toBe('/regions/51.06.01');
    await page.goto('/readiness/regions/51.06.01');
    const readinessNotAvailable = page.getByTestId('readiness-not-available');
    await readinessNotAvailable.waitFor();
    expect(await hrefOf(readinessNotAvailable.getByRole('link', { name: 'Buka kesiapan kabupaten/kotanya' }))).toBe('/readiness/regions/51.06');
    await page.goto('/readiness/regions/51.99');
    await page.getByTestId('readiness-not-found').getByRole('heading', { name: 'Wilayah tidak ditemukan' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
