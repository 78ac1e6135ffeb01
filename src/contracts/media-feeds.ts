import { z } from 'zod';
import { FEED_POLL_STATUSES } from '../domain/media/feed-poll.js';
import { idParamSchema } from './common.js';

/** Longest feed address accepted (longer ones are not feeds people type or paste). */
export const MAX_FEED_URL_LENGTH = 2000;
export const MIN_POLL_MINUTES = 5;
export const MAX_POLL_MINUTES = 1440;
export const DEFAULT_POLL_MINUTES = 30;

/**
 * An http(s) address, handed on in its normal form (scheme and host lower-cased, default port
 * dropped) so the same feed typed twice is found as one. Refuses credentials in the address: the
 * address is shown to every desk member, a password in it would be too.
 */
export const feedUrlSchema = z.string().trim().max(MAX_FEED_URL_LENGTH).transform((value, ctx) => {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.href.length > MAX_FEED_URL_LENGTH) {
    ctx.addIssue({ code: 'custom', message: 'media_feed.url_invalid' });
    return z.NEVER;
  }
  if (url.username !== '' || url.password !== '') {
    ctx.addIssue({ code: 'custom', message: 'media_feed.url_credentials' });
    return z.NEVER;
  }
  return url.href;
})
  .meta({ example: 'https://bali.antaranews.com/rss/terkini.xml' });

const name = z.string().trim().min(1).max(200);
const source = z.string().trim().max(200).nullable().transform((value) => (value === '' ? null : value));
const pollMinutes = z.number().int().min(MIN_POLL_MINUTES).max(MAX_POLL_MINUTES);

export const mediaFeedCreateSchema = z.object({
  name,
  url: feedUrlSchema,
  /** The source name its articles carry ("Antara Bali"); the feed's name when absent. */
  source: source.optional(),
  pollMinutes: pollMinutes.default(DEFAULT_POLL_MINUTES),
  enabled: z.boolean().default(true),
}).strict();
export type MediaFeedCreate = z.infer<typeof mediaFeedCreateSchema>;

export const mediaFeedUpdateSchema = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  name: name.optional(),
  url: feedUrlSchema.optional(),
  source: source.optional(),
  pollMinutes: pollMinutes.optional(),
  enabled: z.boolean().optional(),
}).strict();
export type MediaFeedUpdate = z.infer<typeof mediaFeedUpdateSchema>;

export const mediaFeedParamsSchema = z.object({ feedId: idParamSchema });

export const mediaFeedSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  source: z.string().nullable(),
  enabled: z.boolean(),
  pollMinutes: z.number().int(),
  nextPollAt: z.string(),
  lastPolledAt: z.string().nullable(),
  /** How the last poll ended; null before the first. */
  lastStatus: z.enum(FEED_POLL_STATUSES).nullable(),
  /** Why the last poll failed, as the server or the network said it (not translated). */
  lastError: z.string().nullable(),
  lastNewArticles: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
}).meta({ id: 'MediaFeed' });
export type MediaFeed = z.infer<typeof mediaFeedSchema>;

export const mediaFeedListSchema = z.object({ items: z.array(mediaFeedSchema) });

/** A feed the desk asked to delete but that has articles: it stays, disabled, so they keep their source. */
export const mediaFeedKeptSchema = z.object({ disabled: z.literal(true), feed: mediaFeedSchema });

export const mediaFeedPollResultSchema = z.object({
  status: z.enum(FEED_POLL_STATUSES),
  /** Items the feed held this time (0 when unchanged or failed). */
  fetched: z.number().int(),
  created: z.number().int(),
  duplicates: z.number().int(),
  /** Items with neither text nor link, left out. */
  skipped: z.number().int(),
  /** Why the poll failed, in the caller's language; absent when it did not. */
  error: z.string().optional(),
  feed: mediaFeedSchema,
});
export type MediaFeedPollResult = z.infer<typeof mediaFeedPollResultSchema>;
