import type { DuplicateKind } from '../../contracts/media.js';
import { articleText } from '../../domain/extraction/article-text.js';
import { canonicalUrl, CANDIDATE_BITS, isNearDuplicate, simhash64, storableSimhash, textHash } from '../../domain/media/fingerprint.js';
import { fieldsOf } from '../../domain/media/fields.js';
import type { ArticleOrigin } from '../../domain/media/vocabulary.js';
import { localDate } from '../../domain/regions/timezones.js';
import { articleExtractor, EXTRACTOR_VERSION } from '../extraction/extractor.js';
import type { MediaActor, MediaContext } from './context.js';
import { createMediaRepo } from './repo.js';

/** An article as it arrives: pasted, uploaded, from a feed or the API. */
export interface ArticleIngestInput {
  title?: string | null;
  body: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | string | null;
}

export interface IngestOutcome {
  /** The stored article: the new one, or the one this repeats. */
  articleId: number;
  duplicate?: DuplicateKind;
}

/**
 * The day the extractor completes partial dates with. Read in WIB: the zone of most national
 * outlets, and a date-only publication (stored at 00:00 UTC) stays its own day in every zone.
 */
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');

export const publishedOn = (publishedAt: Date | null): string | null => (publishedAt ? localDate(publishedAt, 'WIB') : null);

/**
 * Stores an article unless the desk has it already: the same canonical URL or the same normalised
 * text is answered with the stored one (nothing written); a near-identical text is stored, pointing
 * at the original through duplicate_of. The extractor reads it on the way in.
 */
export function createIngest(ctx: MediaContext) {
  const { db, clock, repo } = ctx;

  return async function ingest(who: MediaActor, input: ArticleIngestInput, origin: ArticleOrigin, feedId: number | null = null): Promise<IngestOutcome> {
    // Feeds bring text from anywhere: a lone surrogate (jsonb refuses it in the extraction) reads as U+FFFD.
    const title = wellFormed(input.title?.trim() || '') || null;
    const body = wellFormed(input.body.trim());
    const url = input.url ? canonicalUrl(input.url) : null;
    const publishedAt = input.publishedAt ? new Date(input.publishedAt) : null;
    const text = articleText(title, body);
    if (url) {
      const sameUrl = await repo.idByUrl(url);
      if (sameUrl) return { articleId: sameUrl, duplicate: 'url' };
    }
    const hash = textHash(text);
    const sameText = await repo.idByTextHash(hash);
    if (sameText) return { articleId: sameText, duplicate: 'text' };
    const simhash = simhash64(text);
    const candidates = await repo.nearOriginals(storableSimhash(simhash), CANDIDATE_BITS);
    const original = candidates.find((candidate) => isNearDuplicate(text, simhash, articleText(candidate.title, candidate.body), candidate.simhash));
    const extraction = articleExtractor()({ text, publishedOn: publishedOn(publishedAt) });
    const fields = await ctx.knownRegionsOnly(fieldsOf(extraction));
    const outcome = await db.transaction(async (tx) => {
      const txRepo = createMediaRepo(tx);
      const id = await txRepo.insert({
        url, source: wellFormed(input.source?.trim() || '') || null, title, body, publishedAt: publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt : null, origin,
        feedId, textHash: hash, simhash: storableSimhash(simhash), duplicateOf: original?.id ?? null, extraction, extractorVersion: EXTRACTOR_VERSION,
        fields, addedBy: who.kind === 'actor' ? who.actor.userId : null,
      }, clock.now());
      // Another request stored the same URL or text meanwhile: theirs is the article.
      if (id === 0) return null;
      await txRepo.replaceLinks(id, fields.regions.map((region) => region.code), fields.threats);
      await ctx.audit(tx, who, { action: 'media_article.create', entityId: id, regionCode: fields.regions[0]?.code ?? null, changes: { origin: [null, origin], url: [null, url], duplicateOf: [null, original?.id ?? null] } });
      return { articleId: id };
    });
    if (outcome) return outcome;
    const stored = url ? await repo.idByUrl(url) : null;
    return stored ? { articleId: stored, duplicate: 'url' } : { articleId: (await repo.idByTextHash(hash))!, duplicate: 'text' };
  };
}



