import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inChunks } from '../../db/chunks.js';
import { withinRegions } from '../../db/scope.js';
import { isoInstant } from '../../db/values.js';
import { incidents } from '../../db/schema/incidents.js';
import type { IncidentFilter, IncidentListQuery } from '../../contracts/incidents.js';
import { decodeListCursor, encodeListCursor, type ListCursor } from '../../domain/incidents/list-cursor.js';
import type { Regime } from '../../domain/incidents/regime.js';
import type { IncidentChannel, IncidentSeverity } from '../../domain/incidents/vocabulary.js';
import { CLOSED_STATUSES, OPEN_STATUS_FILTER, type IncidentAction, type IncidentStatus } from '../../domain/incidents/workflow.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';

type Executor = Pick<Db, 'execute'>;

/**
 * Whose reports a caller sees: a reporter only its own (`reporterId`); everyone else the region
 * subtrees `roots` (null = all) and, for an officer, what was referred to its unit.
 */
export interface IncidentVisibility {
  reporterId: string | null;
  roots: string[] | null;
  unitId: number | null;
}

/** A stored report with the names it refers to. */
export interface IncidentRecord {
  id: number;
  reference: string;
  category: string;
  regime: Regime;
  description: string;
  occurredAt: Date;
  knownAt: Date;
  regionCode: string;
  regionName: string;
  regionLevel: number;
  timeZone: TimeZoneLabel;
  latitude: number | null;
  longitude: number | null;
  tps: string | null;
  severity: IncidentSeverity;
  channel: IncidentChannel;
  reporterName: string | null;
  reporterContact: string | null;
  reporterAnonymous: boolean;
  status: IncidentStatus;
  duplicateOf: { id: number; reference: string } | null;
  referredUnit: { id: number; name: string; agencyCode: string; regionCode: string } | null;
  referredUnitId: number | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The fields a new report is stored with (the service has checked and defaulted them). */
export type NewIncident = Pick<IncidentRecord,
  'category' | 'regime' | 'description' | 'occurredAt' | 'knownAt' | 'regionCode' | 'latitude' | 'longitude' | 'tps' | 'severity' | 'channel'
  | 'reporterName' | 'reporterContact' | 'reporterAnonymous' | 'createdBy'>;

/** One move of a report, with the unit it went to. */
export interface TransitionRow {
  id: number;
  incidentId: number;
  action: IncidentAction;
  fromStatus: IncidentStatus;
  toStatus: IncidentStatus;
  reason: string;
  unit: { id: number; name: string; agencyCode: string } | null;
  duplicateOf: { id: number; reference: string } | null;
  actorLabel: string;
  at: Date;
}

/**
 * The columns of a report as `i.…`, every one but search_vector (the stemmed description, as long as
 * the description itself: shipping it with every row of a page or an export would double the bytes).
 */
export const INCIDENT_COLUMNS: SQL = sql.raw(Object.values(getTableColumns(incidents))
  .filter((column) => column.name !== 'search_vector').map((column) => `i.${column.name}`).join(', '));

/** Reports of `source` (the table, or a page of it with `extra` columns) as `i`, with the names they refer to. */
const selectIncidents = (source: SQL, extra: SQL = sql``) => sql`
  select ${INCIDENT_COLUMNS}${extra}, r.name as region_name, r.level as region_level, r.time_zone, d.reference as duplicate_reference,
    u.name as unit_name, u.agency_code as unit_agency, u.region_code as unit_region
  from ${source} i
  join regions r on r.code = i.region_code
  left join incidents d on d.id = i.duplicate_of
  left join units u on u.id = i.referred_unit_id`;

const SELECT_INCIDENT = selectIncidents(sql`incidents`);

/** 19 parameters a report: a thousand rows a statement stays far below PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 1_000;

const text = (value: unknown) => (value == null ? null : String(value));
const number = (value: unknown) => (value == null ? null : Number(value));

function toRecord(row: Record<string, unknown>): IncidentRecord {
  const referredUnitId = number(row.referred_unit_id);
  const duplicateOf = number(row.duplicate_of);
  return {
    id: Number(row.id), reference: String(row.reference), category: String(row.category), regime: row.regime as Regime,
    description: String(row.description), occurredAt: new Date(isoInstant(row.occurred_at)), knownAt: new Date(isoInstant(row.known_at)),
    regionCode: String(row.region_code), regionName: String(row.region_name), regionLevel: Number(row.region_level), timeZone: row.time_zone as TimeZoneLabel,
    latitude: number(row.latitude), longitude: number(row.longitude), tps: text(row.tps), severity: row.severity as IncidentSeverity,
    channel: row.channel as IncidentChannel, reporterName: text(row.reporter_name), reporterContact: text(row.reporter_contact),
    reporterAnonymous: row.reporter_anonymous === true || row.reporter_anonymous === 't', status: row.status as IncidentStatus,
    duplicateOf: duplicateOf === null ? null : { id: duplicateOf, reference: String(row.duplicate_reference) },
    referredUnit: referredUnitId === null ? null
      : { id: referredUnitId, name: String(row.unit_name), agencyCode: String(row.unit_agency), regionCode: String(row.unit_region) },
    referredUnitId, createdBy: text(row.created_by), createdAt: new Date(isoInstant(row.created_at)), updatedAt: new Date(isoInstant(row.updated_at)),
    version: Number(row.version),
  };
}

/** SQL true for the reports `i` the caller may see (permissions.ts mayReadIncident, as a condition). */
export function incidentVisible(visibility: IncidentVisibility): SQL {
  if (visibility.reporterId !== null) return sql`i.created_by = ${visibility.reporterId}`;
  if (visibility.roots === null) return sql`true`;
  const held = visibility.unitId === null ? sql`false` : sql`i.referred_unit_id = ${visibility.unitId}`;
  return sql`(${withinRegions(sql`i.region_code`, visibility.roots)} or ${held})`;
}

/** The list filters of GET /incidents (and of the export), on top of visibility. */
export function listFilter(visibility: IncidentVisibility, query: IncidentFilter): SQL {
  const conditions: SQL[] = [incidentVisible(visibility)];
  if (query.region) conditions.push(withinRegions(sql`i.region_code`, [query.region]));
  if (query.status === OPEN_STATUS_FILTER) conditions.push(sql`i.status not in (${sql.join(CLOSED_STATUSES.map((s) => sql`${s}`), sql`, `)})`);
  else if (query.status) conditions.push(sql`i.status = ${query.status}`);
  if (query.category) conditions.push(sql`i.category = ${query.category}`);
  if (query.severity) conditions.push(sql`i.severity = ${query.severity}`);
  if (query.from) conditions.push(sql`i.occurred_at >= ${query.from}`);
  if (query.to) conditions.push(sql`i.occurred_at < ${query.to}`);
  if (query.q) {
    // The stored vector has a GIN index (migration 0020); a reference number is found as typed.
    conditions.push(sql`(i.search_vector @@ websearch_to_tsquery('indonesian', ${query.q}) or i.reference = ${query.q.toUpperCase()})`);
  }
  return sql.join(conditions, sql` and `);
}

/** Reports after `cursor` in the list's order (occurred_at, id descending): the keyset of the list and the export. */
export function afterCursor(cursor: ListCursor | null): SQL {
  return cursor === null ? sql`true` : sql`(i.occurred_at, i.id) < (${cursor.occurredAt}::timestamptz, ${cursor.id})`;
}

/** occurred_at as a cursor keeps it: UTC with PostgreSQL's microseconds. */
export const CURSOR_AT = sql`to_char(i.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The list counts matching reports up to here ("10,000+" past it). */
export const LIST_COUNT_CAP = 10_000;
/**
 * A text search counts to here: its matches come from the GIN index, and each must still be read
 * from the table to know it is visible (10,000 of a common word: 270 ms at a million reports).
 */
export const TEXT_COUNT_CAP = 1_000;

export interface IncidentPage {
  items: IncidentRecord[];
  total: number;
  totalCapped: boolean;
  next: string | null;
}

export function createIncidentRepo(db: Executor) {
  return {
    async region(code: string): Promise<{ code: string; timeZone: TimeZoneLabel } | null> {
      const rows = await db.execute<{ code: string; time_zone: string }>(sql`select code, time_zone from regions where code = ${code}`);
      const row = rows.rows[0];
      return row ? { code: row.code, timeZone: row.time_zone as TimeZoneLabel } : null;
    },

    async unit(id: number): Promise<{ id: number; agencyCode: string; regionCode: string } | null> {
      const rows = await db.execute<{ id: number; agency_code: string; region_code: string }>(sql`select id, agency_code, region_code from units where id = ${id}`);
      const row = rows.rows[0];
      return row ? { id: Number(row.id), agencyCode: row.agency_code, regionCode: row.region_code } : null;
    },

    async get(id: number): Promise<IncidentRecord | null> {
      const rows = await db.execute(sql`${SELECT_INCIDENT} where i.id = ${id}`);
      return rows.rows[0] ? toRecord(rows.rows[0]) : null;
    },

    /**
     * Visible reports that pass the filters, latest event first, a page of them: after a cursor
     * (keyset, one index seek at any depth) and/or an offset. The count stops at LIST_COUNT_CAP
     * (TEXT_COUNT_CAP for a text search):
     * an exact count of a million matching rows costs more than the page itself, and nobody pages
     * through ten thousand reports (they filter).
     */
    async list(visibility: IncidentVisibility, query: IncidentListQuery): Promise<IncidentPage> {
      const where = listFilter(visibility, query);
      const cursor = query.after === undefined ? null : decodeListCursor(query.after);
      const after = afterCursor(cursor);
      // The page is cut from incidents alone, then named: joined before the cut, every skipped row
      // of a deep page would look up its region too (5,000 lookups for page 101 of 50). One row more
      // than asked says whether a next page exists.
      const page = sql`(select ${INCIDENT_COLUMNS}, ${CURSOR_AT} as cursor_at
        from incidents i where ${where} and ${after} order by i.occurred_at desc, i.id desc limit ${query.limit + 1} offset ${query.offset})`;
      const rows = (await db.execute(sql`${selectIncidents(page, sql`, i.cursor_at`)} order by i.occurred_at desc, i.id desc`)).rows;
      const cap = query.q ? TEXT_COUNT_CAP : LIST_COUNT_CAP;
      const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from incidents i where ${where} limit ${cap + 1}) matching`);
      const total = Number(counted.rows[0]?.total ?? 0);
      const shown = rows.slice(0, query.limit);
      const last = shown.at(-1);
      const next = rows.length > query.limit && last ? encodeListCursor({ occurredAt: String(last.cursor_at), id: Number(last.id) }) : null;
      return { items: shown.map(toRecord), total: Math.min(total, cap), totalCapped: total > cap, next };
    },

    /** The transitions of these reports, oldest first, with the units they went to. */
    async transitions(incidentIds: readonly number[]): Promise<TransitionRow[]> {
      if (incidentIds.length === 0) return [];
      const ids = sql.join(incidentIds.map((id) => sql`${id}`), sql`, `);
      const rows = await db.execute(sql`
        select t.*, u.name as unit_name, u.agency_code as unit_agency, d.reference as duplicate_reference
        from incident_transitions t left join units u on u.id = t.unit_id left join incidents d on d.id = t.duplicate_of
        where t.incident_id in (${ids}) order by t.at, t.id`);
      return rows.rows.map((row) => {
        const unitId = number(row.unit_id);
        const duplicateOf = number(row.duplicate_of);
        return {
          id: Number(row.id), incidentId: Number(row.incident_id), action: row.action as IncidentAction, fromStatus: row.from_status as IncidentStatus,
          toStatus: row.to_status as IncidentStatus, reason: String(row.reason),
          unit: unitId === null ? null : { id: unitId, name: String(row.unit_name), agencyCode: String(row.unit_agency) },
          duplicateOf: duplicateOf === null ? null : { id: duplicateOf, reference: String(row.duplicate_reference) },
          actorLabel: String(row.actor_label), at: new Date(isoInstant(row.at)),
        };
      });
    },

    /** The transitions of these reports (as `transitions`), by report: a page's clocks without a scan of every row per report. */
    async transitionsByIncident(incidentIds: readonly number[]): Promise<Map<number, TransitionRow[]>> {
      const byIncident = new Map<number, TransitionRow[]>();
      for (const transition of await this.transitions(incidentIds)) {
        const list = byIncident.get(transition.incidentId);
        if (list) list.push(transition);
        else byIncident.set(transition.incidentId, [transition]);
      }
      return byIncident;
    },

    /** The time zones of these regions (those that exist), one statement for a batch's regions. */
    async timeZones(codes: readonly string[]): Promise<Map<string, TimeZoneLabel>> {
      const unique = [...new Set(codes)];
      if (unique.length === 0) return new Map();
      const rows = await db.execute<{ code: string; time_zone: string }>(sql`select code, time_zone from regions where code in (${sql.join(unique.map((code) => sql`${code}`), sql`, `)})`);
      return new Map(rows.rows.map((row) => [row.code, row.time_zone as TimeZoneLabel]));
    },

    /**
     * Stores new reports (status baru, version 1) under the next ids, in the order given, a thousand
     * rows a statement; each reference is made from its id and the year beside it. The ids, in order.
     */
    async insert(rows: readonly { fields: NewIncident; year: string }[], now: Date): Promise<number[]> {
      if (rows.length === 0) return [];
      const next = await db.execute<{ id: number }>(sql`select nextval(pg_get_serial_sequence('incidents', 'id'))::int as id from generate_series(1, ${rows.length})`);
      const ids = next.rows.map((row) => Number(row.id)).sort((a, b) => a - b);
      const at = now.toISOString();
      for (const chunk of inChunks(rows.map((row, index) => ({ ...row, id: ids[index]! })), ROWS_PER_INSERT)) {
        const values = chunk.map(({ fields, year, id }) => sql`(${id}, ${`INS-${year}-${String(id).padStart(6, '0')}`}, ${fields.category}, ${fields.regime}, ${fields.description},
            ${fields.occurredAt.toISOString()}::timestamptz, ${fields.knownAt.toISOString()}::timestamptz, ${fields.regionCode}, ${fields.latitude}::double precision,
            ${fields.longitude}::double precision, ${fields.tps}, ${fields.severity}, ${fields.channel}, ${fields.reporterName}, ${fields.reporterContact},
            ${fields.reporterAnonymous}::boolean, ${fields.createdBy}::uuid, ${at}::timestamptz, ${at}::timestamptz)`);
        await db.execute(sql`
          insert into incidents (id, reference, category, regime, description, occurred_at, known_at, region_code, latitude, longitude, tps, severity, channel,
            reporter_name, reporter_contact, reporter_anonymous, created_by, created_at, updated_at)
          values ${sql.join(values, sql`, `)}`);
      }
      return ids;
    },

    /** Moves a report if it is still at `expectedVersion`; false when someone else moved it first. */
    async move(id: number, expectedVersion: number, to: { status: IncidentStatus; referredUnitId: number | null; duplicateOf: number | null }, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update incidents set status = ${to.status}, referred_unit_id = ${to.referredUnitId}, duplicate_of = ${to.duplicateOf},
          version = version + 1, updated_at = ${now.toISOString()}
        where id = ${id} and version = ${expectedVersion} returning id`);
      return rows.rows.length > 0;
    },

    async addTransition(row: {
      incidentId: number; action: IncidentAction; fromStatus: IncidentStatus; toStatus: IncidentStatus; reason: string; unitId: number | null;
      duplicateOf: number | null; actorId: string | null; actorLabel: string; at: Date;
    }): Promise<void> {
      await db.execute(sql`
        insert into incident_transitions (incident_id, action, from_status, to_status, reason, unit_id, duplicate_of, actor_id, actor_label, at)
        values (${row.incidentId}, ${row.action}, ${row.fromStatus}, ${row.toStatus}, ${row.reason}, ${row.unitId}, ${row.duplicateOf}, ${row.actorId},
          ${row.actorLabel}, ${row.at.toISOString()})`);
    },

    /**
     * Claims idempotency keys for this caller: the set of those that were free (a key given twice
     * is claimed once). When another transaction holds one of them uncommitted, this waits for it
     * (the primary key), then finds it taken.
     */
    async claimKeys(scope: string, claims: readonly { key: string; requestHash: string }[], now: Date): Promise<Set<string>> {
      const claimed = new Set<string>();
      for (const chunk of inChunks(claims, ROWS_PER_INSERT)) {
        const values = chunk.map(({ key, requestHash }) => sql`(${scope}, ${key}, ${requestHash}, null::int, ${now.toISOString()}::timestamptz)`);
        const rows = await db.execute<{ key: string }>(sql`
          insert into incident_idempotency (scope, key, request_hash, incident_id, created_at) values ${sql.join(values, sql`, `)}
          on conflict (scope, key) do nothing returning key`);
        for (const row of rows.rows) claimed.add(row.key);
      }
      return claimed;
    },

    async keyedIncident(scope: string, key: string): Promise<{ requestHash: string; incidentId: number | null } | null> {
      const rows = await db.execute<{ request_hash: string; incident_id: number | null }>(sql`
        select request_hash, incident_id from incident_idempotency where scope = ${scope} and key = ${key}`);
      const row = rows.rows[0];
      return row ? { requestHash: row.request_hash, incidentId: number(row.incident_id) } : null;
    },

    /** Points claimed keys at the reports they made. */
    async attachKeys(scope: string, pairs: readonly { key: string; incidentId: number }[]): Promise<void> {
      for (const chunk of inChunks(pairs, ROWS_PER_INSERT)) {
        const values = chunk.map(({ key, incidentId }) => sql`(${key}, ${incidentId}::int)`);
        await db.execute(sql`
          update incident_idempotency k set incident_id = made.incident_id
          from (values ${sql.join(values, sql`, `)}) as made (key, incident_id)
          where k.scope = ${scope} and k.key = made.key`);
      }
    },
  };
}

export type IncidentRepo = ReturnType<typeof createIncidentRepo>;
