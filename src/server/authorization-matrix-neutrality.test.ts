import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, requestAs } from '../../test/helpers.js';
import { openIncidentDesk, report, type Who } from '../modules/incidents/test-desk.js';

/**
 * The authorization matrix of ASN neutrality cases (issue 8): every role of the incident desk and an
 * anonymous caller × reading a neutrality report's case, recording it, and listing a pact target's
 * cases. Rules (src/modules/neutrality-cases): who reads the report reads its case (others 404, as
 * for the report); who may follow the report up records it (readers who may not: 403); a pact
 * target's cases are read by who reads its region.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'ntb', 'officer', 'poldaNtb', 'viewer', 'reporter', 'reporter2', 'anonymous'];

/** [GET /incidents/:id/neutrality, PUT /incidents/:id/neutrality, GET /pact-targets/:id/neutrality-cases]. */
const EXPECTED: Record<Caller, [number, number, number]> = {
  admin: [200, 200, 200],
  bali: [200, 200, 200],
  ntb: [404, 404, 404],
  officer: [200, 200, 200],
  poldaNtb: [404, 404, 404],
  viewer: [200, 403, 200],
  reporter: [404, 404, 404],
  reporter2: [404, 404, 404],
  anonymous: [401, 401, 401],
};

let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let incidentId = 0;
let targetId = 0;

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
  const created = await desk.call('officer', 'POST', '/incidents', report({ category: 'netralitas_asn', description: 'Kepala dinas mengarahkan pegawai hadir di kampanye.' }));
  expect(created.statusCode, created.body).toBe(201);
  incidentId = (created.json() as { id: number }).id;
  const campaign = await desk.database.db.execute<{ id: number }>(sql`insert into pact_campaigns (title, region_code, deadline) values ('Pakta Bangli', '51.06', '2024-09-30T15:59:00Z') returning id`);
  const target = await desk.database.db.execute<{ id: number }>(sql`
    insert into pact_targets (campaign_id, name, kind, region_code) values (${campaign.rows[0]!.id}, 'Dinas Pendidikan Bangli', 'perangkat_daerah', '51.06') returning id`);
  targetId = Number(target.rows[0]!.id);
});
afterAll(async () => desk?.close());

describe('neutrality case authorization matrix', () => {
  it.each(CALLERS)('as %s', async (caller) => {
    const [read, save, list] = EXPECTED[caller];
    const cookie = caller === 'anonymous' ? undefined : desk.sessions[caller];
    await desk.database.db.execute(sql`delete from neutrality_cases where incident_id = ${incidentId}`);

    const got = await requestAs(desk.app, cookie, 'GET', `/incidents/${incidentId}/neutrality`);
    expect(got.statusCode, got.body).toBe(read);

    const saved = await requestAs(desk.app, cookie, 'PUT', `/incidents/${incidentId}/neutrality`, { pactTargetId: targetId, personName: 'I Ketut Dinas', outcome: 'rekomendasi' });
    expect(saved.statusCode, saved.body).toBe(save);
    const stored = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from neutrality_cases where incident_id = ${incidentId}`);
    expect(Number(stored.rows[0]!.n)).toBe(save === 200 ? 1 : 0);

    const listed = await requestAs(desk.app, cookie, 'GET', `/pact-targets/${targetId}/neutrality-cases`);
    expect(listed.statusCode, listed.body).toBe(list);
  });
});
