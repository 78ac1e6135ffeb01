import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, openTestApp, signIn, TEST_ORIGIN } from '../../../test/helpers.js';

/**
 * GET /readiness/scores: the overall readiness of the provinces or of a province's kabupaten/kota,
 * for the map. The percent must be the one each region's own page shows, banded siap ≥ 80,
 * sebagian ≥ 50, belum below; regions outside the reader's scope are left out.
 */
const clock = { now: () => new Date('2024-10-01T02:00:00Z') };
let ctx: Awaited<ReturnType<typeof openTestApp>>;
const password = 'readiness map password';
type Who = 'admin' | 'bali' | 'ntb' | 'viewer' | 'reporter';
const session: Record<Who, string> = { admin: '', bali: '', ntb: '', viewer: '', reporter: '' };
/** Two small checklists in two domains, so a region's overall percent is a mean of two domain percents. */
const template = { logistik: 0, anggaran: 0 };

interface Row { code: string; name: string; percent: number | null; band: string | null; lastAssessedOn: string | null }
interface Scores { parent: { code: string; name: string } | null; level: string; rows: Row[] }

const label = (text: string) => ({ id: text, en: `${text} (en)` });
async function addTemplate(code: string, domain: string, weights: number[]): Promise<number> {
  const items = weights.map((weight, i) => ({ code: `b${i + 1}`, label: label(`Butir ${i + 1}`), guidance: label('Panduan'), weight }));
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    insert into readiness_templates (code, version, domain, stage_code, title_id, title_en, items)
    values (${code}, 1, ${domain}, null, ${`Uji ${code}`}, ${`Test ${code}`}, ${JSON.stringify(items)}::jsonb) returning id`);
  return Number(rows.rows[0]!.id);
}

function call(who: Who | null, method: 'GET' | 'POST', url: string, payload?: unknown) {
  return ctx.app.inject({
    method, url: `/api/v1${url}`, payload: payload as never, headers: { origin: TEST_ORIGIN },
    ...(who ? { cookies: { sinergi_session: session[who] } } : {}),
  });
}

async function assess(templateId: number, regionCode: string, assessedOn: string, statuses: string[]) {
  const response = await call('admin', 'POST', '/readiness/assessments', {
    templateId, regionCode, assessedOn, items: statuses.map((status, i) => ({ code: `b${i + 1}`, status })),
  });
  expect(response.statusCode, `${regionCode} ${assessedOn}`).toBe(201);
}

const scores = async (who: Who, query = '') => {
  const response = await call(who, 'GET', `/readiness/scores${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Scores;
};
const byCode = (body: Scores) => new Map(body.rows.map((row) => [row.code, row]));

beforeAll(async () => {
  ctx = await openTestApp(clock);
  const db = ctx.database;
  await createTestUser(db, { email: 'admin@rs.id', password, role: 'admin', scopeRegionCode: null });
  await createTestUser(db, { email: 'bali@rs.id', password, role: 'coordinator', scopeRegionCode: '51' });
  await createTestUser(db, { email: 'ntb@rs.id', password, role: 'coordinator', scopeRegionCode: '52' });
  await createTestUser(db, { email: 'viewer@rs.id', password, role: 'viewer', scopeRegionCode: '51.06' });
  await createTestUser(db, { email: 'reporter@rs.id', password, role: 'reporter', scopeRegionCode: '51.06' });
  for (const who of Object.keys(session) as Who[]) session[who] = await signIn(ctx.app, `${who}@rs.id`, password);
  template.logistik = await addTemplate('peta-logistik', 'logistik', [3, 2, 1]);
  template.anggaran = await addTemplate('peta-anggaran', 'anggaran', [1, 1]);

  // Bangli: an older logistics checklist at 25, then 100·(3 + 1)/6 = 66.67 on 1 October; budget 100 on 20 September.
  await assess(template.logistik, '51.06', '2024-09-01', ['sebagian']);
  await assess(template.logistik, '51.06', '2024-10-01', ['siap', 'sebagian']);
  await assess(template.anggaran, '51.06', '2024-09-20', ['siap', 'siap']);
  // Badung: every item sebagian, exactly 50.
  await assess(template.logistik, '51.03', '2024-09-15', ['sebagian', 'sebagian', 'sebagian']);
  // Gianyar: all belum, 0. Denpasar: nothing applies, no percent though assessed.
  await assess(template.logistik, '51.04', '2024-09-10', []);
  await assess(template.logistik, '51.71', '2024-09-12', ['tidak_berlaku', 'tidak_berlaku', 'tidak_berlaku']);
  // Bali itself (the province's own checklist): 100·(3 + 2)/6 = 83.33.
  await assess(template.logistik, '51', '2024-09-30', ['siap', 'siap']);
});
afterAll(async () => ctx?.close());

describe('GET /readiness/scores', () => {
  it('gives a province’s kabupaten/kota the overall percent of their own page, the band and the last day assessed', async () => {
    const body = await scores('admin', '?parent=51');
    expect(body.parent).toEqual({ code: '51', name: 'Bali' });
    expect(body.level).toBe('kabupaten_kota');
    expect(body.rows.map((row) => row.code)).toEqual(['51.01', '51.02', '51.03', '51.04', '51.05', '51.06', '51.07', '51.08', '51.71']);
    const rows = byCode(body);
    // Bangli: mean of logistik 66.67 (the latest, not the 25 before) and anggaran 100 = 83.33.
    expect(rows.get('51.06')).toEqual({ code: '51.06', name: 'Kabupaten Bangli', percent: 83.33, band: 'siap', lastAssessedOn: '2024-10-01' });
    expect(rows.get('51.03')).toMatchObject({ percent: 50, band: 'sebagian', lastAssessedOn: '2024-09-15' });
    expect(rows.get('51.04')).toMatchObject({ percent: 0, band: 'belum', lastAssessedOn: '2024-09-10' });
    expect(rows.get('51.71')).toMatchObject({ percent: null, band: null, lastAssessedOn: '2024-09-12' });
    expect(rows.get('51.01')).toMatchObject({ percent: null, band: null, lastAssessedOn: null });
  });

  it('agrees with GET /readiness/regions/:code for every region it lists', async () => {
    for (const row of (await scores('admin', '?parent=51')).rows) {
      const page = (await call('admin', 'GET', `/readiness/regions/${row.code}`)).json() as { percent: number | null };
      expect(row.percent, row.code).toBe(page.percent);
    }
    const bali = byCode(await scores('admin')).get('51')!;
    expect(bali.percent).toBe(((await call('admin', 'GET', '/readiness/regions/51')).json() as { percent: number }).percent);
  });

  it('lists the 38 provinces with their own percent; a province with no checklist of its own has none', async () => {
    const body = await scores('admin');
    expect(body).toMatchObject({ parent: null, level: 'provinsi' });
    expect(body.rows).toHaveLength(38);
    const rows = byCode(body);
    expect(rows.get('51')).toMatchObject({ name: 'Bali', percent: 83.33, band: 'siap', lastAssessedOn: '2024-09-30' });
    expect(rows.get('52')).toMatchObject({ percent: null, band: null, lastAssessedOn: null });
  });

  it('follows a newer assessment at once: Badung moves from sebagian to belum', async () => {
    await assess(template.logistik, '51.03', '2024-09-28', ['belum', 'siap']);
    // 100·2/6 = 33.33
    expect(byCode(await scores('bali', '?parent=51')).get('51.03')).toMatchObject({ percent: 33.33, band: 'belum', lastAssessedOn: '2024-09-28' });
  });

  it('leaves out the regions outside the reader’s scope, as the assessments list does', async () => {
    expect((await scores('bali')).rows.map((row) => row.code)).toEqual(['51']);
    expect((await scores('bali', '?parent=51')).rows).toHaveLength(9);
    expect((await scores('ntb', '?parent=51')).rows).toEqual([]);
    expect((await scores('ntb', '?parent=52')).rows.length).toBeGreaterThan(0);
    // A Bangli viewer reads Bangli, not Bali itself nor its other kabupaten/kota.
    expect((await scores('viewer')).rows).toEqual([]);
    expect((await scores('viewer', '?parent=51')).rows).toEqual([
      { code: '51.06', name: 'Kabupaten Bangli', percent: 83.33, band: 'siap', lastAssessedOn: '2024-10-01' },
    ]);
  });

  it('refuses a reporter and anyone signed out, a parent below province level, an unknown and a malformed one', async () => {
    expect((await call('reporter', 'GET', '/readiness/scores')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/readiness/scores')).statusCode).toBe(401);
    expect((await call('admin', 'GET', '/readiness/scores?parent=51.06')).statusCode).toBe(400);
    expect((await call('admin', 'GET', '/readiness/scores?parent=99')).statusCode).toBe(404);
    expect((await call('admin', 'GET', '/readiness/scores?parent=bali')).statusCode).toBe(400);
    expect((await call('admin', 'GET', '/readiness/scores?parent=51&extra=1')).statusCode).toBe(400);
  });
});
