import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { SHOTS, startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';
import { choose } from './ui';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
const COORDINATOR = { email: 'kesbangpol.netralitas@desk.go.id', displayName: 'Koordinator Kesbangpol Bali', password: 'coordinator passphrase neutrality 51' };
const NIP = '198503152010011002';

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping neutrality case: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('the ASN case of a neutrality report', () => {
  let app: StartedDesk | undefined;
  let neutralityId = 0;
  let moneyId = 0;

  beforeAll(async () => {
    app = await startDesk('neutrality_case', { admin: ADMIN });
    await call(app.admin, 'POST', '/users', { ...COORDINATOR, role: 'coordinator', scopeRegionCode: '51' });
    const base = { regime: 'pilkada', regionCode: '51.06.01.2001', occurredAt: '2024-11-18T02:00:00Z', knownAt: '2024-11-18T04:00:00Z' };
    neutralityId = (await call<{ id: number }>(app.admin, 'POST', '/incidents', { ...base, category: 'netralitas_asn', description: 'Camat mengajak ASN kecamatan hadir di kampanye pasangan calon.' })).id;
    moneyId = (await call<{ id: number }>(app.admin, 'POST', '/incidents', { ...base, category: 'politik_uang', description: 'Pembagian amplop di banjar.' })).id;
  });

  afterAll(() => app?.close());

  it('records the official and the sanction on the report page, and shows it only on neutrality reports', async () => {
    const { context, page, problems } = await app!.signedIn(COORDINATOR, { locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    await page.goto(`/incidents/${moneyId}`);
    await page.getByRole('heading', { name: /Politik uang/ }).waitFor();
    expect(await page.getByTestId('neutrality-panel').count()).toBe(0);

    await page.goto(`/incidents/${neutralityId}`);
    const panel = page.getByRole('region', { name: 'Kasus netralitas ASN' });
    await panel.getByText('Belum ada kasus netralitas yang dicatat untuk laporan ini.').waitFor();
    await panel.getByRole('textbox', { name: 'Kantor / perangkat daerah' }).fill('Kantor Camat Bangli');
    await panel.getByRole('textbox', { name: 'Nama pejabat/ASN' }).fill('I Made Suarta');
    await panel.getByRole('textbox', { name: /^NIP/ }).fill('12345');
    await panel.getByRole('button', { name: 'Simpan kasus' }).click();
    // The server's own words about the NIP, in Indonesian; nothing stored.
    await panel.getByRole('alert').waitFor();
    expect((await call<{ case: unknown }>(app!.admin, 'GET', `/incidents/${neutralityId}/neutrality`)).case).toBeNull();

    await panel.getByRole('textbox', { name: /^NIP/ }).fill(NIP);
    await panel.getByRole('textbox', { name: 'Jabatan' }).fill('Camat Bangli');
    await choose(page, panel.getByRole('combobox', { name: 'Hasil' }), '', 'Hukuman disiplin sedang');
    await panel.getByRole('textbox', { name: 'Diputuskan oleh' }).fill('BKN atas rekomendasi Bawaslu');
    await panel.getByRole('button', { name: 'Simpan kasus' }).click();
    await panel.getByRole('status').filter({ hasText: 'Kasus netralitas tersimpan.' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'neutrality-case.png'), fullPage: true });

    const stored = await call<{ case: { personNip: string; outcome: string; officeName: string; version: number } }>(app!.admin, 'GET', `/incidents/${neutralityId}/neutrality`);
    expect(stored.case).toMatchObject({ personNip: NIP, outcome: 'hukuman_disiplin_sedang', officeName: 'Kantor Camat Bangli', version: 1 });

    // A reload shows what is stored.
    await page.reload();
    await expect.poll(() => page.getByRole('region', { name: 'Kasus netralitas ASN' }).getByRole('textbox', { name: 'Jabatan' }).inputValue()).toBe('Camat Bangli');
    expect(problems.filter((problem) => !problem.includes('400'))).toEqual([]);
    await context.close();
  });
});
