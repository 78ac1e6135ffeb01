import type { Db } from '../../db/client.js';
import type { FieldChanges } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import type { Extraction } from '../../domain/extraction/types.js';
import { mayEditArticles, mayReadArticles } from '../../domain/media/permissions.js';
import type { Clock } from '../../services.js';
import { appendAudit, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createMediaRepo, type ArticleRecord } from './repo.js';

/** Who adds an article: a person or token (with where the request came from), or the feed worker. */
export type MediaActor = { kind: 'actor'; actor: Actor; context: RequestContext } | { kind: 'system'; label: string };

export const articleNotFound = () => new AppError('not_found', 404, { what: 'media_article' });

/** What every part of the media module shares: the database, the clock, access checks and the audit row. */
export function createMediaContext(db: Db, clock: Clock) {
  const repo = createMediaRepo(db);

  function mayRead(actor: Actor) {
    if (!mayReadArticles(actor.principal)) throw new AppError('forbidden', 403);
  }

  function mayEdit(actor: Actor) {
    if (!mayEditArticles(actor.principal)) throw new AppError('forbidden', 403);
  }

  async function readable(actor: Actor, id: number): Promise<ArticleRecord> {
    mayRead(actor);
    const article = await repo.get(id);
    if (!article) throw articleNotFound();
    return article;
  }

  async function editable(actor: Actor, id: number): Promise<ArticleRecord> {
    mayEdit(actor);
    return readable(actor, id);
  }

  /**
   * The extractor's regions that the gazetteer holds, named as it names them: the link table refers
   * to the regions table, and a code the extractor invented must not fail the whole article.
   */
  async function knownRegionsOnly(fields: Extraction): Promise<Extraction> {
    const known = await repo.regions(fields.regions.map((region) => region.code));
    return { ...fields, regions: fields.regions.filter((region) => known.has(region.code)).map((region) => ({ code: region.code, name: known.get(region.code)! })) };
  }

  async function audit(tx: DbTransaction, who: MediaActor, entry: { action: string; entityId: number; regionCode: string | null; changes: FieldChanges }) {
    const actor = who.kind === 'actor'
      ? { type: who.actor.type, id: who.actor.userId, label: who.actor.label }
      : { type: 'system' as const, id: null, label: who.label };
    const context = who.kind === 'actor' ? who.context : { ip: null, client: null };
    await appendAudit(tx, {
      actor, action: entry.action, entityType: 'media_article', entityId: String(entry.entityId), regionCode: entry.regionCode,
      ip: context.ip, client: context.client, at: clock.now(), changes: entry.changes,
    });
  }

  return { db, clock, repo, mayRead, mayEdit, readable, editable, knownRegionsOnly, audit };
}

export type MediaContext = ReturnType<typeof createMediaContext>;
