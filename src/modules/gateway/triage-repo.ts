import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant, isoInstantOrNull } from '../../db/values.js';
import type { TriageListQuery } from '../../contracts/triage.js';
import type { Regime } from '../../domain/incidents/regime.js';
import type { GatewayChannel, TriageStatus } from '../../domain/incidents/triage.js';

type Executor = Pick<Db, 'execute'>;

/** A message waiting in (or gone through) triage, with the names it refers to. */
export interface TriageRecord {
  id: number;
  reference: string;
  channel: GatewayChannel;
  receivedAt: string;
  rawText: string;
  sender: string;
  region: { code: string; name: string } | null;
  scopeRegionCode: string | null;
  /** Where it belongs for scoping: the recognised region, else the sending token's scope (null: national). */
  homeRegionCode: string | null;
  category: string | null;
  regime: Regime | null;
  tps: string | null;
  description: string;
  problems: Record<string, unknown>[];
  status: TriageStatus;
  incident: { id: number; reference: string } | null;
  handledAt: string | null;
  createdAt: string;
}

const HOME = sql`coalesce(t.region_code, t.scope_region_code)`;
const SELECT_TRIAGE = sql`
  select t.*, r.name as region_name, i.reference as incident_reference
  from incident_triage t left join regions r on r.code = t.region_code left join incidents i on i.id = t.incident_id`;

function toRecord(row: Record<string, unknown>): TriageRecord {
  const text = (value: unknown) => (value == null ? null : String(value));
  const problems = typeof row.problems === 'string' ? JSON.parse(row.problems) : row.problems;
  const regionCode = text(row.region_code);
  const incidentId = row.incident_id == null ? null : Number(row.incident_id);
  return {
    id: Number(row.id), reference: String(row.reference), channel: row.channel as GatewayChannel, receivedAt: isoInstant(row.received_at),
    rawText: String(row.raw_text), sender: String(row.sender), region: regionCode ? { code: regionCode, name: String(row.region_name) } : null,
    scopeRegionCode: text(row.scope_region_code), homeRegionCode: regionCode ?? text(row.scope_region_code), category: text(row.category),
    regime: text(row.regime) as Regime | null, tps: text(row.tps), description: String(row.description),
    problems: Array.isArray(problems) ? (problems as Record<string, unknown>[]) : [], status: row.status as TriageStatus,
    incident: incidentId === null ? null : { id: incidentId, reference: String(row.incident_reference) },
    handledAt: isoInstantOrNull(row.handled_at), createdAt: isoInstant(row.created_at),
  };
}

export function createTriageRepo(db: Executor) {
  return {
    /** Messages whose home region lies in `roots` (null: all), oldest first: the queue is worked in order of arrival. */
    async list(roots: string[] | null, query: TriageListQuery): Promise<{ items: TriageRecord[]; total: number }> {
      const conditions: SQL[] = [withinRegions(HOME, roots), sql`t.status = ${query.status}`];
      if (query.region) conditions.push(withinRegions(HOME, [query.region]));
      const where = sql.join(conditions, sql` and `);
      const rows = await db.execute(sql`${SELECT_TRIAGE} where ${where} order by t.received_at, t.id limit ${query.limit} offset ${query.offset}`);
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from incident_triage t where ${where}`);
      return { items: rows.rows.map(toRecord), total: Number(counted.rows[0]?.total ?? 0) };
    },

    async get(id: number): Promise<TriageRecord | null> {
      const rows = await db.execute(sql`${SELECT_TRIAGE} where t.id = ${id}`);
      return rows.rows[0] ? toRecord(rows.rows[0]) : null;
    },

    /** Moves a waiting message on (to a report or aside); false when someone else handled it first. */
    async handle(id: number, status: Exclude<TriageStatus, 'baru'>, actorId: string, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update incident_triage set status = ${status}, handled_by = ${actorId}, handled_at = ${now.toISOString()}
        where id = ${id} and status = 'baru' returning id`);
      return rows.rows.length > 0;
    },

    /** Puts a message back in the queue when making its report failed. */
    async release(id: number): Promise<void> {
      await db.execute(sql`update incident_triage set status = 'baru', handled_by = null, handled_at = null where id = ${id} and incident_id is null`);
    },

    async attachIncident(id: number, incidentId: number): Promise<void> {
      await db.execute(sql`update incident_triage set incident_id = ${incidentId} where id = ${id}`);
    },
  };
}
