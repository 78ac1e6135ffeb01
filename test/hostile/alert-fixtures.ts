/**
 * The alert rule and the alert the hostile suite's alert entries name (test/hostile/alert-endpoints.ts),
 * created with exactly these ids before the first case and put back after the cases that change them.
 * The rule can never fire (it wants 100,000 reports in six hours, and is switched off), so no other
 * case's report raises an alert behind the suite's back.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { HOSTILE_FIXTURES } from './spec.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
export const ALERT_FIXTURES = {
  rule: {
    id: 900_001, name: 'Lonjakan Bangli (hostile suite)', kind: 'spike', regionCode: '51.06',
    params: { hours: 6, level: 'regency', factor: 3, baselineDays: 7, minCount: 100_000 },
  },
  alert: { id: 900_001, fingerprint: 'r900001:51.06:6h:hostile', regionCode: '51.06' },
} as const;
const { rule, alert } = ALERT_FIXTURES;

/** The rule as created (off, version 1); after a case, only when the case changed it. */
function resetRule(): SQL {
  return sql`
    insert into alert_rules (id, name, kind, region_code, category, params, active, created_at, updated_at, version)
    values (${rule.id}, ${rule.name}, ${rule.kind}, ${rule.regionCode}, null, ${JSON.stringify(rule.params)}::jsonb, false, ${FIXED_AT}, ${FIXED_AT}, 1)
    on conflict (id) do update set name = excluded.name, kind = excluded.kind, region_code = excluded.region_code, category = null, params = excluded.params,
      active = false, updated_at = excluded.updated_at, version = 1
    where alert_rules.version <> 1 or alert_rules.updated_at <> excluded.updated_at`;
}

/** The alert as raised (new, holding the fixture report, version 1); after a case, only when the case moved it. */
function resetAlert(): SQL {
  return sql`
    insert into alerts (id, rule_id, fingerprint, region_code, category, status, details, incident_ids, triggered_at, updated_at, version)
    values (${alert.id}, ${rule.id}, ${alert.fingerprint}, ${alert.regionCode}, null, 'baru', '{"count": 1}'::jsonb, array[${HOSTILE_FIXTURES.incident.id}]::integer[],
      ${FIXED_AT}, ${FIXED_AT}, 1)
    on conflict (id) do update set status = 'baru', acknowledged_by = null, acknowledged_at = null, assigned_unit_id = null, assigned_user_id = null,
      closed_by = null, closed_at = null, note = null, updated_at = excluded.updated_at, version = 1
    where alerts.version <> 1 or alerts.updated_at <> excluded.updated_at`;
}

export async function createAlertFixtures(db: Db): Promise<void> {
  await db.execute(resetRule());
  await db.execute(resetAlert());
}

export const ALERT_RESTORE = { alertRule: resetRule, alert: resetAlert } as const;
