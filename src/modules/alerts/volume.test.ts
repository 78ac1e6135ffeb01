import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/helpers.js';
import { APUAN, openIncidentDesk, report } from '../incidents/test-desk.js';
import { ALERT_REPORTS_LISTED } from './repo.js';

/**
 * Early warning at voting-day volume: a rule whose window holds more reports than a statement may
 * carry parameters (65,535) counts every one of them, its alert holds them all, later reports join
 * it (in a second or so, audited with the one report it added), and its detail lists the newest few
 * hundred with the full count. (The sweep once read only the oldest 20,000 reports of a window, an
 * alert's reports went into SQL one parameter each, and a join tested "holds them all already" by
 * array containment: 36 s here.)
 */
const NOW = '2024-11-27T06:00:00Z';
const MANY = 70_000;
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock(NOW));
});
afterAll(async () => {
  await desk?.close();
});

async function submit(occurredAt: string) {
  const response = await desk.call('officer', 'POST', '/incidents', report({ occurredAt, knownAt: NOW }));
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: number }).id;
}

/** Copies of report `template` in SQL (the API would take minutes for 70,000), `step` apart from it, referenced `label-n`; their ids. */
async function copies(template: number, n: number, step: string, label: string): Promise<number[]> {
  const rows = await desk.database.db.execute<{ id: number }>(sql`
    insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, latitude, longitude, severity, channel, status)
    select ${label} || '-' || g, t.category, t.regime, t.description, t.occurred_at + g * ${step}::interval, ${NOW}::timestamptz,
      t.region_code, t.latitude, t.longitude, t.severity, t.channel, 'baru'
    from incidents t cross join generate_series(1, ${n}) as g where t.id = ${template}
    returning id`);
  return rows.rows.map((row) => Number(row.id));
}

async function alertRows(ruleId: number) {
  const rows = await desk.database.db.execute<{ id: number; n: number; count: unknown }>(sql`
    select id, cardinality(incident_ids) as n, details->>'count' as count from alerts where rule_id = ${ruleId} order by id`);
  return rows.rows.map((row) => ({ id: Number(row.id), incidents: Number(row.n), count: Number(row.count) }));
}

describe('a window of more reports than a statement has parameters', () => {
  it('is counted whole by the sweep; the alert holds every report, later ones join it, its detail lists the newest', async () => {
    const template = await submit('2024-11-27T01:00:00Z');
    await copies(template, MANY, '100 milliseconds', 'PAGI');
    const created = await desk.call('bali', 'POST', '/alert-rules', {
      name: 'Lonjakan hari pemungutan', kind: 'spike', regionCode: '51', category: 'politik_uang', params: { hours: 6, factor: 3, baselineDays: 7, minCount: 3 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const ruleId = (created.json() as { id: number }).id;

    const outcomes = (await desk.services.alerts.evaluator.sweep()).filter((o) => o.ruleId === ruleId);
    expect(outcomes).toEqual([expect.objectContaining({ change: 'raised', regionCode: '51.06' })]);
    expect(await alertRows(ruleId)).toEqual([{ id: outcomes[0]!.alertId, incidents: MANY + 1, count: MANY + 1 }]);

    // One more report of the same morning, evaluated as a new report is: it joins the open alert.
    const [later] = await copies(template, 1, '4 hours 30 minutes', 'SIANG');
    expect((await desk.services.alerts.evaluator.afterReport({ regionCode: APUAN, category: 'politik_uang' })).map((o) => o.change)).toEqual(['joined']);
    expect(await alertRows(ruleId)).toEqual([{ id: outcomes[0]!.alertId, incidents: MANY + 2, count: MANY + 2 }]);
    // Its audit row names the report it added, not the alert's 70,002.
    const [joined] = await desk.auditRows('alert.join', String(outcomes[0]!.alertId));
    expect(joined!.changes).toMatchObject({ incidentIds: [null, [later]], incidentCount: [MANY + 1, MANY + 2] });

    const detail = await desk.call('viewer', 'GET', `/alerts/${outcomes[0]!.alertId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json() as { incidentCount: number; incidents: { id: number }[] };
    expect(body.incidentCount).toBe(MANY + 2);
    expect(body.incidents).toHaveLength(ALERT_REPORTS_LISTED);
    expect(body.incidents[0]!.id).toBe(later);
  });
});
