import { createHash } from 'node:crypto';

/** A value that reads back from jsonb exactly as written. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The fields one write changed: field → [before, after]. */
export type FieldChanges = Record<string, [JsonValue, JsonValue]>;

/** Everything a row's hash covers: every column of `audit_log` but the hash itself. */
export interface AuditRecord {
  id: number;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  regionCode: string | null;
  changes: JsonValue;
  ip: string | null;
  client: string | null;
  prevHash: string;
}

export interface StoredAuditRecord extends AuditRecord {
  hash: string;
}

export type ChainProblem = 'edited' | 'deleted' | 'reordered' | 'inserted';

/** `count` is how many rows verified before the verdict: all of them, or those before the first bad one. */
export type ChainVerdict = { ok: true; count: number } | { ok: false; count: number; firstBadId: number; problem: ChainProblem };

/** The previous hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
export const REDACTED = '[redacted]';

// Lone surrogates turn into U+FFFD on their way to UTF-8, and PostgreSQL refuses NUL in text and
// jsonb: replacing both before hashing makes what we hash what the database gives back.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text exactly as PostgreSQL stores and returns it. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

/** A value as JSON would carry it (toJSON applied, undefined keys dropped), with storable strings; throws on what JSON cannot hold. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return storableText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a JSON number: ${value}`);
    return value === 0 ? 0 : value; // -0 reads back as 0
  }
  if (typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJsonValue(toJSON.call(value));
    if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : toJsonValue(item)));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      // fromEntries, not assignment: a "__proto__" key must stay a key.
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, item]) => item !== undefined)
          .map(([key, item]) => [storableText(key), toJsonValue(item)]),
      );
    }
  }
  throw new TypeError(`not a JSON value: ${typeof value === 'object' ? Object.prototype.toString.call(value) : typeof value}`);
}

/** JSON with keys sorted by UTF-16 code units at every depth and no whitespace (as RFC 8785). */
export function canonicalJson(value: unknown): string {
  return serialise(toJsonValue(value));
}

function serialise(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${serialise(value[key] as JsonValue)}`).join(',')}}`;
}

/** ISO 8601 in UTC with milliseconds; years outside 1–9999 would not read back the same from PostgreSQL. */
export function auditTime(at: Date): string {
  const iso = at.toISOString(); // throws on an invalid date
  if (iso.length !== 24 || iso.startsWith('0000')) throw new RangeError(`audit time out of range: ${iso}`);
  return iso;
}

/** The deterministic text a row's hash is computed from. */
export function canonicalForm(row: AuditRecord): string {
  return canonicalJson({
    id: row.id,
    at: auditTime(row.at),
    actorType: row.actorType,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    regionCode: row.regionCode,
    changes: row.changes,
    ip: row.ip,
    client: row.client,
    prevHash: row.prevHash,
  });
}

/** SHA-256 (hex) of the row's canonical form; it covers prevHash, which chains the rows. */
export function hashRow(row: AuditRecord): string {
  return createHash('sha256').update(canonicalForm(row), 'utf8').digest('hex');
}

/**
 * Checks rows fed in id order, one at a time, so a caller can stream a large table. `push` returns
 * false once the verdict is settled. How each problem is told apart:
 * - own hash does not match content: edited, unless the content hashes under a later row's id
 *   (rows were swapped, or ids renumbered): reordered;
 * - prevHash misses the previous row's hash but matches the one before it: the previous row was inserted;
 * - prevHash misses after an id gap (or at the first row): deleted. Gaps alone are normal: an
 *   append whose transaction rolled back still used its id;
 * - prevHash misses with no gap: edited (an earlier row was rewritten together with its hash);
 * - an id not above the previous one: reordered (inserted when repeated).
 */
export function createChainVerifier() {
  let count = 0;
  let prev: { id: number; hash: string } | null = null;
  let beforePrevHash = GENESIS_HASH;
  let verdict: ChainVerdict | null = null;
  // The first row whose own hash failed, while later rows are searched for the id it came from.
  let suspect: StoredAuditRecord | null = null;
  const fail = (firstBadId: number, problem: ChainProblem, verified = count) => {
    verdict = { ok: false, count: verified, firstBadId, problem };
    return false;
  };

  return {
    push(row: StoredAuditRecord): boolean {
      if (verdict) return false;
      if (suspect) return hashRow({ ...suspect, id: row.id }) === suspect.hash ? fail(suspect.id, 'reordered') : true;
      if (prev && row.id <= prev.id) return fail(row.id, row.id === prev.id ? 'inserted' : 'reordered');
      if (hashRow(row) !== row.hash) {
        suspect = row;
        return true;
      }
      if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
        if (prev && row.prevHash === beforePrevHash) return fail(prev.id, 'inserted', count - 1);
        return fail(row.id, !prev || row.id > prev.id + 1 ? 'deleted' : 'edited');
      }
      beforePrevHash = prev?.hash ?? GENESIS_HASH;
      prev = { id: row.id, hash: row.hash };
      count += 1;
      return true;
    },
    finish(): ChainVerdict {
      if (verdict) return verdict;
      if (suspect) return { ok: false, count, firstBadId: suspect.id, problem: 'edited' };
      return { ok: true, count };
    },
  };
}

/** The verdict on a whole chain given in id order. */
export function verifyChain(rows: Iterable<StoredAuditRecord>): ChainVerdict {
  const verifier = createChainVerifier();
  for (const row of rows) if (!verifier.push(row)) break;
  return verifier.finish();
}

/**
 * Top-level fields whose values differ (deeply, by canonical JSON), as [before, after]. Missing and
 * null both mean "no value". Redacted fields (password hashes, secrets) only show that they changed.
 */
export function changedFields(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
  redacted: readonly string[] = [],
): FieldChanges {
  const own = (object: Readonly<Record<string, unknown>> | null, key: string) =>
    object && Object.hasOwn(object, key) ? (object[key] ?? null) : null;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const entries: [string, [JsonValue, JsonValue]][] = [];
  for (const key of keys) {
    const was = toJsonValue(own(before, key));
    const now = toJsonValue(own(after, key));
    if (canonicalJson(was) === canonicalJson(now)) continue;
    entries.push([storableText(key), redacted.includes(key) ? [REDACTED, REDACTED] : [was, now]]);
  }
  return Object.fromEntries(entries);
}
