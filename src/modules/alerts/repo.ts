import { sql, type SQL } from 'drizzle-orm';
import { inChunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import type { AlertListQuery } from '../../contracts/alerts.js';
import type { ReportPoint } from '../../domain/alerts/evaluate.js';
import type { AlertRuleKind, AlertStatus } from '../../domain/alerts/vocabulary.js';
import { severitiesFrom, type IncidentSeverity } from '../../domain/incidents/vocabulary.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';

type Executor = Pick<Db, 'execute'>;

/** Reports an alert's detail lists, newest first: a national alert on voting day holds tens of thousands. */
export const ALERT_REPORTS_LISTED = 500;

/** Statuses whose reports count for early warning: everything but what the desk threw out. */
const NOT_COUNTED = sql`('ditolak', 'duplikat')`;

export interface RuleRecord {
  id: number;
  name: string;
  kind: AlertRuleKind;
  regionCode: string | null;
  regionName: string | null;
  category: string | null;
  params: Record<string, unknown>;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface AlertRecord {
  id: number;
  ruleId: number;
  ruleName: string;
  kind: AlertRuleKind;
  fingerprint: string;
  regionCode: string;
  regionName: string;
  timeZone: string;
  category: string | null;
  status: AlertStatus;
  details: Record<string, unknown>;
  incidentIds: number[];
  latitude: number | null;
  longitude: number | null;
  triggeredAt: Date;
  acknowledgedBy: { id: string; name: string } | null;
  acknowledgedAt: Date | null;
  assignedUnit: { id: number; name: string; regionCode: string } | null;
  assignedUser: { id: string; name: string } | null;
  closedAt: Date | null;
  note: string | null;
  updatedAt: Date;
  version: number;
}

export interface AlertIncidentRow {
  id: number; reference: string; category: string; severity: IncidentSeverity; status: IncidentStatus;
  regionCode: string; regionName: string; occurredAt: Date; createdBy: string | null; referredUnitId: number | null;
}

const json = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? JSON.parse(value) : (value as Record<string, unknown>));
const num = (value: unknown) => (value == null ? null : Number(value));
const txt = (value: unknown) => (value == null ? null : String(value));
/** A PostgreSQL integer[] as either driver hands it over (an array, or its text form). */
function intArray(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  const text = String(value ?? '{}').replace(/[{}]/g, '');
  return text ? text.split(',').map(Number) : [];
}
/**
 * An integer[] as one parameter (its text form): an alert of a national rule on voting day holds tens
 * of thousands of reports, more than the 65,535 parameters a statement may carry one by one.
 */
export function intArraySql(values: readonly number[]): SQL {
  if (!values.every(Number.isSafeInteger)) throw new Error('intArraySql: integers only');
  return sql`${`{${values.join(',')}}`}::integer[]`;
}

function toRule(row: Record<string, unknown>): RuleRecord {
  return {
    id: Number(row.id), name: String(row.name), kind: row.kind as AlertRuleKind, regionCode: txt(row.region_code), regionName: txt(row.region_name),
    category: txt(row.category), params: json(row.params), active: row.active === true || row.active === 't',
    createdAt: new Date(isoInstant(row.created_at)), updatedAt: new Date(isoInstant(row.updated_at)), version: Number(row.version),
  };
}

const SELECT_RULE = sql`select ar.*, r.name as region_name from alert_rules ar left join regions r on r.code = ar.region_code`;

const SELECT_ALERT = sql`
  select a.*, ar.name as rule_name, ar.kind, r.name as region_name, r.time_zone, ack.display_name as ack_name,
    u.name as unit_name, u.region_code as unit_region, au.display_name as user_name
  from alerts a
  join alert_rules ar on ar.id = a.rule_id
  join regions r on r.code = a.region_code
  left join users ack on ack.id = a.acknowledged_by
  left join units u on u.id = a.assigned_unit_id
  left join users au on au.id = a.assigned_user_id`;

function toAlert(row: Record<string, unknown>): AlertRecord {
  const unitId = num(row.assigned_unit_id);
  const userId = txt(row.assigned_user_id);
  const ackId = txt(row.acknowledged_by);
  return {
    id: Number(row.id), ruleId: Number(row.rule_id), ruleName: String(row.rule_name), kind: row.kind as AlertRuleKind, fingerprint: String(row.fingerprint),
    regionCode: String(row.region_code), regionName: String(row.region_name), timeZone: String(row.time_zone), category: txt(row.category),
    status: row.status as AlertStatus, details: json(row.details), incidentIds: intArray(row.incident_ids), latitude: num(row.latitude), longitude: num(row.longitude),
    triggeredAt: new Date(isoInstant(row.triggered_at)), acknowledgedBy: ackId ? { id: ackId, name: String(row.ack_name ?? '') } : null,
    acknowledgedAt: row.acknowledged_at == null ? null : new Date(isoInstant(row.acknowledged_at)),
    assignedUnit: unitId === null ? null : { id: unitId, name: String(row.unit_name), regionCode: String(row.unit_region) },
    assignedUser: userId ? { id: userId, name: String(row.user_name ?? '') } : null,
    closedAt: row.closed_at == null ? null : new Date(isoInstant(row.closed_at)), note: txt(row.note),
    updatedAt: new Date(isoInstant(row.updated_at)), version: Number(row.version),
  };
}

function toPoint(row: Record<string, unknown>): ReportPoint {
  return {
    id: Number(row.id), regionCode: String(row.region_code), category: String(row.category), severity: row.severity as IncidentSeverity,
    occurredAt: new Date(isoInstant(row.occurred_at)), latitude: num(row.latitude), longitude: num(row.longitude),
  };
}

/** Reports counted for a rule: inside any of `roots` (null: everywhere), of `category` (null: any). */
function counted(roots: readonly string[] | null, category: string | null): SQL {
  return sql`i.status not in ${NOT_COUNTED} and ${withinRegions(sql`i.region_code`, roots)} ${category === null ? sql`` : sql`and i.category = ${category}`}`;
}

/** What a rule's kind looks at: reports from a severity up (severity rules), reports with coordinates (cluster rules). */
export interface ReportFilter {
  minSeverity?: IncidentSeverity;
  placed?: boolean;
}

export interface NewAlert {
  ruleId: number; fingerprint: string; regionCode: string; category: string | null; details: Record<string, unknown>;
  incidentIds: number[]; latitude: number | null; longitude: number | null; at: Date;
}

export function createAlertRepo(db: Executor) {
  return {
    async region(code: string): Promise<{ code: string } | null> {
      const rows = await db.execute<{ code: string }>(sql`select code from regions where code = ${code}`);
      return rows.rows[0] ?? null;
    },

    async unit(id: number): Promise<{ id: number; regionCode: string } | null> {
      const rows = await db.execute<{ id: number; region_code: string }>(sql`select id, region_code from units where id = ${id}`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), regionCode: row.region_code } : null;
    },

    async user(id: string): Promise<{ id: string; role: string; scopeRegionCode: string | null; unitId: number | null } | null> {
      const rows = await db.execute<{ id: string; role: string; scope_region_code: string | null; unit_id: number | null }>(sql`
        select id, role, scope_region_code, unit_id from users where id = ${id} and disabled_at is null`);
      const row = rows.rows[0];
      return row ? { id: String(row.id), role: row.role, scopeRegionCode: row.scope_region_code, unitId: num(row.unit_id) } : null;
    },

    // ---- rules

    async rules(roots: string[] | null, activeOnly = false): Promise<RuleRecord[]> {
      const scope = roots === null ? sql`true` : withinRegions(sql`ar.region_code`, roots);
      const rows = await db.execute(sql`${SELECT_RULE} where ${scope} ${activeOnly ? sql`and ar.active` : sql``} order by ar.id`);
      return rows.rows.map(toRule);
    },

    async rule(id: number): Promise<RuleRecord | null> {
      const rows = await db.execute(sql`${SELECT_RULE} where ar.id = ${id}`);
      return rows.rows[0] ? toRule(rows.rows[0]) : null;
    },

    async insertRule(fields: Omit<RuleRecord, 'id' | 'regionName' | 'createdAt' | 'updatedAt' | 'version'>, createdBy: string, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into alert_rules (name, kind, region_code, category, params, active, created_by, created_at, updated_at)
        values (${fields.name}, ${fields.kind}, ${fields.regionCode}, ${fields.category}, ${JSON.stringify(fields.params)}::jsonb, ${fields.active}, ${createdBy}, ${now}, ${now})
        returning id`);
      return Number(rows.rows[0]!.id);
    },

    async updateRule(id: number, version: number, fields: Omit<RuleRecord, 'id' | 'regionName' | 'createdAt' | 'updatedAt' | 'version'>, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update alert_rules set name = ${fields.name}, kind = ${fields.kind}, region_code = ${fields.regionCode}, category = ${fields.category},
          params = ${JSON.stringify(fields.params)}::jsonb, active = ${fields.active}, updated_at = ${now}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return rows.rows.length === 1;
    },

    // ---- reports, for evaluation

    /**
     * Reports counted for a rule inside any of `roots` (null: everywhere) that occurred in (from, to],
     * oldest first: every one of them (an alert holds them all; the sweep asks only for the regions
     * that fire, see evaluator.ts). `only` narrows them in SQL to what the rule's kind looks at.
     */
    async reports(roots: readonly string[] | null, category: string | null, from: Date, to: Date, only: ReportFilter = {}): Promise<ReportPoint[]> {
      const narrower: SQL[] = [];
      if (only.minSeverity) narrower.push(sql`and i.severity in (${sql.join(severitiesFrom(only.minSeverity).map((s) => sql`${s}`), sql`, `)})`);
      if (only.placed) narrower.push(sql`and i.latitude is not null`);
      const rows = await db.execute(sql`
        select i.id, i.region_code, i.category, i.severity, i.occurred_at, i.latitude, i.longitude from incidents i
        where ${counted(roots, category)} and i.occurred_at > ${from} and i.occurred_at <= ${to} ${sql.join(narrower, sql` `)}
        order by i.occurred_at, i.id`);
      return rows.rows.map(toPoint);
    },

    /** Counted reports in (from, to] per region prefix of `length` characters (the rule's grouping). */
    async countsByGroup(root: string | null, category: string | null, length: number, from: Date, to: Date): Promise<Map<string, number>> {
      const rows = await db.execute<{ region: string; n: number }>(sql`
        select left(i.region_code, ${length}) as region, count(*)::int as n from incidents i
        where ${counted(root === null ? null : [root], category)} and i.occurred_at > ${from} and i.occurred_at <= ${to}
        group by 1`);
      return new Map(rows.rows.map((row) => [String(row.region), Number(row.n)]));
    },

    // ---- alerts

    /**
     * Raises the alert of `fingerprint`, or joins new reports to it. One statement, so two processes
     * evaluating at once end with one row: the loser of the insert updates the winner's row. A closed
     * alert is left alone, and so is one that already holds every report. Returns what happened.
     * "Holds every report" is an EXCEPT (hashed), not `@>`: array containment compares every pair of
     * elements, and an alert of 70,000 reports joined by one more took half a minute.
     */
    async upsert(alert: NewAlert): Promise<{ id: number; raised: boolean; version: number } | null> {
      const rows = await db.execute<{ id: number; version: number }>(sql`
        insert into alerts as a (rule_id, fingerprint, region_code, category, status, details, incident_ids, latitude, longitude, triggered_at, updated_at)
        values (${alert.ruleId}, ${alert.fingerprint}, ${alert.regionCode}, ${alert.category}, 'baru', ${JSON.stringify(alert.details)}::jsonb,
          ${intArraySql(alert.incidentIds)}, ${alert.latitude}, ${alert.longitude}, ${alert.at}, ${alert.at})
        on conflict (fingerprint) do update set
          incident_ids = array(select distinct x from unnest(a.incident_ids || excluded.incident_ids) as x order by x),
          details = excluded.details, latitude = excluded.latitude, longitude = excluded.longitude, updated_at = excluded.updated_at, version = a.version + 1
        where a.status <> 'selesai' and exists (select unnest(excluded.incident_ids) except select unnest(a.incident_ids))
        returning a.id, a.version`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), raised: Number(row.version) === 1, version: Number(row.version) } : null;
    },

    /** The alerts of these fingerprints, open or closed, with their reports: what a sweep's findings would change. */
    async byFingerprints(fingerprints: readonly string[]): Promise<Map<string, { open: boolean; incidentIds: number[] }>> {
      const found = new Map<string, { open: boolean; incidentIds: number[] }>();
      for (const chunk of inChunks(fingerprints, 1_000)) {
        const rows = await db.execute(sql`select fingerprint, status, incident_ids from alerts where fingerprint in (${sql.join(chunk.map((f) => sql`${f}`), sql`, `)})`);
        for (const row of rows.rows) found.set(String(row.fingerprint), { open: row.status !== 'selesai', incidentIds: intArray(row.incident_ids) });
      }
      return found;
    },

    /** The open alert of this fingerprint, if any (the previous window's, which later reports may join). */
    async openByFingerprint(fingerprint: string): Promise<{ id: number } | null> {
      const rows = await db.execute<{ id: number }>(sql`select id from alerts where fingerprint = ${fingerprint} and status <> 'selesai'`);
      return rows.rows[0] ? { id: Number(rows.rows[0].id) } : null;
    },

    /** The reports the alert of this fingerprint holds (none when there is none), its row locked until the transaction ends. */
    async lockIncidentIds(fingerprint: string): Promise<number[]> {
      const rows = await db.execute(sql`select incident_ids from alerts where fingerprint = ${fingerprint} for update`);
      return rows.rows[0] ? intArray(rows.rows[0].incident_ids) : [];
    },

    async get(id: number): Promise<AlertRecord | null> {
      const rows = await db.execute(sql`${SELECT_ALERT} where a.id = ${id}`);
      return rows.rows[0] ? toAlert(rows.rows[0]) : null;
    },

    async list(roots: string[] | null, query: AlertListQuery): Promise<{ items: AlertRecord[]; total: number }> {
      const conditions: SQL[] = [withinRegions(sql`a.region_code`, roots)];
      if (query.region) conditions.push(withinRegions(sql`a.region_code`, [query.region]));
      if (query.status) conditions.push(sql`a.status = ${query.status}`);
      if (query.open === 'true') conditions.push(sql`a.status <> 'selesai'`);
      if (query.open === 'false') conditions.push(sql`a.status = 'selesai'`);
      const where = sql.join(conditions, sql` and `);
      const rows = await db.execute(sql`${SELECT_ALERT} where ${where} order by a.triggered_at desc, a.id desc limit ${query.limit} offset ${query.offset}`);
      const total = await db.execute<{ n: number }>(sql`select count(*)::int as n from alerts a where ${where}`);
      return { items: rows.rows.map(toAlert), total: Number(total.rows[0]!.n) };
    },

    /** The newest of these reports, at most `limit` (an alert's detail lists so many; its count says how many it holds). */
    async incidents(ids: readonly number[], limit = ALERT_REPORTS_LISTED): Promise<AlertIncidentRow[]> {
      if (ids.length === 0) return [];
      const rows = await db.execute(sql`
        select i.id, i.reference, i.category, i.severity, i.status, i.region_code, r.name as region_name, i.occurred_at, i.created_by, i.referred_unit_id
        from incidents i join regions r on r.code = i.region_code where i.id = any(${intArraySql(ids)}) order by i.occurred_at desc, i.id desc limit ${limit}`);
      return rows.rows.map((row) => ({
        id: Number(row.id), reference: String(row.reference), category: String(row.category), severity: row.severity as IncidentSeverity,
        status: row.status as IncidentStatus, regionCode: String(row.region_code), regionName: String(row.region_name),
        occurredAt: new Date(isoInstant(row.occurred_at)), createdBy: txt(row.created_by), referredUnitId: num(row.referred_unit_id),
      }));
    },

    /** Moves an alert at the version the caller read; false when it moved since. */
    async update(id: number, version: number, set: SQL, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`update alerts set ${set}, updated_at = ${now}, version = version + 1 where id = ${id} and version = ${version} returning id`);
      return rows.rows.length === 1;
    },
  };
}

export type AlertRepo = ReturnType<typeof createAlertRepo>;
