import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isoInstant } from '../../db/values.js';
import type { GatewayAnswer } from '../../contracts/gateway.js';
import type { Regime } from '../../domain/incidents/regime.js';
import type { GatewayChannel } from '../../domain/incidents/triage.js';

type Executor = Pick<Db, 'execute'>;

/** A delivery of the gateway as first recorded. */
export interface StoredMessage {
  requestHash: string;
  receivedAt: Date;
  /** Null while the first delivery is being handled (or if it failed half-way). */
  answer: Omit<GatewayAnswer, 'replayed'> | null;
}

/** The fields a message waiting in triage is stored with. */
export interface NewTriage {
  channel: GatewayChannel;
  rawText: string;
  sender: string;
  receivedAt: Date;
  scopeRegionCode: string | null;
  regionCode: string | null;
  category: string | null;
  regime: Regime | null;
  tps: string | null;
  description: string;
  problems: unknown[];
  createdBy: string;
}

export function createGatewayRepo(db: Executor) {
  return {
    async message(channel: GatewayChannel, messageId: string): Promise<StoredMessage | null> {
      const rows = await db.execute<{ request_hash: string; received_at: unknown; answer: unknown }>(sql`
        select request_hash, received_at, answer from gateway_messages where channel = ${channel} and message_id = ${messageId}`);
      const row = rows.rows[0];
      if (!row) return null;
      // PGlite and pg both return jsonb parsed; a text form would come from an older driver.
      const answer = typeof row.answer === 'string' ? (JSON.parse(row.answer) as StoredMessage['answer']) : (row.answer as StoredMessage['answer']);
      return { requestHash: row.request_hash, receivedAt: new Date(isoInstant(row.received_at)), answer };
    },

    /**
     * Records the first delivery of a message id: true when it was new. A concurrent delivery of the
     * same id waits here (the primary key) until the first one's transaction ends, then finds it.
     */
    async claim(channel: GatewayChannel, messageId: string, requestHash: string, receivedAt: Date, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        insert into gateway_messages (channel, message_id, request_hash, received_at, created_at)
        values (${channel}, ${messageId}, ${requestHash}, ${receivedAt.toISOString()}, ${now.toISOString()})
        on conflict (channel, message_id) do nothing returning message_id`);
      return rows.rows.length > 0;
    },

    /** Stores what the first delivery came to; a later writer of the same outcome changes nothing. */
    async settle(channel: GatewayChannel, messageId: string, outcome: { incidentId: number | null; triageId: number | null }, answer: Omit<GatewayAnswer, 'replayed'>) {
      await db.execute(sql`
        update gateway_messages set incident_id = ${outcome.incidentId}, triage_id = ${outcome.triageId}, answer = ${JSON.stringify(answer)}::jsonb
        where channel = ${channel} and message_id = ${messageId} and answer is null`);
    },

    /** Stores a message in triage under the next id; its reference is made from the id and `year`. */
    async insertTriage(fields: NewTriage, year: string, now: Date): Promise<{ id: number; reference: string }> {
      const next = await db.execute<{ id: number }>(sql`select nextval(pg_get_serial_sequence('incident_triage', 'id'))::int as id`);
      const id = Number(next.rows[0]!.id);
      const reference = `TRI-${year}-${String(id).padStart(6, '0')}`;
      await db.execute(sql`
        insert into incident_triage (id, reference, channel, raw_text, sender, received_at, scope_region_code, region_code, category, regime, tps,
          description, problems, created_by, created_at)
        values (${id}, ${reference}, ${fields.channel}, ${fields.rawText}, ${fields.sender}, ${fields.receivedAt.toISOString()}, ${fields.scopeRegionCode},
          ${fields.regionCode}, ${fields.category}, ${fields.regime}, ${fields.tps}, ${fields.description}, ${JSON.stringify(fields.problems)}::jsonb,
          ${fields.createdBy}, ${now.toISOString()})`);
      return { id, reference };
    },

    async regionName(code: string): Promise<string | null> {
      const rows = await db.execute<{ name: string }>(sql`select name from regions where code = ${code}`);
      return rows.rows[0]?.name ?? null;
    },
  };
}

export type GatewayRepo = ReturnType<typeof createGatewayRepo>;
