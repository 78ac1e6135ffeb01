import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, IN_CI, MISSING } from './browser';
import { startDesk, type StartedDesk } from './desk';
import { call } from './desk-data';

const ADMIN = { email: 'admin@desk.go.id', password: 'admin passphrase for the e2e desk' };
/** The server's fixed "now": 20 Nov 2024, 10.00 WITA. */
const CLOCK = '2024-11-20T02:00:00Z';

const report = (regionCode: string, description: string, occurredAt: string) => ({
  category: 'politik_uang', regime: 'pilkada', description, occurredAt, regionCode, reporterName: 'Saksi Ekspor', reporterContact: '0812 7777 1111',
});

if (!HAS_CHROMIUM && !IN_CI) console.warn(`[e2e] skipping the incident export: ${MISSING}`);

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('an administrator exports the filtered incident list', () => {
  let app: StartedDesk | undefined;
  const lombok: string[] = [];

  beforeAll(async () => {
    app = await startDesk('incident_export', { clock: CLOCK, admin: ADMIN });
    await call(app.admin, 'POST', '/incidents', report('51.06', 'Amplop di Bangli (ekspor e2e)', '2024-11-19T11:00:00Z'));
    for (const [n, at] of ['2024-11-18T01:00:00Z', '2024-11-19T01:00:00Z'].entries()) {
      lombok.push((await call<{ reference: string }>(app.admin, 'POST', '/incidents', report('52.01', `Amplop di Lombok ${n}, "titik", koma`, at))).reference);
    }
  });

  afterAll(() => app?.close());

  it('downloads a CSV of the reports the filters keep, with headers, newest first, and no reporter contact', async () => {
    const { context, page, problems } = await app!.signedIn(ADMIN, { locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await page.goto(`${app!.server.baseUrl}/incidents?region=52`);
    await page.getByTestId('incident-row').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ekspor CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('laporan-insiden-20241120.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    expect(header!.slice(0, 3)).toEqual(['Nomor laporan', 'Waktu kejadian', 'Waktu diketahui']);
    expect(rows.map((row) => row[0])).toEqual([...lombok].reverse());
    expect(rows[0]![1]).toBe('2024-11-19 09.00 WITA');
    expect(rows[0]![13]).toBe('Amplop di Lombok 1, "titik", koma');
    expect(text).not.toContain('0812 7777 1111');

    // The XLSX button carries the same filters.
    const xlsx = await page.getByRole('link', { name: 'Ekspor XLSX' }).getAttribute('href');
    expect(xlsx).toContain('region=52');
    expect(xlsx).toContain('format=xlsx');
    expect(problems).toEqual([]);
    await context.close();
  });
});
