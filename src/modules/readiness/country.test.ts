import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';
import { readerOf } from '../dashboard/scope.js';
import { createReadinessService } from './service.js';

/**
 * The country's readiness per domain (the national dashboard's "readiness by domain"): a province
 * counts with its own assessment of a domain, else with its kabupaten/kota's mean; the country is the
 * mean over provinces with a figure. Hand-counted below; items weigh 1 each, sebagian counts half.
 */
const clock = { now: () => new Date('2024-10-01T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
let admin = '';
const password = 'country readiness password';
const label = (text: string) => ({ id: text, en: `${text} (en)` });

async function addTemplate(code: string, domain: string): Promise<number> {
  const items = [1, 2].map((i) => ({ code: `b${i}`, label: label(`Butir ${i}`), guidance: label('Panduan'), weight: 1 }));
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    insert into readiness_templates (code, version, domain, stage_code, title_id, title_en, items)
    values (${code}, 1, ${domain}, null, ${`Uji ${code}`}, ${`Test ${code}`}, ${JSON.stringify(items)}::jsonb) returning id`);
  return Number(rows.rows[0]!.id);
}

async function assess(templateId: number, regionCode: string, statuses: [string, string]) {
  const response = await ctx.app.inject({
    method: 'POST', url: '/api/v1/readiness/assessments', headers: { origin: TEST_ORIGIN }, cookies: { sinergi_session: admin },
    payload: { templateId, regionCode, assessedOn: '2024-09-30', items: statuses.map((status, i) => ({ code: `b${i + 1}`, status })) },
  });
  expect(response.statusCode, `${regionCode}: ${response.body}`).toBe(201);
}

beforeAll(async () => {
  ctx = await openTestApp(clock);
  await createTestUser(ctx.database, { email: 'admin@country.id', password, role: 'admin', scopeRegionCode: null });
  admin = await signIn(ctx.app, 'admin@country.id', password);
  const logistik = await addTemplate('uji-logistik', 'logistik');
  const anggaran = await addTemplate('uji-anggaran', 'anggaran');
  await assess(logistik, '51', ['siap', 'siap']); // Bali's own logistics: 100 (its kabupaten below do not count for it)
  await assess(logistik, '51.06', ['belum', 'belum']); // 0, shadowed by Bali's own
  await assess(anggaran, '51.06', ['siap', 'belum']); // 50
  await assess(anggaran, '51.03', ['siap', 'siap']); // 100 → Bali's budget, rolled up: 75
  await assess(logistik, '52.01', ['siap', 'sebagian']); // 75 → NTB's logistics (no own); NTB has no budget figure
});
afterAll(async () => ctx?.close());

const domainOf = (domains: { domain: string; percent: number | null }[], domain: string) => domains.find((d) => d.domain === domain);

describe('readiness of the country by domain', () => {
  it('rolls provinces up from their own assessments, else their kabupaten/kota, on the national dashboard', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboard/regions', cookies: { sinergi_session: admin } });
    expect(response.statusCode, response.body).toBe(200);
    const domains = response.json().readinessByDomain;
    // Logistics: Bali 100, NTB 75 → 87.5. Budget: Bali 75 only → 75.
    expect(domainOf(domains, 'logistik')).toMatchObject({ percent: 87.5, link: '/readiness', label: { id: expect.any(String), en: expect.any(String) } });
    expect(domainOf(domains, 'anggaran')).toMatchObject({ percent: 75, link: '/readiness' });
  });

  it('counts only the regions the reader may read, and says how many provinces have a figure', async () => {
    const national = await ctx.services.readiness.country(readerOf({ role: 'admin', regionCode: null, unitId: null }));
    expect(domainOf(national, 'logistik')).toMatchObject({ percent: 87.5, assessed: 2, expected: 38 });
    const bali = await ctx.services.readiness.country(readerOf({ role: 'coordinator', regionCode: '51', unitId: null }));
    expect(domainOf(bali, 'logistik')).toMatchObject({ percent: 100, assessed: 1, expected: 1, missing: [] });
    expect(domainOf(bali, 'anggaran')).toMatchObject({ percent: 75, assessed: 1 });
    const ntbRegency = await ctx.services.readiness.country(readerOf({ role: 'viewer', regionCode: '52.01', unitId: null }));
    // A kabupaten/kota account reads no province: no country figure to give.
    expect(domainOf(ntbRegency, 'logistik')).toMatchObject({ percent: null, expected: 0 });
  });

  it('sees a change made by another server process at once (the latest-assessments cache asks the database first)', async () => {
    // Another process on the same database: its own service, its own cache, warmed before the change.
    const other = createReadinessService(ctx.database.db, clock);
    const reader = readerOf({ role: 'admin', regionCode: null, unitId: null });
    expect(domainOf(await other.country(reader), 'anggaran')).toMatchObject({ percent: 75 });
    const [ntbRegency] = (await ctx.database.db.execute<{ id: number }>(sql`select id from readiness_templates where code = 'uji-anggaran'`)).rows;
    await assess(Number(ntbRegency!.id), '52.01', ['belum', 'belum']); // NTB's budget: 0 → the country's (75 + 0)/2 = 37.5
    expect(domainOf(await other.country(reader), 'anggaran')).toMatchObject({ percent: 37.5, assessed: 2 });
    const latest = (await ctx.database.db.execute<{ id: number; version: number }>(sql`
      select id, version from readiness_assessments where region_code = '52.01' and template_id = ${Number(ntbRegency!.id)}`)).rows[0]!;
    const edited = await ctx.app.inject({
      method: 'PATCH', url: `/api/v1/readiness/assessments/${latest.id}`, headers: { origin: TEST_ORIGIN }, cookies: { sinergi_session: admin },
      payload: { version: Number(latest.version), items: [{ code: 'b1', status: 'siap' }, { code: 'b2', status: 'siap' }] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(domainOf(await other.country(reader), 'anggaran')).toMatchObject({ percent: 87.5 }); // (75 + 100)/2
  });
});
