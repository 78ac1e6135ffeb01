import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, requestAs } from '../../../test/helpers.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/**
 * Early-warning rules and alerts through HTTP (issue 7): rule validation and scope, a spike raising
 * exactly one alert that later reports join, the sweep raising what no report's evaluation raised,
 * concurrent evaluations raising one alert, and acknowledge / assign / close at the version read.
 */
const NOW = '2024-11-27T06:00:00Z';
const hoursAgo = (h: number) => new Date(new Date(NOW).getTime() - h * 3_600_000).toISOString();
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock(NOW));
});
afterAll(async () => {
  await desk?.close();
});

const spikeRule = (overrides: Record<string, unknown> = {}) => ({
  name: 'Lonjakan laporan Bali', kind: 'spike', regionCode: '51', category: null, params: { hours: 6, factor: 3, baselineDays: 7, minCount: 3 }, ...overrides,
});

/** PUT, which the incident desk's `call` does not send. */
const put = (who: Who, url: string, body: unknown) => requestAs(desk.app, desk.sessions[who], 'PUT', url, body);

async function createRule(who: Who, body: Record<string, unknown>) {
  const response = await desk.call(who, 'POST', '/alert-rules', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; version: number };
}

/** A report through the API, then the evaluation it started. */
async function submit(overrides: Record<string, unknown> = {}) {
  const response = await desk.call('officer', 'POST', '/incidents', report({ occurredAt: hoursAgo(1), knownAt: hoursAgo(0.5), ...overrides }));
  expect(response.statusCode, response.body).toBe(201);
  await desk.services.alerts.evaluator.settled();
  return response.json() as { id: number };
}

async function alertsOf(ruleId: number) {
  const rows = await desk.database.db.execute<{ id: number; incident_ids: unknown; status: string }>(sql`select id, incident_ids, status from alerts where rule_id = ${ruleId} order by id`);
  return rows.rows.map((row) => ({ id: Number(row.id), incidents: Array.isArray(row.incident_ids) ? row.incident_ids.length : String(row.incident_ids).split(',').length }));
}

describe('rules', () => {
  it('refuses parameters that do not fit the kind, naming each (400)', async () => {
    const response = await desk.call('bali', 'POST', '/alert-rules', spikeRule({ params: { hours: 0, factor: 1, baselineDays: 7 } }), { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { message: string; details: { problems: { path: string }[] } };
    expect(body.message).toContain('params.hours: the window in hours');
    expect(body.message).toContain('params.factor');
    expect(body.details.problems.map((p) => p.path).sort()).toEqual(['params.factor', 'params.hours', 'params.minCount']);
    const cluster = await desk.call('bali', 'POST', '/alert-rules', spikeRule({ kind: 'cluster', params: { hours: 6, radiusKm: 0, minReports: 3 } }));
    expect(cluster.statusCode).toBe(400);
    expect(cluster.json().message).toContain('params.radiusKm');
    const unknownKind = await desk.call('bali', 'POST', '/alert-rules', spikeRule({ kind: 'tsunami' }));
    expect(unknownKind.statusCode).toBe(400);
  });

  it('watches any category of the desk catalogue, a desk-added one too; an unknown code is 400', async () => {
    const unknown = await desk.call('bali', 'POST', '/alert-rules', spikeRule({ category: 'tsunami_kecil' }), { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('category: the category is not in this desk’s incident catalogue');
    const added = await put('admin', '/incident-categories/perusakan_apk', {
      name: { id: 'Perusakan APK', en: 'Campaign props vandalised' }, keywords: ['baliho dirusak'], defaultSeverity: 'sedang',
      referralAgency: 'BAWASLU', alsoConcerns: [], clocks: [], clockRules: {}, active: true, version: 0,
    });
    expect(added.statusCode, added.body).toBe(200);
    const rule = await createRule('bali', spikeRule({ name: 'APK dirusak', category: 'perusakan_apk', active: false }));
    expect((await desk.call('bali', 'GET', `/alert-rules/${rule.id}`)).json()).toMatchObject({ category: 'perusakan_apk' });
  });

  it('is written by administrators and coordinators inside their scope, read within scope, 404 outside', async () => {
    expect((await desk.call('officer', 'POST', '/alert-rules', spikeRule({ regionCode: '51.06' }))).statusCode).toBe(403);
    expect((await desk.call('viewer', 'POST', '/alert-rules', spikeRule())).statusCode).toBe(403);
    expect((await desk.call('ntb', 'POST', '/alert-rules', spikeRule())).statusCode).toBe(403);
    const national = await desk.call('bali', 'POST', '/alert-rules', spikeRule({ regionCode: null }));
    expect(national.statusCode).toBe(400);
    expect(national.json().message).toContain('regionCode');
    const rule = await createRule('bali', spikeRule({ name: 'Aturan cakupan', active: false }));
    expect((await desk.call('viewer', 'GET', `/alert-rules/${rule.id}`)).json()).toMatchObject({ name: 'Aturan cakupan', editable: false });
    expect((await desk.call('bali', 'GET', `/alert-rules/${rule.id}`)).json()).toMatchObject({ editable: true, params: { level: 'regency' } });
    expect((await desk.call('ntb', 'GET', `/alert-rules/${rule.id}`)).statusCode).toBe(404);
    expect((await put('ntb', `/alert-rules/${rule.id}`, { ...spikeRule(), version: 1 })).statusCode).toBe(404);
    expect((await desk.call('ntb', 'GET', '/alert-rules')).json().items.map((r: { id: number }) => r.id)).not.toContain(rule.id);
    expect((await desk.call('reporter', 'GET', '/alert-rules')).statusCode).toBe(403);
  });

  it('changes at the version read: 409 on a stale one, audited', async () => {
    const rule = await createRule('bali', spikeRule({ name: 'Versi', active: false }));
    const changed = await put('bali', `/alert-rules/${rule.id}`, { ...spikeRule({ name: 'Versi 2', active: false }), version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Versi 2', version: 2 });
    const stale = await put('admin', `/alert-rules/${rule.id}`, { ...spikeRule({ name: 'Versi lama', active: false }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { changed: ['name'] } });
    expect((await desk.auditRows('alert_rule.update', String(rule.id))).length).toBe(1);
  });
});

describe('evaluation', () => {
  it('a spike raises exactly one alert, which later reports join; a report elsewhere raises none', async () => {
    const rule = await createRule('bali', spikeRule({ name: 'Lonjakan politik uang', category: 'politik_uang' }));
    await submit();
    await submit();
    expect(await alertsOf(rule.id)).toEqual([]);
    await submit();
    const [raised] = await alertsOf(rule.id);
    expect(raised).toMatchObject({ incidents: 3 });
    await submit();
    await submit({ category: 'hoaks' });
    expect(await alertsOf(rule.id)).toEqual([{ id: raised!.id, incidents: 4 }]);
    const detail = await desk.call('viewer', 'GET', `/alerts/${raised!.id}`);
    expect(detail.json()).toMatchObject({ regionCode: '51.06', status: 'baru', incidentCount: 4, details: { count: 4, minCount: 3 }, kind: 'spike' });
    expect(detail.json().incidents).toHaveLength(4);
    expect((await desk.auditRows('alert.raise', String(raised!.id))).length).toBe(1);
    expect((await desk.auditRows('alert.join', String(raised!.id))).length).toBe(1);
    // NTB's coordinator does not see Bali's alert.
    expect((await desk.call('ntb', 'GET', `/alerts/${raised!.id}`)).statusCode).toBe(404);
    expect((await desk.call('ntb', 'GET', '/alerts')).json().items).toEqual([]);
  });

  it('the sweep raises an alert no report evaluation raised', async () => {
    // Reports first, the rule after: no report was evaluated against it.
    for (let i = 0; i < 2; i += 1) await submit({ category: 'intimidasi', severity: 'kritis' });
    const rule = await createRule('bali', { name: 'Intimidasi berat', kind: 'severity', regionCode: '51.06', category: 'intimidasi', params: { minSeverity: 'tinggi' } });
    expect(await alertsOf(rule.id)).toEqual([]);
    const outcomes = await desk.services.alerts.evaluator.sweep();
    expect(outcomes.filter((o) => o.ruleId === rule.id)).toEqual([expect.objectContaining({ change: 'raised', regionCode: '51.06' })]);
    expect(await alertsOf(rule.id)).toEqual([expect.objectContaining({ incidents: 2 })]);
    // A second sweep finds nothing new to write.
    expect((await desk.services.alerts.evaluator.sweep()).filter((o) => o.ruleId === rule.id)).toEqual([]);
  });

  it('a sweep writes only findings that add reports: alerts already holding theirs cost no transaction', async () => {
    // Two kecamatan of Bangli, each its own finding of a rule per kecamatan; the rule comes after the reports.
    const [otherKecamatan] = (await desk.database.db.execute<{ code: string }>(sql`
      select code from regions where starts_with(code, '51.06.02.') and length(code) = 13 order by code limit 1`)).rows;
    for (const regionCode of ['51.06.01.2001', otherKecamatan!.code]) await submit({ category: 'perusakan_apk', severity: 'kritis', regionCode });
    const rule = await createRule('bali', { name: 'Perusakan APK per kecamatan', kind: 'severity', regionCode: '51.06', category: 'perusakan_apk', params: { minSeverity: 'kritis', level: 'district' } });
    let transactions = 0;
    const counted = new Proxy(desk.database.db, {
      get: (target, key, receiver) => (key === 'transaction'
        ? (...args: Parameters<typeof target.transaction>) => { transactions += 1; return target.transaction(...args); }
        : Reflect.get(target, key, receiver)),
    });
    const { createAlertEvaluator } = await import('./evaluator.js');
    const evaluator = createAlertEvaluator(counted, fixedClock(NOW), undefined, () => {});
    const first = (await evaluator.sweep()).filter((o) => o.ruleId === rule.id);
    expect(first.map((o) => o.change)).toEqual(['raised', 'raised']);
    expect(transactions).toBeGreaterThanOrEqual(2);
    transactions = 0;
    expect((await evaluator.sweep()).filter((o) => o.ruleId === rule.id)).toEqual([]);
    expect(transactions).toBe(0);
    // A new report in one kecamatan: that finding alone is written, joined to its alert.
    await submit({ category: 'perusakan_apk', severity: 'kritis', regionCode: '51.06.01.2001' });
    expect(await alertsOf(rule.id)).toEqual([expect.objectContaining({ incidents: 2 }), expect.objectContaining({ incidents: 1 })]);
  });

  it('reports written together (an import) are evaluated once they commit', async () => {
    const rule = await createRule('bali', { name: 'Netralitas ASN', kind: 'severity', regionCode: '51', category: 'netralitas_asn', params: { minSeverity: 'rendah' } });
    const { incidents, alerts } = desk.services;
    const officer = (await desk.database.db.execute<{ id: string; unit_id: number }>(sql`select id, unit_id from users where email = 'officer@ins.id'`)).rows[0]!;
    const actor = { type: 'user' as const, userId: officer.id, label: 'officer@ins.id', language: 'id' as const, principal: { role: 'officer' as const, regionCode: '51.06', unitId: Number(officer.unit_id) } };
    const rows = await Promise.all([1, 2].map(async (n) => ({
      fields: await incidents.check(actor, report({ category: 'netralitas_asn', description: `Impor ${n}`, occurredAt: hoursAgo(2), knownAt: hoursAgo(1) }) as never),
      key: `import-test-${n}`, hash: `h${n}`,
    })));
    await incidents.submitAll(actor, rows, 'import:test', { ip: null, client: null });
    await alerts.evaluator.settled();
    expect(await alertsOf(rule.id)).toEqual([expect.objectContaining({ incidents: 2 })]);
  });

  it('evaluations running at the same time raise one alert', async () => {
    const points = [0, 0.005, -0.005].map((d) => ({ category: 'kekerasan', latitude: -8.43 + d, longitude: 115.36 }));
    for (const point of points) await submit(point);
    const rule = await createRule('bali', { name: 'Kekerasan berkelompok', kind: 'cluster', regionCode: '51', category: 'kekerasan', params: { hours: 12, radiusKm: 2, minReports: 3 } });
    const { evaluator } = desk.services.alerts;
    const report = { regionCode: '51.06.01.2001', category: 'kekerasan' };
    await Promise.all([evaluator.sweep(), evaluator.afterReport(report), evaluator.afterReport(report), evaluator.sweep()]);
    const alerts = await alertsOf(rule.id);
    expect(alerts).toEqual([expect.objectContaining({ incidents: 3 })]);
    expect((await desk.auditRows('alert.raise', String(alerts[0]!.id))).length).toBe(1);
    const detail = (await desk.call('bali', 'GET', `/alerts/${alerts[0]!.id}`)).json();
    expect(detail.latitude).toBeCloseTo(-8.43, 5);
  });
});

describe('handling an alert', () => {
  let alertId = 0;
  beforeAll(async () => {
    const rule = await createRule('bali', { name: 'Hoaks tinggi', kind: 'severity', regionCode: '51', category: 'hoaks', params: { minSeverity: 'tinggi' } });
    await submit({ category: 'hoaks', severity: 'tinggi' });
    alertId = (await alertsOf(rule.id))[0]!.id;
  });

  it('acknowledge: a viewer may not (403), NTB does not see it (404), a stale version is 409', async () => {
    expect((await desk.call('viewer', 'POST', `/alerts/${alertId}/acknowledge`, { version: 1 })).statusCode).toBe(403);
    expect((await desk.call('ntb', 'POST', `/alerts/${alertId}/acknowledge`, { version: 1 })).statusCode).toBe(404);
    // Another report joins it: version 2.
    await submit({ category: 'hoaks', severity: 'kritis' });
    const stale = await desk.call('officer', 'POST', `/alerts/${alertId}/acknowledge`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version', details: { changed: expect.arrayContaining(['incidentIds']) } });
    const acknowledged = await desk.call('officer', 'POST', `/alerts/${alertId}/acknowledge`, { version: 2 });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: 'diakui', acknowledgedBy: expect.any(String), version: 3, actions: ['assign', 'close'] });
    expect((await desk.call('officer', 'POST', `/alerts/${alertId}/acknowledge`, { version: 3 })).statusCode).toBe(409);
    expect((await desk.auditRows('alert.acknowledge', String(alertId))).length).toBe(1);
  });

  it('assign: to a unit in reach with one of its accounts; a unit outside is 400', async () => {
    const outside = await desk.call('bali', 'POST', `/alerts/${alertId}/assign`, { version: 3, unitId: desk.units.kpuLombok });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toContain('unitId');
    const officerId = (await desk.database.db.execute<{ id: string }>(sql`select id from users where email = 'officer@ins.id'`)).rows[0]!.id;
    const outsider = (await desk.database.db.execute<{ id: string }>(sql`select id from users where email = 'ntb@ins.id'`)).rows[0]!.id;
    expect((await desk.call('bali', 'POST', `/alerts/${alertId}/assign`, { version: 3, unitId: desk.units.bawasluBangli, userId: outsider })).statusCode).toBe(400);
    const notices: unknown[] = [];
    desk.services.alerts.onNotice((notice) => { notices.push(notice); });
    const assigned = await desk.call('bali', 'POST', `/alerts/${alertId}/assign`, { version: 3, unitId: desk.units.bawasluBangli, userId: officerId });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ assignedUnit: { id: desk.units.bawasluBangli }, assignedUser: { id: officerId }, version: 4 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(notices).toEqual([expect.objectContaining({ alertId, change: 'assigned', unitId: desk.units.bawasluBangli, userId: officerId })]);
  });

  it('close: needs a note; a closed alert takes no more actions and no more reports', async () => {
    expect((await desk.call('officer', 'POST', `/alerts/${alertId}/close`, { version: 4, note: '  ' })).statusCode).toBe(400);
    const closed = await desk.call('officer', 'POST', `/alerts/${alertId}/close`, { version: 4, note: 'Klarifikasi: hoaks sudah diluruskan Diskominfo' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'selesai', note: 'Klarifikasi: hoaks sudah diluruskan Diskominfo', actions: [] });
    expect((await desk.call('officer', 'POST', `/alerts/${alertId}/assign`, { version: 5, unitId: desk.units.bawasluBangli })).statusCode).toBe(409);
    await submit({ category: 'hoaks', severity: 'kritis' });
    expect((await desk.call('bali', 'GET', `/alerts/${alertId}`)).json()).toMatchObject({ status: 'selesai', version: 5 });
    const listed = (await desk.call('bali', 'GET', '/alerts?open=true')).json() as { items: { id: number }[] };
    expect(listed.items.map((a) => a.id)).not.toContain(alertId);
    expect((await desk.call('bali', 'GET', '/alerts?status=selesai')).json().items.map((a: { id: number }) => a.id)).toContain(alertId);
  });
});

describe('the periodic sweep with several processes', () => {
  it('runs in one of them an interval, not in each', async () => {
    // Two evaluators on one database stand for two server processes; the sweep itself is counted, not run.
    const { createAlertEvaluator } = await import('./evaluator.js');
    const sweeps: string[] = [];
    const processes = ['a', 'b'].map((name) => {
      const evaluator = createAlertEvaluator(desk.database.db, fixedClock(NOW), undefined, () => {});
      evaluator.sweep = async () => {
        sweeps.push(name);
        return [];
      };
      return evaluator;
    });
    await desk.database.db.execute(sql`delete from periodic_jobs where name = 'alert_sweep'`);
    const stops = processes.map((evaluator) => evaluator.startSweep((error) => { throw error; }, 1_000));
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    stops.forEach((stop) => stop());
    // Each ticks once a second for 3.5 s: without the claim the two would sweep 6 times between them.
    expect(sweeps.length).toBeGreaterThanOrEqual(1);
    expect(sweeps.length).toBeLessThanOrEqual(4);
  });
});
