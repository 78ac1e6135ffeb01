/**
 * Media monitoring (issue 9): news articles, what the machine read in them, what the desk holds
 * true, and the media view's figures. `fields` keep the corpus's snake_case spelling (Extraction).
 */
import { MEETING_KINDS } from '../domain/meetings/vocabulary.js';
import { z } from 'zod';
import { ARTICLE_ORIGINS, ARTICLE_STATES } from '../domain/media/vocabulary.js';
import { ARTICLE_FILE_REJECTIONS, MAX_ARTICLE_BODY_CHARS } from '../domain/media/article-file.js';
import { EVENT_TYPES, THREATS } from '../domain/extraction/vocabulary.js';
import { idParamSchema, idSchema, instantSchema, isoDateSchema, regionCodeSchema } from './common.js';

/**
 * Text that may end up inside jsonb (fields, and the extraction read from title and body): a lone
 * UTF-16 surrogate becomes U+FFFD, as it would in a text column; jsonb refuses it outright.
 */
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');
const text = (max: number) => z.string().trim().max(max).transform(wellFormed);
const optionalText = (max: number) => text(max).nullable().optional();
const version = z.number().int().min(1).max(2_147_483_647);

/** http or https only: an article's link is opened by people on the desk. */
const articleUrlSchema = z.string().trim().max(2000).refine((value) => /^https?:\/\/[^\s/?#]+/i.test(value) && URL.canParse(value), { message: 'media.url_invalid' });

/** A calendar day (midnight UTC) or an instant with its offset. */
const publishedAtSchema = z.union([isoDateSchema.transform((day) => `${day}T00:00:00.000Z`), instantSchema]);

export const articleCreateSchema = z
  .object({
    title: optionalText(500),
    body: z.string().max(MAX_ARTICLE_BODY_CHARS).refine((value) => value.trim().length > 0, { message: 'media.body_empty' }).transform(wellFormed),
    url: articleUrlSchema.nullable().optional(),
    source: optionalText(200),
    publishedAt: publishedAtSchema.nullable().optional(),
  })
  .strict();
export type ArticleCreate = z.infer<typeof articleCreateSchema>;

/**
 * The fields a reviewer saves: shapes and lengths here, meaning in the service (region codes in the
 * gazetteer, vocabulary words, real dates), so that each refusal names the value that is wrong.
 */
export const articleFieldsInputSchema = z
  .object({
    event_type: text(40),
    event_date: text(40).nullable(),
    regions: z.array(z.object({ code: text(20), name: z.string().max(300).optional() }).strict()).max(50),
    agencies: z.array(text(60)).max(50),
    threats: z.array(text(60)).max(20),
    regulations: z.array(text(300)).max(50),
    people: z.array(z.object({ name: text(200), position: text(300).nullable().optional() }).strict()).max(100),
    deadlines: z.array(z.object({ date: text(40), what: text(500) }).strict()).max(50),
  })
  .strict();
export type ArticleFieldsInput = z.infer<typeof articleFieldsInputSchema>;

export const articleFieldsUpdateSchema = z.object({ version, fields: articleFieldsInputSchema }).strict();
export type ArticleFieldsUpdate = z.infer<typeof articleFieldsUpdateSchema>;

export const articleStateUpdateSchema = z.object({ version, state: z.enum(['baru', 'diabaikan']) }).strict();
export type ArticleStateUpdate = z.infer<typeof articleStateUpdateSchema>;

/** What was made of the article: one meeting or one incident per request. */
export const articleLinkSchema = z
  .object({ meetingId: idSchema.optional(), incidentId: idSchema.optional() })
  .strict()
  .refine((value) => (value.meetingId === undefined) !== (value.incidentId === undefined), { message: 'media.link_one' });
export type ArticleLink = z.infer<typeof articleLinkSchema>;

export const articleParamsSchema = z.object({ articleId: idParamSchema });

const dayOrInstant = z.union([isoDateSchema, instantSchema]);

export const articleListQuerySchema = z.object({
  state: z.enum(ARTICLE_STATES).optional(),
  /** Articles naming this region or any region inside it. */
  region: regionCodeSchema.optional(),
  threat: z.enum(THREATS).optional(),
  eventType: z.enum(EVENT_TYPES).optional(),
  /** Words of the title or body, all of them. */
  q: z.string().trim().max(200).optional(),
  /** Event date, else publication date, from this day (or instant) on. */
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
  /** Added within the last so many hours. */
  sinceHours: z.coerce.number().int().min(1).max(24 * 366).optional(),
  /** Added at or after this instant (the overview's `since`: its "new since yesterday"). */
  since: instantSchema.optional(),
  /** `true`: only the stories the overview counts, leaving out dismissed articles and kept duplicates. */
  stories: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const overviewQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(90).default(14),
  region: regionCodeSchema.optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

const regionRefSchema = z.object({ code: z.string(), name: z.string() });

export const articleFieldsSchema = z
  .object({
    event_type: z.enum(EVENT_TYPES),
    event_date: z.string().nullable(),
    regions: z.array(regionRefSchema),
    agencies: z.array(z.string()),
    threats: z.array(z.enum(THREATS)),
    regulations: z.array(z.string()),
    people: z.array(z.object({ name: z.string(), position: z.string().nullable() })),
    deadlines: z.array(z.object({ date: z.string(), what: z.string() })),
  })
  .meta({ id: 'ArticleFields' });
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

const evidenceSchema = z.object({ field: z.string(), value: z.string(), start: z.number().int(), end: z.number().int() });
export const articleExtractionSchema = articleFieldsSchema.extend({ evidence: z.array(evidenceSchema) }).meta({ id: 'ArticleExtraction' });

export const articleSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    origin: z.enum(ARTICLE_ORIGINS),
    state: z.enum(ARTICLE_STATES),
    eventType: z.enum(EVENT_TYPES),
    eventDate: z.string().nullable(),
    regions: z.array(regionRefSchema),
    threats: z.array(z.enum(THREATS)),
    duplicateOf: z.number().int().nullable(),
    meetingId: z.number().int().nullable(),
    incidentId: z.number().int().nullable(),
  })
  .meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleCorrectionSchema = z.object({
  field: z.string(), before: z.unknown(), after: z.unknown(), correctedBy: z.string().nullable(), correctedAt: z.string(),
});

export const articleSchema = z
  .object({
    id: z.number().int(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    body: z.string(),
    /** Title, blank line, body: what the extractor read and the evidence offsets index. */
    text: z.string(),
    publishedAt: z.string().nullable(),
    origin: z.enum(ARTICLE_ORIGINS),
    feedId: z.number().int().nullable(),
    duplicateOf: z.number().int().nullable(),
    extraction: articleExtractionSchema,
    extractorVersion: z.string(),
    fields: articleFieldsSchema,
    state: z.enum(ARTICLE_STATES),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    meetingId: z.number().int().nullable(),
    incidentId: z.number().int().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    corrections: z.array(articleCorrectionSchema),
  })
  .meta({ id: 'Article' });
export type Article = z.infer<typeof articleSchema>;

export const DUPLICATE_KINDS = ['url', 'text'] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

export const articleCreateResultSchema = z.object({ article: articleSchema, duplicate: z.enum(DUPLICATE_KINDS).optional() });
export type ArticleCreateResult = z.infer<typeof articleCreateResultSchema>;

export const articleUploadResultSchema = z.object({
  created: z.array(articleSchema),
  duplicates: z.array(z.object({ file: z.string(), articleId: z.number().int(), duplicate: z.enum(DUPLICATE_KINDS) })),
  rejected: z.array(z.object({ file: z.string(), reason: z.enum(ARTICLE_FILE_REJECTIONS) })),
});
export type ArticleUploadResult = z.infer<typeof articleUploadResultSchema>;

export const articleListSchema = z.object({ items: z.array(articleSummarySchema), total: z.number().int() });

export const mediaOverviewSchema = z
  .object({
    /** First and last local day counted (YYYY-MM-DD), in `timeZone`. */
    from: z.string(),
    to: z.string(),
    timeZone: z.enum(['WIB', 'WITA', 'WIT']),
    region: regionRefSchema.nullable(),
    total: z.number().int(),
    newSinceYesterday: z.number().int(),
    /** ISO instant: articles added since then are the new ones (the list's `since`, with `stories=true`). */
    since: z.string(),
    byDay: z.array(z.object({ date: z.string(), count: z.number().int() })),
    byRegion: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
    byThreat: z.array(z.object({ threat: z.enum(THREATS), count: z.number().int() })),
    byEventType: z.array(z.object({ eventType: z.enum(EVENT_TYPES), count: z.number().int() })),
    latest: z.array(articleSummarySchema),
  })
  .meta({ id: 'MediaOverview' });
export type MediaOverview = z.infer<typeof mediaOverviewSchema>;

/** What the meeting form needs, from the article's fields (the desk completes organiser, times, venue). */
export const meetingDraftSchema = z.object({
  /** The meeting kind the article's event suggests (a declaration is an apel_deklarasi, …). */
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  /** The event's day, when the article gives one. */
  date: z.string().nullable(),
  regionCodes: z.array(z.string()),
  regions: z.array(regionRefSchema),
  agencies: z.array(z.string()),
  /** People named with their positions: possible speakers. */
  people: z.array(z.object({ name: z.string(), position: z.string().nullable() })),
  legalBasis: z.array(z.string()),
  summary: z.string(),
  sourceUrl: z.string().nullable(),
});
export type MeetingDraftFromArticle = z.infer<typeof meetingDraftSchema>;

export const incidentDraftSchema = z.object({
  /** A category of the incident catalogue, from the article's first threat; null when it names none. */
  category: z.string().nullable(),
  /** The most specific region the article names. */
  regionCode: z.string().nullable(),
  /** The event's day at noon in the region's zone, when known (the form asks for a time). */
  occurredAt: z.string().nullable(),
  eventDate: z.string().nullable(),
  description: z.string(),
  sourceUrl: z.string().nullable(),
});
export type IncidentDraftFromArticle = z.infer<typeof incidentDraftSchema>;
