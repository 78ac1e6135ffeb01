/**
 * A sustained stream of reports as a gateway sends them: each report has its own idempotency key
 * and is sent until one answer 201 acknowledges it, a failed attempt (no answer, or any 5xx) being
 * retried with the same key and body on the next server in the list. What came back is kept, to be
 * compared with what the database holds.
 */

/** How long a client waits for one answer: a request still open after this counts as hanging. */
export const CLIENT_TIMEOUT_MS = 30_000;

export interface Attempt {
  key: string;
  target: string;
  /** HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  status: number;
  ms: number;
  code?: string;
}

export interface IntakeResult {
  /** Key → the report id its 201 answer named. */
  acknowledged: Map<string, number>;
  /** Every attempt that did not answer 201. */
  failures: Attempt[];
  /** Keys given up on when the deadline came (the tests expect none). */
  unfinished: string[];
}

export interface IntakeOptions {
  keys: string[];
  /** The servers' base URLs, read at every attempt: a test may take one away. */
  targets: () => string[];
  /** The body of the report sent under this key (the same at every attempt). */
  body: (key: string, index: number) => string;
  /** The bearer token of this key: keys belong to the account that sent them. */
  token: (index: number) => string;
  concurrency: number;
  /** Pause before a retry, so that a server without its database is not asked in a tight loop. */
  retryPauseMs?: number;
  deadlineMs: number;
  /** Called after each acknowledgement with how many there are: a test's cue for its fault. */
  onAcknowledged?: (count: number) => void;
}

export async function sustainedIntake(options: IntakeOptions): Promise<IntakeResult> {
  const acknowledged = new Map<string, number>();
  const failures: Attempt[] = [];
  const unfinished: string[] = [];
  const deadline = Date.now() + options.deadlineMs;
  let next = 0;
  const worker = async () => {
    while (next < options.keys.length) {
      const index = next++;
      const key = options.keys[index]!;
      const body = options.body(key, index);
      for (let attempt = 0; ; attempt++) {
        if (Date.now() > deadline) {
          unfinished.push(key);
          break;
        }
        const targets = options.targets();
        const target = targets[(index + attempt) % targets.length]!;
        const started = performance.now();
        const answer = await send(target, body, key, options.token(index));
        const ms = performance.now() - started;
        if (answer.status === 201) {
          acknowledged.set(key, answer.id!);
          options.onAcknowledged?.(acknowledged.size);
          break;
        }
        failures.push({ key, target, status: answer.status, ms, code: answer.code });
        // A 4xx other than a rate limit is a bug of the test or the server: retrying would hide it.
        if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) {
          throw new Error(`report ${key} refused with ${answer.status} ${answer.code ?? ''}`);
        }
        await new Promise((resolve) => setTimeout(resolve, options.retryPauseMs ?? 200));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { acknowledged, failures, unfinished };
}

async function send(target: string, body: string, key: string, token: string): Promise<{ status: number; id?: number; code?: string }> {
  try {
    const response = await fetch(`${target}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body,
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const text = await response.text();
    const json = safeJson(text) as { id?: number; code?: string } | null;
    return { status: response.status, id: json?.id, code: json?.code };
  } catch (error) {
    return { status: 0, code: (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A report's body; the key opens the description, so that stored rows can be matched to keys. */
export function reportBody(villages: string[], occurredAt: string) {
  return (key: string, index: number) =>
    JSON.stringify({
      category: 'politik_uang', regime: 'pilkada', occurredAt, regionCode: villages[index % villages.length],
      description: `[${key}] Warga melaporkan pembagian amplop berisi uang kepada pemilih di sekitar balai desa.`,
      reporterName: 'Gateway SMS', reporterContact: '+6281234567890',
    });
}

/** The SQL that lists stored reports per key of a run (the key is the description's bracketed head). */
export const STORED_BY_KEY = `select split_part(substr(description, 2), ']', 1) as key, array_agg(id order by id) as ids
  from incidents where description like $1 group by 1`;

/** Compares the acknowledged set with the stored one: the same keys, each stored once, under the acknowledged id. */
export function compareStored(acknowledged: Map<string, number>, stored: Array<{ key: string; ids: Array<number | string> }>) {
  const byKey = new Map(stored.map((row) => [row.key, row.ids.map(Number)]));
  const lost = [...acknowledged.keys()].filter((key) => !byKey.has(key));
  const duplicated = [...byKey.entries()].filter(([, ids]) => ids.length > 1).map(([key]) => key);
  const unacknowledged = [...byKey.keys()].filter((key) => !acknowledged.has(key));
  const otherId = [...acknowledged.entries()].filter(([key, id]) => byKey.has(key) && byKey.get(key)![0] !== id).map(([key]) => key);
  return { lost, duplicated, unacknowledged, otherId, stored: byKey.size };
}
