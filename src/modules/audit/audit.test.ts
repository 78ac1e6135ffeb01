import { sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import type { Db } from '../../db/client.js';
import { hashRow, type ChainVerdict, type StoredAuditRecord } from '../../domain/audit/chain.js';
import { auditRepo, type DbTransaction } from './repo.js';
import { appendAudit, appendAuditRows, listAudit, verifyAudit, type AuditEntry } from './service.js';

let testDb: TestDatabase;
let db: Db;
/** What appendAudit returned for the rows written in beforeAll, in id order. */
const stored: StoredAuditRecord[] = [];
let rolledBackGapAfter = 0;
const T0 = Date.parse('2024-11-27T06:00:00.000Z');

function entry(n: number, over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    actor: { type: 'user', id: `u${n % 2}`, label: `Petugas ${n}` },
    action: 'incident.update',
    entityType: 'incident',
    entityId: `i${n}`,
    regionCode: '51.06',
    changes: { status: ['open', 'verified'] },
    ip: '10.0.0.1',
    client: 'web',
    at: new Date(T0 + n * 1_001), // odd milliseconds, so precision shows
    ...over,
  };
}

const regions = ['51', '51.06', '51.06.01', '52.01', null, '53', '51', '51.06.01.2001', null, '510'];

beforeAll(async () => {
  testDb = await openTestDatabase();
  db = testDb.database.db;
  for (const [n, regionCode] of regions.entries()) {
    const extra: Partial<AuditEntry> = { regionCode };
    if (n === 2) {
      extra.actor = { type: 'token', id: null, label: 'Ni Made Ayu Wédari 🗳️ \uD800 a\u0000b' };
      extra.changes = { 'catatan 📝': [null, { z: [1e21, 1e-7, 0.1 + 0.2, -0], a: 'جاوة', m: { y: true, x: null } }] };
    }
    if (n === 4) Object.assign(extra, { actor: { type: 'system', id: null, label: 'scheduler' }, ip: null, client: null, entityType: 'agency' });
    if (n === 5) {
      // Two rows in one transaction, then an append whose transaction fails: its id is used up.
      await db.transaction(async (tx) => {
        stored.push(await appendAudit(tx, entry(n, extra)), await appendAudit(tx, entry(n + 100, { ...extra, entityType: 'meeting' })));
      });
      rolledBackGapAfter = stored.at(-1)!.id;
      await expect(db.transaction(async (tx) => {
        await appendAudit(tx, entry(99));
        throw new Error('the write failed');
      })).rejects.toThrow('the write failed');
      continue;
    }
    stored.push(await db.transaction((tx) => appendAudit(tx, entry(n, extra))));
  }
});
afterAll(async () => {
  await testDb?.cleanup();
});

const idAt = (index: number) => stored[index]!.id;

/** Applies the tampering, verifies in the same transaction, then rolls it all back. */
async function verdictAfter(tamper: (tx: DbTransaction) => Promise<unknown>, pageSize?: number): Promise<ChainVerdict> {
  let verdict: ChainVerdict | null = null;
  try {
    await db.transaction(async (tx) => {
      await tamper(tx);
      verdict = await verifyAudit(tx, pageSize);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return verdict!;
}
const run = (statement: SQL) => (tx: DbTransaction) => tx.execute(statement);

const COLUMNS = ['at', 'actor_type', 'actor_id', 'actor_label', 'action', 'entity_type', 'entity_id', 'region_code', 'changes', 'ip', 'client', 'prev_hash', 'hash'];
/** Swaps every column but the id between two rows: their order in the chain changes. */
const swap = (a: number, b: number) =>
  sql`update audit_log x set ${sql.raw(COLUMNS.map((c) => `${c} = y.${c}`).join(', '))}
      from audit_log y where (x.id = ${a} and y.id = ${b}) or (x.id = ${b} and y.id = ${a})`;

describe('appendAudit', () => {
  it('reads back exactly what it hashed, on this engine', async () => {
    const readBack = await auditRepo.page(db, null, 100);
    expect(readBack).toEqual(stored);
    expect(readBack.map((row) => row.at.toISOString())).toEqual(stored.map((row) => row.at.toISOString()));
    expect(readBack[2]!.actorLabel).toBe('Ni Made Ayu Wédari 🗳️ \uFFFD a\uFFFDb');
  });

  it('chains each row to the one before, with ids in chain order and a gap from the failed write', () => {
    for (const [index, row] of stored.entries()) {
      expect(row.hash).toBe(hashRow(row));
      if (index > 0) expect(row.prevHash).toBe(stored[index - 1]!.hash);
    }
    const next = stored.find((row) => row.id > rolledBackGapAfter)!;
    expect(next.id).toBe(rolledBackGapAfter + 2);
  });

  it('opens its own transaction when given the database, and refuses REPEATABLE READ', async () => {
    const isolated = db.transaction((tx) => appendAudit(tx, entry(1)), { isolationLevel: 'repeatable read' });
    await expect(isolated).rejects.toThrow(/READ COMMITTED/);
    await expect(appendAudit(db, { ...entry(1), at: new Date('nope') })).rejects.toThrow(RangeError);
    await expect(verdictAfter((tx) => appendAudit(tx, entry(1)))).resolves.toEqual({ ok: true, count: stored.length + 1 });
  });
});

describe('verifyAudit', () => {
  it.each([5_000, 3, 1])('finds the chain intact (pages of %i)', async (pageSize) => {
    expect(await verifyAudit(db, pageSize)).toEqual({ ok: true, count: stored.length });
  });

  it('names an edited row', async () => {
    const edit = run(sql`update audit_log set changes = '{"status":["open","rejected"]}' where id = ${idAt(3)}`);
    expect(await verdictAfter(edit)).toEqual({ ok: false, count: 3, firstBadId: idAt(3), problem: 'edited' });
  });

  it('is not fooled by jsonb rewriting the same content', async () => {
    const same = run(sql`update audit_log set changes = (changes::text)::jsonb, at = at + interval '0 ms'`);
    expect(await verdictAfter(same)).toEqual({ ok: true, count: stored.length });
  });

  it.each([3, 1])('names the row after a deleted middle row (pages of %i)', async (pageSize) => {
    const remove = run(sql`delete from audit_log where id = ${idAt(4)}`);
    expect(await verdictAfter(remove, pageSize)).toEqual({ ok: false, count: 4, firstBadId: idAt(5), problem: 'deleted' });
  });

  it.each([5_000, 2])('names the first of two swapped rows as reordered (pages of %i)', async (pageSize) => {
    expect(await verdictAfter(run(swap(idAt(2), idAt(8))), pageSize)).toEqual({ ok: false, count: 2, firstBadId: idAt(2), problem: 'reordered' });
  });

  it('breaks at the next row when an edited row is rehashed', async () => {
    const rehash = async (tx: DbTransaction) => {
      const [row] = await auditRepo.page(tx, idAt(3) - 1, 1);
      const changes = { status: ['open', 'rejected'] };
      const hash = hashRow({ ...row!, changes });
      await tx.execute(sql`update audit_log set changes = ${JSON.stringify(changes)}::jsonb, hash = ${hash} where id = ${idAt(3)}`);
    };
    expect(await verdictAfter(rehash)).toEqual({ ok: false, count: 4, firstBadId: idAt(4), problem: 'edited' });
  });

  it('names a forged row slipped into the gap left by a failed write', async () => {
    const forge = async (tx: DbTransaction) => {
      const before = stored.find((row) => row.id === rolledBackGapAfter)!;
      const forged = { ...before, id: rolledBackGapAfter + 1, entityId: 'forged', prevHash: before.hash };
      await auditRepo.insert(tx, [{ ...forged, hash: hashRow(forged) }]);
    };
    const index = stored.findIndex((row) => row.id === rolledBackGapAfter);
    expect(await verdictAfter(forge)).toEqual({ ok: false, count: index + 1, firstBadId: rolledBackGapAfter + 1, problem: 'inserted' });
  });

  // Known limit: a chain proves order and integrity of what is there, not that nothing followed the
  // last row. Deleting the tail leaves a shorter valid chain; only an anchor kept elsewhere (the
  // last hash and count published or copied off the database periodically) reveals it.
  it('cannot see a truncated tail: it verifies, with fewer rows', async () => {
    const truncate = run(sql`delete from audit_log where id >= ${idAt(7)}`);
    expect(await verdictAfter(truncate)).toEqual({ ok: true, count: 7 });
  });
});

describe('listAudit', () => {
  const ids = async (filter: Partial<Parameters<typeof listAudit>[1]>) => {
    const { items, total } = await listAudit(db, { limit: 100, offset: 0, ...filter });
    expect(total).toBe(items.length);
    return items.map((item) => item.entityId);
  };

  it('lists newest first with the actor as given', async () => {
    const { items, total } = await listAudit(db, { limit: 2, offset: 1 });
    expect(total).toBe(stored.length);
    expect(items.map((item) => item.id)).toEqual([idAt(stored.length - 2), idAt(stored.length - 3)]);
    expect(items[0]!.actor).toEqual({ type: 'user', id: 'u0', label: 'Petugas 8' });
  });

  it.each<[string, Partial<Parameters<typeof listAudit>[1]>, string[]]>([
    ['everything when unrestricted', { regionCodes: null }, ['i9', 'i8', 'i7', 'i6', 'i105', 'i5', 'i4', 'i3', 'i2', 'i1', 'i0']],
    ['a province subtree, not a longer code', { regionCodes: ['51'] }, ['i7', 'i6', 'i2', 'i1', 'i0']],
    ['a regency subtree', { regionCodes: ['51.06'] }, ['i7', 'i2', 'i1']],
    ['several subtrees', { regionCodes: ['51.06.01', '52'] }, ['i7', 'i3', 'i2']],
    ['a code outside any row', { regionCodes: ['9'] }, []],
    ['nothing for an empty scope', { regionCodes: [] }, []],
    ['one actor', { actorId: 'u1' }, ['i9', 'i7', 'i105', 'i5', 'i3', 'i1']],
    ['one entity', { entityType: 'incident', entityId: 'i3' }, ['i3']],
    ['an entity type', { entityType: 'meeting' }, ['i105']],
    ['a time window, from inclusive and to exclusive', { from: new Date(T0 + 3 * 1_001), to: new Date(T0 + 5 * 1_001) }, ['i4', 'i3']],
    ['filters combined', { actorId: 'u1', regionCodes: ['51'] }, ['i7', 'i1']],
  ])('%s', async (_name, filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });
});

describe('concurrent appenders', () => {
  it('keep one chain: two transactions of 20 appends each, and one on its own', async () => {
    const writer = (who: string) =>
      db.transaction(async (tx) => {
        for (let n = 0; n < 20; n += 1) await appendAudit(tx, entry(n, { entityId: `${who}${n}`, at: new Date(T0 + 1_000_000 + n) }));
      });
    // A third appender given the plain database runs in a transaction of its own.
    const single = appendAudit(db, entry(1, { entityId: 'single', at: new Date(T0 + 500_000) }));
    await Promise.all([writer('a'), writer('b'), single]);
    expect(await verifyAudit(db, 7)).toEqual({ ok: true, count: stored.length + 41 });
    const { total } = await listAudit(db, { limit: 1, offset: 0, from: new Date(T0 + 1_000_000) });
    expect(total).toBe(40);
  });

  it('keep one chain with a batch of 2,500 rows written in a few statements while others append one by one', async () => {
    const batch = Array.from({ length: 2_500 }, (_, n) => entry(n, { entityId: `batch${n}`, at: new Date(T0 + 2_000_000 + n) }));
    const singles = [0, 1, 2].map((n) => appendAudit(db, entry(n, { entityId: `beside${n}`, at: new Date(T0 + 3_000_000 + n) })));
    const [rows] = await Promise.all([db.transaction((tx) => appendAuditRows(tx, batch)), ...singles]);
    // One turn of the chain: the batch's ids follow each other in the order given, each row chained to the one before.
    expect(rows.map((row) => row.entityId)).toEqual(batch.map((item) => item.entityId));
    expect(rows.map((row) => row.id - rows[0]!.id)).toEqual(batch.map((_, n) => n));
    expect(rows.slice(1).every((row, n) => row.prevHash === rows[n]!.hash)).toBe(true);
    expect(await verifyAudit(db, 1_000)).toEqual({ ok: true, count: stored.length + 41 + 2_500 + 3 });
    const { items } = await listAudit(db, { limit: 1, offset: 0, entityId: 'batch1234' });
    expect(items.map((item) => [item.id, item.hash, item.at.toISOString()])).toEqual([[rows[1_234]!.id, rows[1_234]!.hash, new Date(T0 + 2_001_234).toISOString()]]);
  });

  it('writes nothing for an empty batch and refuses a batch with an unstorable time before taking the lock', async () => {
    await expect(db.transaction((tx) => appendAuditRows(tx, []))).resolves.toEqual([]);
    await expect(db.transaction((tx) => appendAuditRows(tx, [entry(1), { ...entry(2), at: new Date('nope') }]))).rejects.toThrow(RangeError);
    expect(await verifyAudit(db, 1_000)).toEqual({ ok: true, count: stored.length + 41 + 2_500 + 3 });
  });
});
