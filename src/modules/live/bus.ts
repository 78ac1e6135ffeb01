import { sql } from 'drizzle-orm';
import { inChunks } from '../../db/chunks.js';
import type { Database, Db } from '../../db/client.js';

/** The one NOTIFY channel of Sinergi's live feed. */
export const LIVE_CHANNEL = 'sinergi_live';

/**
 * What the feed carries: which record changed and where, never its content. A screen that hears of
 * an incident asks for it through the API, so what it gets is what its account may read, and the
 * payload stays far below PostgreSQL's 8000-byte NOTIFY limit.
 */
export interface LiveEvent {
  /** `incident.created`, `incident.changed`, `alert.raised`, … */
  type: string;
  id: string;
  /** The region the record belongs to; null for a national one. */
  regionCode: string | null;
  at: string;
}

/**
 * Not sent by anyone: what the bus tells its own listeners when its LISTEN connection was lost or has
 * come back. Events may have been missed; a listener that keeps a copy drops it, a stream ends so its
 * browser reconnects and reads again.
 */
export const LIVE_GAP = 'live.gap';

type Executor = Pick<Db, 'execute'>;
const NOTIFY_PER_STATEMENT = 1_000;
type Listener = (event: LiveEvent) => void;

/**
 * The live feed of one server process: one LISTEN for the process, fanned out to its subscribers
 * (the open Server-Sent Events streams). Events are published with NOTIFY inside the writer's
 * transaction, so they go out when, and only if, it commits, to every process on the same database.
 */
export function createLiveBus(database: Pick<Database, 'listen'>) {
  const listeners = new Set<Listener>();
  let listening: Promise<() => Promise<void>> | null = null;

  const deliver = (payload: string) => {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const listener of listeners) listener(event);
  };
  const gap = () => {
    const event: LiveEvent = { type: LIVE_GAP, id: '', regionCode: null, at: new Date().toISOString() };
    for (const listener of [...listeners]) listener(event);
  };

  /** Events in order, a thousand per statement (a batch of imported reports is one round trip, not one each). */
  async function publishAll(executor: Executor, events: readonly (Omit<LiveEvent, 'at'> & { at?: string })[]): Promise<void> {
    const now = new Date().toISOString();
    for (const chunk of inChunks(events, NOTIFY_PER_STATEMENT)) {
      const payloads = chunk.map((event) => sql`(${JSON.stringify({ ...event, at: event.at ?? now } satisfies LiveEvent)}::text)`);
      await executor.execute(sql`select pg_notify(${LIVE_CHANNEL}, payload) from (values ${sql.join(payloads, sql`, `)}) as events (payload)`);
    }
  }

  return {
    /** Starts hearing events (on first use) and calls `listener` with each; resolves to the unsubscribe. */
    async subscribe(listener: Listener): Promise<() => void> {
      listening ??= database.listen(LIVE_CHANNEL, deliver, gap).catch((error: unknown) => {
        listening = null;
        throw error;
      });
      await listening;
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Sends an event when `executor`'s transaction commits (at once outside a transaction). */
    publish: (executor: Executor, event: Omit<LiveEvent, 'at'> & { at?: string }): Promise<void> => publishAll(executor, [event]),

    publishAll,

    get subscribers() {
      return listeners.size;
    },

    async close(): Promise<void> {
      listeners.clear();
      const stop = await listening?.catch(() => null);
      listening = null;
      await stop?.();
    },
  };
}

export type LiveBus = ReturnType<typeof createLiveBus>;
