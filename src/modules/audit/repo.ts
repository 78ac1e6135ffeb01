import { sql, type SQL } from 'drizzle-orm';
import { inChunks } from '../../db/chunks.js';
import { withinRegions } from '../../db/scope.js';
import type { Db } from '../../db/client.js';
import type { JsonValue, StoredAuditRecord } from '../../domain/audit/chain.js';

/** A drizzle transaction handle, as `db.transaction` passes it to its callback. */
export type DbTransaction = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | DbTransaction;

/** 14 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 parameters a statement. */
const ROWS_PER_INSERT = 2_000;

/** Serialises audit appenders across processes; next to the migration and seed keys. */
const AUDIT_LOCK_KEY = 7_405_211_026;

interface AuditRow extends Record<string, unknown> {
  id: number | string;
  at: string;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  region_code: string | null;
  changes: string;
  ip: string | null;
  client: string | null;
  prev_hash: string;
  hash: string;
}

// `at` as ISO text in UTC and `changes` as text: both drivers then return the same strings,
// whatever their own parsers and the session's time zone would make of them.
const SELECT_ROW = sql`
  select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_type, actor_id, actor_label,
         action, entity_type, entity_id, region_code, changes::text as changes, ip, client, prev_hash, hash
  from audit_log`;

function toRecord(row: AuditRow): StoredAuditRecord {
  return {
    id: Number(row.id),
    at: new Date(row.at),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    regionCode: row.region_code,
    changes: JSON.parse(row.changes) as JsonValue,
    ip: row.ip,
    client: row.client,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AuditFilter {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Region subtrees the reader may see; null sees everything, including rows without a region. */
  regionCodes?: readonly string[] | null;
  limit: number;
  offset: number;
}

function conditions(filter: AuditFilter): SQL {
  const parts: SQL[] = [];
  if (filter.actorId !== undefined) parts.push(sql`actor_id = ${filter.actorId}`);
  if (filter.entityType !== undefined) parts.push(sql`entity_type = ${filter.entityType}`);
  if (filter.entityId !== undefined) parts.push(sql`entity_id = ${filter.entityId}`);
  if (filter.from) parts.push(sql`at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) parts.push(sql`at < ${filter.to.toISOString()}::timestamptz`);
  if (filter.regionCodes) parts.push(withinRegions(sql`region_code`, filter.regionCodes));
  return parts.length ? sql`where ${sql.join(parts, sql` and `)}` : sql``;
}

export const auditRepo = {
  /**
   * Takes the appenders' lock until the caller's transaction ends. Returns the isolation level: under
   * REPEATABLE READ the snapshot predates the lock, so the last row read next could be stale.
   */
  async lockChain(tx: DbTransaction): Promise<string> {
    const rows = await tx.execute<{ isolation: string }>(
      sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY}) is null as locked, current_setting('transaction_isolation') as isolation`,
    );
    return rows.rows[0]?.isolation ?? '';
  },

  /**
   * The next `count` ids, ascending, and the hash of the last row; call with the chain locked so
   * both stay current (only appenders under the lock draw from this sequence).
   */
  async reserve(tx: DbTransaction, count: number): Promise<{ ids: number[]; lastHash: string | null }> {
    const rows = await tx.execute<{ id: number | string; last_hash: string | null }>(
      sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id,
                 (select hash from audit_log order by id desc limit 1) as last_hash
          from generate_series(1, ${count})`,
    );
    return { ids: rows.rows.map((row) => Number(row.id)).sort((a, b) => a - b), lastHash: rows.rows[0]?.last_hash ?? null };
  },

  /** Stores chained rows, as many per statement as PostgreSQL's parameter limit allows. */
  async insert(tx: DbTransaction, rows: readonly StoredAuditRecord[]): Promise<void> {
    for (const chunk of inChunks(rows, ROWS_PER_INSERT)) {
      const values = chunk.map((row) => sql`(${row.id}, ${row.at.toISOString()}::timestamptz, ${row.actorType},
        ${row.actorId}, ${row.actorLabel}, ${row.action}, ${row.entityType}, ${row.entityId}, ${row.regionCode}, ${JSON.stringify(row.changes)}::jsonb,
        ${row.ip}, ${row.client}, ${row.prevHash}, ${row.hash})`);
      await tx.execute(sql`
        insert into audit_log (id, at, actor_type, actor_id, actor_label, action, entity_type, entity_id, region_code,
                               changes, ip, client, prev_hash, hash)
        values ${sql.join(values, sql`, `)}`);
    }
  },

  /** Up to `limit` rows after `afterId` (from the start when null), in id order: one page of a streamed scan. */
  async page(db: DbOrTx, afterId: number | null, limit: number): Promise<StoredAuditRecord[]> {
    // No lower bound on the first page: a forged row with id 0 or below must be read too.
    const where = afterId === null ? sql`` : sql`where id > ${afterId}`;
    const rows = await db.execute<AuditRow>(sql`${SELECT_ROW} ${where} order by id limit ${limit}`);
    return rows.rows.map(toRecord);
  },

  /** Matching rows, newest first, and how many match in all. */
  async find(db: DbOrTx, filter: AuditFilter): Promise<{ items: StoredAuditRecord[]; total: number }> {
    const where = conditions(filter);
    const rows = await db.execute<AuditRow>(sql`${SELECT_ROW} ${where} order by id desc limit ${filter.limit} offset ${filter.offset}`);
    const counted = await db.execute<{ total: number }>(sql`select count(*)::int as total from audit_log ${where}`);
    return { items: rows.rows.map(toRecord), total: counted.rows[0]?.total ?? 0 };
  },

  /**
   * Names of the fields changed on one versioned entity by writes that started from `sinceVersion`
   * or later: every such write audits `version: [before, after]` with its changes.
   */
  async fieldsChangedSince(db: DbOrTx, entityType: string, entityId: string, sinceVersion: number): Promise<string[]> {
    const rows = await db.execute<{ changes: string }>(sql`
      select changes::text as changes from audit_log
      where entity_type = ${entityType} and entity_id = ${entityId}
        and jsonb_typeof(changes -> 'version') = 'array' and (changes -> 'version' ->> 0)::int >= ${sinceVersion}
      order by id`);
    const fields = new Set<string>();
    for (const row of rows.rows) for (const key of Object.keys(JSON.parse(row.changes) as object)) if (key !== 'version') fields.add(key);
    return [...fields];
  },
};
