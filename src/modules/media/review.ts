import type { ArticleFieldsUpdate } from '../../contracts/media.js';
import { articleText } from '../../domain/extraction/article-text.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { changedFields, checkFields, fieldsOf, type FieldProblem } from '../../domain/media/fields.js';
import type { Language } from '../../i18n/messages.js';
import { detailWith } from '../pacts/targets.js';
import { fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { articleExtractor, EXTRACTOR_VERSION } from '../extraction/extractor.js';
import type { MediaContext } from './context.js';
import { publishedOn } from './ingest.js';
import { createMediaRepo } from './repo.js';
import { articleView } from './views.js';

/** One sentence per problem, in the caller's language, each naming the values at fault. */
function describe(problems: readonly FieldProblem[], lang: Language): string {
  return problems.map((p) => detailWith(`media.fields.${p.field}.${p.problem}`, lang, { values: p.values.join(', ') })).join('; ');
}

/** A person's review of an article's fields, and the extractor's second reading. */
export function createReview(ctx: MediaContext) {
  const { db, clock, repo } = ctx;
  const who = (actor: Actor, context: RequestContext) => ({ kind: 'actor' as const, actor, context });

  async function stale(id: number, version: number) {
    const current = (await repo.get(id))!;
    return staleVersion(await fieldsChangedSince(db, 'media_article', String(id), version), articleView(current, await repo.corrections(id)));
  }

  return {
    /**
     * Saves the fields a reviewer holds true: every value checked, one correction row per changed
     * field, the article reviewed (ditinjau), its link rows following the fields. 409 when stale.
     */
    async updateFields(actor: Actor, id: number, input: ArticleFieldsUpdate, context: RequestContext, lang: Language): Promise<void> {
      const before = await ctx.editable(actor, id);
      if (before.version !== input.version) throw await stale(id, input.version);
      const known = await repo.regions(input.fields.regions.map((region) => region.code));
      const checked = checkFields(input.fields, (code) => known.get(code));
      if ('problems' in checked) throw new AppError('invalid', 400, { detail: describe(checked.problems, lang) });
      const after = checked.fields;
      const changed = changedFields(before.fields, after);
      const now = clock.now();
      const saved = await db.transaction(async (tx) => {
        const txRepo = createMediaRepo(tx);
        if (!(await txRepo.updateFields(id, input.version, after, 'ditinjau', actor.userId, now))) return false;
        for (const field of changed) await txRepo.insertCorrection(id, field, before.fields[field], after[field], actor.userId, now);
        await txRepo.replaceLinks(id, after.regions.map((region) => region.code), after.threats);
        await ctx.audit(tx, who(actor, context), {
          action: 'media_article.review', entityId: id, regionCode: after.regions[0]?.code ?? before.fields.regions[0]?.code ?? null,
          changes: {
            ...Object.fromEntries(changed.map((field) => [field, [JSON.stringify(before.fields[field]), JSON.stringify(after[field])]])),
            state: [before.state, 'ditinjau'], version: [input.version, input.version + 1],
          },
        });
        return true;
      });
      if (!saved) throw await stale(id, input.version);
    },

    /** Reads the article again with today's extractor; the fields follow only while nobody has reviewed them. */
    async reextract(actor: Actor, id: number, context: RequestContext): Promise<void> {
      const before = await ctx.editable(actor, id);
      const extraction = articleExtractor()({ text: articleText(before.title, before.body), publishedOn: publishedOn(before.publishedAt) });
      const fields = before.reviewedAt === null ? await ctx.knownRegionsOnly(fieldsOf(extraction)) : null;
      await db.transaction(async (tx) => {
        const txRepo = createMediaRepo(tx);
        await txRepo.setExtraction(id, extraction, EXTRACTOR_VERSION, fields, clock.now());
        if (fields) await txRepo.replaceLinks(id, fields.regions.map((region) => region.code), fields.threats);
        await ctx.audit(tx, who(actor, context), {
          action: 'media_article.reextract', entityId: id, regionCode: (fields ?? before.fields).regions[0]?.code ?? null,
          changes: { extractorVersion: [before.extractorVersion, EXTRACTOR_VERSION], fieldsFollowed: [false, fields !== null], version: [before.version, before.version + 1] },
        });
      });
    },
  };
}
