import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { ARTICLE_ORIGINS, ARTICLE_STATES } from '../../domain/media/vocabulary.js';
import { EVENT_TYPES, THREATS } from '../../domain/extraction/vocabulary.js';
import { oneOf } from './check.js';
import { incidents } from './incidents.js';
import { meetings } from './meetings.js';
import { regions } from './regions.js';

/**
 * An RSS/Atom feed the desk follows (issue 9). Polled every `poll_minutes` by the server's worker;
 * `etag`/`last_modified` make a poll of an unchanged feed cheap, `last_error` says why the last failed.
 */
export const mediaFeeds = pgTable(
  'media_feeds',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    url: text('url').notNull(),
    /** Source name given to its articles ("Antara Bali"). */
    source: text('source'),
    enabled: boolean('enabled').notNull().default(true),
    pollMinutes: integer('poll_minutes').notNull().default(30),
    nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
    /** A process polling this feed holds it until then (several server processes, one database). */
    leasedUntil: timestamp('leased_until', { withTimezone: true }),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    lastStatus: text('last_status'),
    lastError: text('last_error'),
    lastNewArticles: integer('last_new_articles'),
    etag: text('etag'),
    lastModified: text('last_modified'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('media_feeds_url_unique').on(t.url),
    check('media_feeds_poll_check', sql`${t.pollMinutes} between 5 and 1440`),
  ],
);

/**
 * A news article or press release. `extraction` is the machine's reading (with evidence offsets into
 * title + blank line + body, see domain/extraction/article-text.ts); `fields` is what the desk holds
 * true: the extraction until a person reviews it, their corrections after. Every correction is also
 * kept in media_article_corrections.
 */
export const mediaArticles = pgTable(
  'media_articles',
  {
    id: serial('id').primaryKey(),
    /** Canonical URL (scheme and host lower-cased, fragment and tracking parameters dropped). */
    url: text('url'),
    source: text('source'),
    title: text('title'),
    body: text('body').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    origin: text('origin').notNull(),
    feedId: integer('feed_id').references(() => mediaFeeds.id),
    /** SHA-256 of the normalised text: the same text twice is one article. */
    textHash: text('text_hash').notNull(),
    /** 64-bit SimHash of the text's word shingles: near-identical texts differ in a few bits. */
    simhash: bigint('simhash', { mode: 'bigint' }).notNull(),
    /** The article this one repeats (same text, or near-identical), when it was kept anyway. */
    duplicateOf: integer('duplicate_of').references((): AnyPgColumn => mediaArticles.id),
    extraction: jsonb('extraction').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    fields: jsonb('fields').notNull(),
    eventType: text('event_type').notNull(),
    eventDate: date('event_date', { mode: 'string' }),
    state: text('state').notNull().default('baru'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    meetingId: integer('meeting_id').references(() => meetings.id),
    incidentId: integer('incident_id').references(() => incidents.id),
    addedBy: uuid('added_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('media_articles_url_unique').on(t.url),
    // The same text is one article, also when two people paste it at the same moment.
    uniqueIndex('media_articles_text_hash_unique').on(t.textHash),
    index('media_articles_created_idx').on(t.createdAt),
    index('media_articles_event_date_idx').on(t.eventDate),
    check('media_articles_origin_check', oneOf(t.origin, ARTICLE_ORIGINS)),
    check('media_articles_state_check', oneOf(t.state, ARTICLE_STATES)),
    check('media_articles_event_type_check', oneOf(t.eventType, EVENT_TYPES)),
    check('media_articles_feed_check', sql`(${t.origin} = 'feed') = (${t.feedId} is not null)`),
  ],
);

/** The regions an article's current fields name (province and kabupaten/kota), for the media view. */
export const mediaArticleRegions = pgTable(
  'media_article_regions',
  {
    articleId: integer('article_id').notNull().references(() => mediaArticles.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull().references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.regionCode] }), index('media_article_regions_region_idx').on(t.regionCode)],
);

/** The threats an article's current fields name, for the media view. */
export const mediaArticleThreats = pgTable(
  'media_article_threats',
  {
    articleId: integer('article_id').notNull().references(() => mediaArticles.id, { onDelete: 'cascade' }),
    threat: text('threat').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.threat] }), check('media_article_threats_threat_check', oneOf(t.threat, THREATS))],
);

/** One person's correction of one field: what the field held before and after. */
export const mediaArticleCorrections = pgTable(
  'media_article_corrections',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id').notNull().references(() => mediaArticles.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    correctedBy: uuid('corrected_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_article_corrections_article_idx').on(t.articleId)],
);



