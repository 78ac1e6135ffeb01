import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, fixedClock, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of political-development reports (issue 8): every role × a kabupaten/kota
 * report inside Bali (Bangli, 51.06) and one outside (Lombok Barat, 52.01). The rules
 * (src/domain/political-reports/permissions.ts): read = whoever reads the region; draft, submit =
 * administrators, coordinators and officers whose scope holds it; review = administrators and
 * coordinators strictly above the region (national, or the province of a kab/kota), so Bangli's own
 * coordinator cannot accept its report; comment = authors and reviewers; schedules = administrators
 * and coordinators inside their scope; templates = national administrators. Outside the scope: 404
 * (403 for the scoped status view, schedules and templates); without a session: 401.
 */
type Who = 'admin' | 'national' | 'province' | 'kabkota' | 'officer' | 'viewer' | 'reporter' | 'ntb' | 'anonymous';
const WHO: Who[] = ['admin', 'national', 'province', 'kabkota', 'officer', 'viewer', 'reporter', 'ntb', 'anonymous'];
type Where = 'inside' | 'outside';
const WHERE: Where[] = ['inside', 'outside'];
const REGION: Record<Where, string> = { inside: '51.06', outside: '52.01' };
const PROVINCE: Record<Where, string> = { inside: '51', outside: '52' };

type Door = 'list' | 'read' | 'draft' | 'submit' | 'review' | 'comment' | 'status' | 'schedule' | 'template';
/** Per role: [inside, outside] status of each request (list: 200 listed, 0 answered but not listed). */
const EXPECTED: Record<Who, Record<Door, [number, number]>> = {
  admin: { list: [200, 200], read: [200, 200], draft: [200, 200], submit: [200, 200], review: [200, 200], comment: [201, 201], status: [200, 200], schedule: [201, 201], template: [201, 201] },
  national: { list: [200, 200], read: [200, 200], draft: [200, 200], submit: [200, 200], review: [200, 200], comment: [201, 201], status: [200, 200], schedule: [201, 201], template: [403, 403] },
  province: { list: [200, 0], read: [200, 404], draft: [200, 404], submit: [200, 404], review: [200, 404], comment: [201, 404], status: [200, 403], schedule: [201, 403], template: [403, 403] },
  kabkota: { list: [200, 0], read: [200, 404], draft: [200, 404], submit: [200, 404], review: [403, 404], comment: [201, 404], status: [403, 403], schedule: [403, 403], template: [403, 403] },
  officer: { list: [200, 0], read: [200, 404], draft: [200, 404], submit: [200, 404], review: [403, 404], comment: [201, 404], status: [403, 403], schedule: [403, 403], template: [403, 403] },
  viewer: { list: [200, 0], read: [200, 404], draft: [403, 404], submit: [403, 404], review: [403, 404], comment: [403, 404], status: [200, 403], schedule: [403, 403], template: [403, 403] },
  reporter: { list: [403, 403], read: [404, 404], draft: [404, 404], submit: [404, 404], review: [404, 404], comment: [404, 404], status: [403, 403], schedule: [403, 403], template: [403, 403] },
  ntb: { list: [0, 200], read: [404, 200], draft: [404, 200], submit: [404, 200], review: [404, 200], comment: [404, 201], status: [403, 200], schedule: [403, 201], template: [403, 403] },
  anonymous: { list: [401, 401], read: [401, 401], draft: [401, 401], submit: [401, 401], review: [401, 401], comment: [401, 401], status: [401, 401], schedule: [401, 401], template: [401, 401] },
};

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Partial<Record<Who, string>> = {};
let incidentalTemplate = 0;
let periodicTemplate = 0;

beforeAll(async () => {
  ctx = await openTestApp(fixedClock('2024-08-10T03:00:00Z'));
  const unit = await createTestUnit(ctx.database, 'KESBANGPOL', '51.06', 'Badan Kesbangpol Kabupaten Bangli');
  const password = 'political matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@prm.id', password, role: 'admin', scopeRegionCode: null },
    national: { email: 'national@prm.id', password, role: 'coordinator', scopeRegionCode: null },
    province: { email: 'province@prm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    kabkota: { email: 'kabkota@prm.id', password, role: 'coordinator', scopeRegionCode: '51.06' },
    officer: { email: 'officer@prm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: unit },
    viewer: { email: 'viewer@prm.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@prm.id', password, role: 'reporter', scopeRegionCode: '51' },
    ntb: { email: 'ntb@prm.id', password, role: 'coordinator', scopeRegionCode: '52' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
  const templates = await ctx.database.db.execute(sql`select id, code from political_report_templates`);
  incidentalTemplate = Number(templates.rows.find((t) => t.code === 'insidental-61-2011')!.id);
  periodicTemplate = Number(templates.rows.find((t) => t.code === 'permendagri-61-2011')!.id);
});
afterAll(async () => ctx?.close());

const call = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => requestAs(ctx.app, sessions[who], method, url, payload);

let sequence = 0;
/**
 * A report there at version 1 (the matrix tests the doors, not the flow): `belum`, `draf` with
 * content ready to submit, or `terkirim` with a submitted version, ready for review.
 */
async function freshReport(where: Where, state: 'belum' | 'draf' | 'terkirim' = 'belum'): Promise<number> {
  const rows = await ctx.database.db.execute(sql`
    insert into political_reports (template_id, kind, region_code, title, occurred_at, state, current_version)
    values (${incidentalTemplate}, 'insidental', ${REGION[where]}, ${`Laporan ${++sequence}`}, now(), ${state}, ${state === 'belum' ? 0 : 1}) returning id`);
  const id = Number(rows.rows[0]!.id);
  if (state !== 'belum') {
    await ctx.database.db.execute(sql`insert into political_report_versions (report_id, number, sections, summary, submitted_at)
      values (${id}, 1, '{"politik": "Kondusif."}'::jsonb, 'Kondusif.', ${state === 'terkirim' ? sql`now()` : null})`);
  }
  return id;
}

describe('political reports authorization matrix', () => {
  it.each(WHO)('GET /political-reports, /:id and /:id/report.pdf as %s', async (who) => {
    const ids = { inside: await freshReport('inside'), outside: await freshReport('outside') };
    const response = await call(who, 'GET', '/political-reports?kind=insidental&pageSize=200');
    const [inside, outside] = EXPECTED[who].list;
    const status = inside === 0 || outside === 0 ? 200 : inside;
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      const seen = (response.json().items as { id: number }[]).map((r) => r.id);
      expect(seen.includes(ids.inside), 'inside').toBe(inside === 200);
      expect(seen.includes(ids.outside), 'outside').toBe(outside === 200);
    }
    for (const [i, where] of WHERE.entries()) {
      expect((await call(who, 'GET', `/political-reports/${ids[where]}`)).statusCode, where).toBe(EXPECTED[who].read[i]);
      expect((await call(who, 'GET', `/political-reports/${ids[where]}/report.pdf`)).statusCode, `${where} pdf`).toBe(EXPECTED[who].read[i]);
    }
  }, 60_000);

  it.each(WHO)('PUT /:id/draft, POST /:id/submit and /:id/comments as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const drafted = await call(who, 'PUT', `/political-reports/${await freshReport(where)}/draft`, { version: 1, sections: { politik: 'Aman.' }, summary: 'Aman.' });
      expect(drafted.statusCode, `${where}: ${drafted.body}`).toBe(EXPECTED[who].draft[i]);
      const submitted = await call(who, 'POST', `/political-reports/${await freshReport(where, 'draf')}/submit`, { version: 1 });
      expect(submitted.statusCode, `${where}: ${submitted.body}`).toBe(EXPECTED[who].submit[i]);
      const commented = await call(who, 'POST', `/political-reports/${await freshReport(where, 'terkirim')}/comments`, { body: 'Catatan.' });
      expect(commented.statusCode, `${where}: ${commented.body}`).toBe(EXPECTED[who].comment[i]);
    }
  });

  it.each(WHO)('POST /:id/review (terima) as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const reviewed = await call(who, 'POST', `/political-reports/${await freshReport(where, 'terkirim')}/review`, { version: 1, action: 'terima' });
      expect(reviewed.statusCode, `${where}: ${reviewed.body}`).toBe(EXPECTED[who].review[i]);
    }
  });

  it.each(WHO)('GET /political-reports/status for a province as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const response = await call(who, 'GET', `/political-reports/status?period=2024-07&level=kabkota&regionCode=${PROVINCE[where]}`);
      expect(response.statusCode, where).toBe(EXPECTED[who].status[i]);
    }
  });

  it.each(WHO)('POST /political-report-schedules and /political-report-templates as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const schedule = await call(who, 'POST', '/political-report-schedules', {
        templateId: periodicTemplate, level: 'kabkota', regionCode: PROVINCE[where], period: 'tahunan', dueDays: 30, startsOn: '2024-01-01',
      });
      expect(schedule.statusCode, `${where}: ${schedule.body}`).toBe(EXPECTED[who].schedule[i]);
      const template = await call(who, 'POST', '/political-report-templates', {
        code: `matrix-${who}-${where}`, nameId: 'Uji', nameEn: 'Test', kind: 'insidental', sections: [{ key: 'isi', titleId: 'Isi', titleEn: 'Content' }],
      });
      expect(template.statusCode, `${where}: ${template.body}`).toBe(EXPECTED[who].template[i]);
    }
  });
});
