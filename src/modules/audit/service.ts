import { PgTransaction } from 'drizzle-orm/pg-core';
import {
  auditTime, createChainVerifier, GENESIS_HASH, hashRow, storableText, toJsonValue,
  type ChainVerdict, type FieldChanges, type StoredAuditRecord,
} from '../../domain/audit/chain.js';
import { auditRepo, type AuditFilter, type DbOrTx, type DbTransaction } from './repo.js';

export type ActorType = 'user' | 'token' | 'system' | 'cli';

/** Who did it: a user, an API token, the system itself (jobs), or the CLI (an operator's shell). */
export interface AuditActor {
  type: ActorType;
  id: string | null;
  label: string;
}

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted verb, e.g. `incident.update`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The entity's region, so the viewer can scope by subtree; null for things outside any region. */
  regionCode: string | null;
  changes: FieldChanges;
  ip: string | null;
  client: string | null;
  /** From the caller's clock; stored to the millisecond. */
  at: Date;
}

/** Rows per page when scanning the whole chain: memory stays flat however long the log grows. */
export const VERIFY_PAGE_SIZE = 5_000;

/**
 * Appends one hash-chained row inside the caller's transaction, so the row exists exactly when the
 * write it describes does. Appenders take turns through an advisory lock held until that
 * transaction ends: call this as the last statement of the transaction to keep the turn short.
 * Given a plain `Db` instead, it opens a transaction of its own.
 */
export async function appendAudit(tx: DbOrTx, entry: AuditEntry): Promise<StoredAuditRecord> {
  if (!(tx instanceof PgTransaction)) return tx.transaction((inner) => appendAudit(inner, entry));
  return (await appendAuditRows(tx, [entry]))[0]!;
}

/**
 * Appends one chained row per entry, in order, inside the caller's transaction, taking the lock
 * once and writing the rows in a few statements: a batch of 2,000 imported reports costs one turn
 * of the chain, not 2,000. As for `appendAudit`, call it last in the transaction.
 */
export async function appendAuditRows(tx: DbTransaction, entries: readonly AuditEntry[]): Promise<StoredAuditRecord[]> {
  if (entries.length === 0) return [];
  for (const entry of entries) auditTime(entry.at); // refuse an unstorable time before taking the lock
  const isolation = await auditRepo.lockChain(tx);
  if (isolation !== 'read committed') {
    // A snapshot taken before the lock may miss the last row, and the chain would fork.
    throw new Error(`appendAudit needs a READ COMMITTED transaction (got ${isolation})`);
  }
  // The ids are taken under the lock, so ids grow in chain order; each is part of its row's hash.
  const { ids, lastHash } = await auditRepo.reserve(tx, entries.length);
  const text = (value: string | null) => (value === null ? null : storableText(value));
  let prevHash = lastHash ?? GENESIS_HASH;
  const stored = entries.map((entry, index) => {
    const record = {
      id: ids[index]!,
      at: new Date(entry.at.getTime()),
      actorType: entry.actor.type,
      actorId: text(entry.actor.id),
      actorLabel: storableText(entry.actor.label),
      action: storableText(entry.action),
      entityType: storableText(entry.entityType),
      entityId: storableText(entry.entityId),
      regionCode: text(entry.regionCode),
      changes: toJsonValue(entry.changes),
      ip: text(entry.ip),
      client: text(entry.client),
      prevHash,
    };
    const row = { ...record, hash: hashRow(record) };
    prevHash = row.hash;
    return row;
  });
  await auditRepo.insert(tx, stored);
  return stored;
}

/**
 * Walks the whole chain in id order, a page at a time, and returns the domain's verdict. Appends
 * that commit while it runs are simply included: ids commit in order, under the appenders' lock.
 */
export async function verifyAudit(db: DbOrTx, pageSize = VERIFY_PAGE_SIZE): Promise<ChainVerdict> {
  const verifier = createChainVerifier();
  let afterId: number | null = null;
  for (;;) {
    const page = await auditRepo.page(db, afterId, pageSize);
    for (const row of page) if (!verifier.push(row)) return verifier.finish();
    if (page.length < pageSize) return verifier.finish();
    afterId = page[page.length - 1]!.id;
  }
}

export interface AuditListItem extends Omit<StoredAuditRecord, 'actorType' | 'actorId' | 'actorLabel'> {
  actor: AuditActor;
}

/** Rows for the audit viewer, newest first. The caller has authorised the reader and passes their region scope. */
export async function listAudit(db: DbOrTx, filter: AuditFilter): Promise<{ items: AuditListItem[]; total: number }> {
  const { items, total } = await auditRepo.find(db, filter);
  return {
    total,
    items: items.map(({ actorType, actorId, actorLabel, ...rest }) => ({
      ...rest,
      // Rows are written only through appendAudit, whose actor type is an ActorType.
      actor: { type: actorType as ActorType, id: actorId, label: actorLabel },
    })),
  };
}

/** Fields of a versioned entity changed since the version a client holds (for a 409's `changed`). */
export function fieldsChangedSince(db: DbOrTx, entityType: string, entityId: string, sinceVersion: number): Promise<string[]> {
  return auditRepo.fieldsChangedSince(db, entityType, entityId, sinceVersion);
}

export type { AuditFilter, DbOrTx, DbTransaction };
