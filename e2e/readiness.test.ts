import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

/**
 * The readiness (kesiapan) journey: a Bali coordinator assesses Kabupaten Bangli against the
 * logistics distribution checklist in the browser, reads the percent the checklist's weights give,
 * saves over someone else's change, turns the gaps into action items of a meeting on Bangli, and
 * finds Bangli counted in Bali's roll-up. The server runs on the real clock: the form's "today" and
 * the server's are then the same day.
 */
const ADMIN = { email: 'admin@kesiapan.go.id', password: 'admin passphrase for readiness' };
const COORDINATOR = { email: 'koordinator.kesiapan@kesbangpol.baliprov.go.id', name: 'Koordinator Kesiapan Bali', password: 'coordinator readiness 51' };
const DESK = { locale: 'id-ID', timezoneId: 'Asia/Makassar' };
const PHONE = { ...DESK, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const UNIT = 'KPU Kabupaten Bangli';
const MEETING = 'Rakor Kesiapan Distribusi Logistik Kabupaten Bangli';
const TEMPLATE = 'logistik-distribusi';

interface Template { id: number; code: string; version: number; title: { id: string }; items: { code: string; weight: number; label: { id: string } }[] }

/** As the page writes a percent in Indonesian ("43,33%"). */
const idPercent = (value: number) => (value / 100).toLocaleString('id-ID', { style: 'percent', maximumFractionDigits: 2 });

/** Waits until an element's whole text is `text` (a save or a refetch may take a while on a busy machine). */
const showsText = (locator: Locator, text: string) => expect.poll(() => locator.innerText(), { timeout: 30_000 }).toBe(text);

/** Nothing on the page is wider than the phone. */
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the readiness journey: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('readiness: a checklist assessed, its gaps followed up, the province rolled up', () => {
  let app: StartedDesk | undefined;
  let template: Template;
  let bangliName = '';
  let meetingId = 0;
  let assessmentId = 0;
  let expected = 0;

  beforeAll(async () => {
    app = await startDesk('readiness', { admin: ADMIN });
    const admin = app.admin;
    await call(admin, 'POST', '/users', { email: COORDINATOR.email, displayName: COORDINATOR.name, password: COORDINATOR.password, role: 'coordinator', scopeRegionCode: '51' });
    const unit = await call<{ id: number }>(admin, 'POST', '/units', { agencyCode: 'KPU', regionCode: '51.06', name: UNIT });
    const startsAt = new Date(Date.now() + 86_400_000);
    const meeting = await call<{ id: number }>(admin, 'POST', '/meetings', {
      kind: 'rakor', title: MEETING, organiserUnitId: unit.id, regionCodes: ['51.06'], mode: 'luring', venue: 'Kantor KPU Kabupaten Bangli',
      startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    });
    meetingId = meeting.id;
    bangliName = (await call<{ region: { name: string } }>(admin, 'GET', '/regions/51.06')).region.name;
    const templates = await call<Template[]>(admin, 'GET', '/readiness/templates');
    template = templates.filter((t) => t.code === TEMPLATE).sort((a, b) => b.version - a.version)[0]!;
    // Two items siap, the third sebagian, the rest belum: 100 · (w₁ + w₂ + ½·w₃) / Σw.
    const weights = template.items.map((item) => item.weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    expected = Math.round(((100 * (weights[0]! + weights[1]! + 0.5 * weights[2]!)) / total) * 100) / 100;
  });

  afterAll(() => app?.close());

  it('assesses Bangli, saves over another change, and turns the gaps into action items', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, DESK);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kesiapan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kesiapan', exact: true }).waitFor();
    const scope = page.getByTestId('scope-region');
    expect(await scope.innerText()).toBe('Bali');
    await scope.click();
    await page.getByRole('heading', { level: 1, name: 'Kesiapan Bali' }).waitFor();
    await page.getByRole('list', { name: 'Kabupaten/kota' }).getByRole('link', { name: bangliName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Kesiapan ${bangliName}` }).waitFor();
    const logistics = page.locator('[data-testid="domain-card"][data-domain="logistik"]');
    await logistics.locator(`[data-template="${TEMPLATE}"]`).getByText('Belum dinilai').waitFor();

    // A new assessment: the checklist chosen from its domain's group, today by default, KPU Bangli answering for it.
    const form = page.getByRole('form', { name: 'Penilaian baru' });
    await choose(page, form.getByRole('combobox', { name: 'Daftar periksa' }), 'distribusi', new RegExp(`^${template.title.id} · `));
    expect(await form.getByLabel('Tanggal penilaian').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await choose(page, form.getByRole('combobox', { name: 'Unit penanggung jawab (opsional)' }), 'bangli', new RegExp(`^${UNIT} \\(KPU`));
    await form.getByRole('button', { name: 'Buat penilaian' }).click();
    await page.waitForURL(/\/readiness\/assessments\/\d+$/);
    assessmentId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: template.title.id }).waitFor();
    const percent = page.getByTestId('assessment-percent-value');
    const saveState = page.getByTestId('save-state');
    await showsText(percent, idPercent(0));

    // Two siap, one sebagian, the rest left belum; then saved.
    const rows = page.getByTestId('checklist-item');
    expect(await rows.count()).toBe(template.items.length);
    await rows.nth(0).getByRole('radio', { name: 'Siap', exact: true }).click();
    await rows.nth(1).getByRole('radio', { name: 'Siap', exact: true }).click();
    await rows.nth(2).getByRole('radio', { name: 'Sebagian', exact: true }).click();
    await expect.poll(() => rows.nth(2).getByRole('radio', { name: 'Sebagian', exact: true }).getAttribute('aria-checked')).toBe('true');
    await showsText(saveState, `3 perubahan belum disimpan · setelah disimpan: ${idPercent(expected)}`);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await showsText(saveState, 'Tersimpan.');
    // The percent the server computed equals the hand calculation from the template's weights.
    await showsText(percent, idPercent(expected));
    const bar = page.getByRole('progressbar', { name: 'Persentase kesiapan' });
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeCloseTo(expected, 2);
    // Badges may show in capitals: compare without case.
    const counts = (await page.getByTestId('status-counts').innerText()).toLowerCase();
    expect(counts).toContain('siap: 2');
    expect(counts).toContain('sebagian: 1');
    expect(counts).toContain(`belum: ${template.items.length - 3}`);

    // Someone else saves a note on the last item meanwhile: the next save is refused and names that item.
    const current = await call<{ version: number }>(app!.admin, 'GET', `/readiness/assessments/${assessmentId}`);
    const last = template.items.at(-1)!;
    await call(app!.admin, 'PATCH', `/readiness/assessments/${assessmentId}`, { version: current.version, items: [{ code: last.code, note: 'Surat perintah pengawalan menunggu tanda tangan Kapolres.' }] });
    await rows.nth(3).getByLabel('Bukti').fill('https://kpu-bangli.example/berita-acara-ppk.pdf');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const stale = page.getByTestId('stale-notice');
    await stale.waitFor();
    expect(await stale.getByTestId('stale-changed').innerText()).toContain(last.label.id);
    await stale.getByRole('button', { name: 'Muat ulang' }).click();
    await stale.waitFor({ state: 'detached' });
    // The other person's note is there now, the coordinator's evidence still waits to be saved.
    expect(await rows.nth(template.items.length - 1).getByLabel('Catatan').inputValue()).toContain('Kapolres');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await showsText(saveState, 'Tersimpan.');
    await rows.nth(3).getByRole('link', { name: 'Buka tautan bukti' }).waitFor();
    await showsText(percent, idPercent(expected));

    // The gaps (one sebagian, the rest belum) become action items of the meeting on Bangli.
    const gaps = page.getByTestId('gap-actions');
    const gapCount = template.items.length - 2;
    expect(await gaps.getByRole('checkbox').count()).toBe(gapCount);
    await choose(page, gaps.getByRole('combobox', { name: 'Rapat' }), '', new RegExp(`^${MEETING}`));
    await gaps.getByRole('button', { name: 'Buat tindak lanjut' }).click();
    const created = gaps.getByTestId('created-items');
    await created.waitFor();
    const links = created.getByRole('link');
    expect(await links.count()).toBe(gapCount);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/action-items\/\d+$/);
    expect(await created.innerText()).toContain(`${template.items[2]!.label.id} — ${bangliName}`);
    // The checklist shows each gap's action item, open.
    await expect.poll(() => page.getByTestId('item-action').count(), { timeout: 30_000 }).toBe(gapCount);
    expect((await rows.nth(2).getByTestId('item-action').innerText()).toLowerCase()).toContain('terbuka');
    await gaps.getByTestId('no-gaps').waitFor();
    const meeting = await call<{ actionItems: { title: string }[] }>(app!.admin, 'GET', `/meetings/${meetingId}`);
    expect(meeting.actionItems.length).toBe(gapCount);
    await page.screenshot({ path: path.join(SHOTS, 'readiness-assessment.png'), fullPage: true });

    // Bangli's page shows the latest assessment; Bali's roll-up counts Bangli as 1 of its 9.
    await page.getByTestId('back-to-region').click();
    await page.getByRole('heading', { level: 1, name: `Kesiapan ${bangliName}` }).waitFor();
    await logistics.locator(`[data-template="${TEMPLATE}"]`).getByText(idPercent(expected)).waitFor();
    await page.getByTestId('back-to-province').click();
    await page.getByRole('heading', { level: 1, name: 'Kesiapan Bali' }).waitFor();
    const rollUp = page.locator('[data-testid="rollup-row"][data-domain="logistik"]');
    await showsText(rollUp.getByTestId('rollup-assessed'), '1 dari 9 dinilai');
    expect(await rollUp.innerText()).not.toContain(bangliName);
    await page.screenshot({ path: path.join(SHOTS, 'readiness-bali.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a 390 px phone: the checklist and the roll-up never scroll sideways', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, PHONE);
    await page.goto(`/readiness/assessments/${assessmentId}`);
    await page.getByRole('heading', { level: 1, name: template.title.id }).waitFor();
    const row = page.getByTestId('checklist-item').nth(4);
    // The four statuses sit two by two, each inside the screen and large enough for a thumb.
    for (const name of ['Siap', 'Sebagian', 'Belum', 'Tidak berlaku']) {
      const box = (await row.getByRole('radio', { name, exact: true }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(40);
    }
    await row.getByRole('radio', { name: 'Tidak berlaku', exact: true }).tap();
    await expect.poll(() => row.getByRole('radio', { name: 'Tidak berlaku', exact: true }).getAttribute('aria-checked')).toBe('true');
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'readiness-phone.png'), fullPage: true });

    await page.goto('/readiness/regions/51');
    await page.getByRole('heading', { level: 1, name: 'Kesiapan Bali' }).waitFor();
    await page.getByTestId('rollup-table').waitFor();
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });
});
