import type {
  Article, ArticleCreate, ArticleCreateResult, ArticleFieldsUpdate, ArticleLink, ArticleListQuery, ArticleStateUpdate, ArticleSummary, ArticleUploadResult,
  IncidentDraftFromArticle, MeetingDraftFromArticle,
} from '../../contracts/media.js';
import type { Db } from '../../db/client.js';
import type { FieldChanges } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { incidentDraft, meetingDraft } from '../../domain/media/drafts.js';
import { articleFromFile } from '../../domain/media/article-file.js';
import { localDate, timeZoneOfRegion } from '../../domain/regions/timezones.js';
import type { Language } from '../../i18n/messages.js';
import type { Clock } from '../../services.js';
import { fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createMediaContext, type MediaActor } from './context.js';
import { createIngest, type ArticleIngestInput } from './ingest.js';
import { createFresh, createOverview } from './overview.js';
import { createMediaRepo, type ArticleRecord } from './repo.js';
import { createReview } from './review.js';
import { articleView, summaryView } from './views.js';
import type { ArticleOrigin } from '../../domain/media/vocabulary.js';

/** What an article may be linked to, checked as the caller sees it (a meeting or incident they may read). */
export interface LinkTargets {
  meetingVisible(actor: Actor, id: number): Promise<boolean>;
  incidentVisible(actor: Actor, id: number): Promise<boolean>;
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  /** Cut at the size limit while reading. */
  truncated: boolean;
}

/** The later of `since` and `sinceHours` before now: both narrow the list to what was added after them. */
function addedSince(query: Pick<ArticleListQuery, 'since' | 'sinceHours'>, now: Date): Date | undefined {
  const instants = [query.since ? Date.parse(query.since) : null, query.sinceHours ? now.getTime() - query.sinceHours * 3_600_000 : null]
    .filter((at): at is number => at !== null);
  return instants.length === 0 ? undefined : new Date(Math.max(...instants));
}

/** Media monitoring (issue 9): articles added, deduplicated, read by the extractor, reviewed and made into meetings or incidents. */
export function createMediaService(db: Db, clock: Clock, targets: LinkTargets) {
  const ctx = createMediaContext(db, clock);
  const { repo } = ctx;
  const ingestOne = createIngest(ctx);
  const review = createReview(ctx);

  async function render(id: number): Promise<Article> {
    const article = (await repo.get(id))!;
    return articleView(article, await repo.corrections(id));
  }

  const originOf = (actor: Actor): ArticleOrigin => (actor.type === 'token' ? 'api' : 'paste');
  const asMediaActor = (actor: Actor | null, context: RequestContext | undefined, label: string): MediaActor =>
    actor ? { kind: 'actor', actor, context: context ?? { ip: null, client: null } } : { kind: 'system', label };

  return {
    /**
     * For the feeds worker and other intake: the same duplicate rules as a paste. `actor` null is the
     * system itself (a scheduled poll), which is not checked for permissions.
     */
    async ingest(actor: Actor | null, input: ArticleIngestInput, origin: ArticleOrigin, feedId: number | null = null, context?: RequestContext): Promise<ArticleCreateResult> {
      if (actor) ctx.mayEdit(actor);
      const outcome = await ingestOne(asMediaActor(actor, context, feedId ? `media feed ${feedId}` : 'media intake'), input, origin, feedId);
      return { article: await render(outcome.articleId), ...(outcome.duplicate ? { duplicate: outcome.duplicate } : {}) };
    },

    async create(actor: Actor, input: ArticleCreate, context: RequestContext): Promise<ArticleCreateResult> {
      ctx.mayEdit(actor);
      const outcome = await ingestOne(asMediaActor(actor, context, ''), input, originOf(actor));
      return { article: await render(outcome.articleId), ...(outcome.duplicate ? { duplicate: outcome.duplicate } : {}) };
    },

    /** Each file on its own: one refused or repeated file never stops the others. */
    async upload(actor: Actor, files: readonly UploadedFile[], context: RequestContext): Promise<ArticleUploadResult> {
      ctx.mayEdit(actor);
      const result: ArticleUploadResult = { created: [], duplicates: [], rejected: [] };
      for (const file of files) {
        const read = file.truncated ? { rejected: 'too_large' as const } : articleFromFile(file.fileName, file.bytes);
        if ('rejected' in read) {
          result.rejected.push({ file: file.fileName, reason: read.rejected });
          continue;
        }
        const outcome = await ingestOne(asMediaActor(actor, context, ''), read, 'upload');
        if (outcome.duplicate) result.duplicates.push({ file: file.fileName, articleId: outcome.articleId, duplicate: outcome.duplicate });
        else result.created.push(await render(outcome.articleId));
      }
      return result;
    },

    async list(actor: Actor, query: ArticleListQuery): Promise<{ items: ArticleSummary[]; total: number }> {
      ctx.mayRead(actor);
      const zone = timeZoneOfRegion(actor.principal.regionCode ?? '31');
      const day = (value: string | undefined) => (value === undefined ? undefined : value.length === 10 ? value : localDate(new Date(value), zone));
      const found = await repo.list({
        state: query.state, region: query.region, threat: query.threat, eventType: query.eventType, q: query.q || undefined,
        fromDay: day(query.from), toDay: day(query.to), since: addedSince(query, clock.now()), stories: query.stories === 'true',
        limit: query.limit, offset: query.offset,
      });
      return { items: found.items.map(summaryView), total: found.total };
    },

    async get(actor: Actor, id: number): Promise<Article> {
      const article = await ctx.readable(actor, id);
      return articleView(article, await repo.corrections(id));
    },

    /** `lang`: the language of the refusals' details (the caller's Accept-Language, as every error message). */
    async updateFields(actor: Actor, id: number, input: ArticleFieldsUpdate, context: RequestContext, lang: Language = actor.language): Promise<Article> {
      await review.updateFields(actor, id, input, context, lang);
      return render(id);
    },

    async setState(actor: Actor, id: number, input: ArticleStateUpdate, context: RequestContext): Promise<Article> {
      const before = await ctx.editable(actor, id);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'media_article', String(id), input.version), await render(id));
      if (before.version !== input.version) throw await stale();
      const saved = await db.transaction(async (tx) => {
        if (!(await createMediaRepo(tx).setState(id, input.version, input.state, clock.now()))) return false;
        await ctx.audit(tx, asMediaActor(actor, context, ''), {
          action: 'media_article.state', entityId: id, regionCode: regionOf(before), changes: { state: [before.state, input.state], version: [input.version, input.version + 1] },
        });
        return true;
      });
      if (!saved) throw await stale();
      return render(id);
    },

    async reextract(actor: Actor, id: number, context: RequestContext): Promise<Article> {
      await review.reextract(actor, id, context);
      return render(id);
    },

    async meetingDraft(actor: Actor, id: number): Promise<MeetingDraftFromArticle> {
      return meetingDraft(await ctx.readable(actor, id));
    },

    async incidentDraft(actor: Actor, id: number): Promise<IncidentDraftFromArticle> {
      return incidentDraft(await ctx.readable(actor, id));
    },

    /** Records what the desk made of the article; the meeting or incident must be one the caller can see. */
    async link(actor: Actor, id: number, link: ArticleLink, context: RequestContext): Promise<Article> {
      const before = await ctx.editable(actor, id);
      const target: { meetingId: number } | { incidentId: number } = link.meetingId !== undefined ? { meetingId: link.meetingId } : { incidentId: link.incidentId! };
      const visible = 'meetingId' in target ? await targets.meetingVisible(actor, target.meetingId) : await targets.incidentVisible(actor, target.incidentId);
      if (!visible) throw new AppError('invalid', 400, { detail: 'meetingId' in target ? 'media.meeting_unknown' : 'media.incident_unknown' });
      await db.transaction(async (tx) => {
        await createMediaRepo(tx).setLink(id, target, clock.now());
        const changes: FieldChanges = 'meetingId' in target ? { meetingId: [before.meetingId, target.meetingId] } : { incidentId: [before.incidentId, target.incidentId] };
        await ctx.audit(tx, asMediaActor(actor, context, ''), {
          action: 'media_article.link', entityId: id, regionCode: regionOf(before), changes: { ...changes, version: [before.version, before.version + 1] },
        });
      });
      return render(id);
    },

    overview: createOverview(ctx),
    fresh: createFresh(ctx),
  };
}

export const regionOf = (article: ArticleRecord): string | null => article.fields.regions[0]?.code ?? null;

export type MediaService = ReturnType<typeof createMediaService>;
