import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { ArticleFields } from '../../contracts/media.js';
import type { EventType, Threat } from '../../domain/extraction/vocabulary.js';
import type { ExtractionWithEvidence } from '../../domain/extraction/types.js';
import type { ArticleOrigin, ArticleState } from '../../domain/media/vocabulary.js';

type Executor = Pick<Db, 'execute'>;
type Row = Record<string, unknown>;

const withinSql = (column: SQL, root: string): SQL => sql`(${column} = ${root} or ${column} like ${`${root}.%`})`;
const date = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));
const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export interface ArticleRecord {
  id: number; url: string | null; source: string | null; title: string | null; body: string; publishedAt: Date | null; origin: ArticleOrigin;
  feedId: number | null; duplicateOf: number | null; extraction: ExtractionWithEvidence; extractorVersion: string; fields: ArticleFields;
  eventType: EventType; eventDate: string | null; state: ArticleState; reviewedBy: string | null; reviewerName: string | null; reviewedAt: Date | null;
  meetingId: number | null; incidentId: number | null; addedBy: string | null; createdAt: Date; version: number;
}

export interface CorrectionRecord { field: string; before: unknown; after: unknown; correctedBy: string | null; correctedAt: Date }

/** An article as the tables hold it, without its link rows (those mirror `fields`). */
export interface NewArticle {
  url: string | null; source: string | null; title: string | null; body: string; publishedAt: Date | null; origin: ArticleOrigin; feedId: number | null;
  textHash: string; simhash: bigint; duplicateOf: number | null; extraction: ExtractionWithEvidence; extractorVersion: string; fields: ArticleFields;
  addedBy: string | null;
}

export interface ArticleFilter {
  state?: ArticleState; region?: string; threat?: Threat; eventType?: EventType; q?: string; fromDay?: string; toDay?: string; since?: Date;
  /** Only what the overview counts: not dismissed, not a kept duplicate. */
  stories?: boolean;
  limit: number; offset: number;
}

/** The article's own day where the list's date filters look: its event date, else the day it was published (WIB), else added. */
const ARTICLE_DAY = sql`coalesce(a.event_date, (coalesce(a.published_at, a.created_at) at time zone 'Asia/Jakarta')::date)`;

const SELECT = sql`select a.*, u.display_name as reviewer_name from media_articles a left join users u on u.id = a.reviewed_by`;

const toArticle = (row: Row): ArticleRecord => ({
  id: Number(row.id), url: text(row.url), source: text(row.source), title: text(row.title), body: String(row.body), publishedAt: date(row.published_at),
  origin: row.origin as ArticleOrigin, feedId: int(row.feed_id), duplicateOf: int(row.duplicate_of), extraction: row.extraction as ExtractionWithEvidence,
  extractorVersion: String(row.extractor_version), fields: row.fields as ArticleFields, eventType: row.event_type as EventType,
  eventDate: text(row.event_date), state: row.state as ArticleState, reviewedBy: text(row.reviewed_by), reviewerName: text(row.reviewer_name),
  reviewedAt: date(row.reviewed_at), meetingId: int(row.meeting_id), incidentId: int(row.incident_id), addedBy: text(row.added_by),
  createdAt: date(row.created_at)!, version: Number(row.version),
});

function filterSql(filter: Omit<ArticleFilter, 'limit' | 'offset'>): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.state) conditions.push(sql`a.state = ${filter.state}`);
  if (filter.eventType) conditions.push(sql`a.event_type = ${filter.eventType}`);
  if (filter.region) conditions.push(sql`exists (select 1 from media_article_regions r where r.article_id = a.id and ${withinSql(sql`r.region_code`, filter.region)})`);
  if (filter.threat) conditions.push(sql`exists (select 1 from media_article_threats t where t.article_id = a.id and t.threat = ${filter.threat})`);
  if (filter.q) conditions.push(sql`to_tsvector('simple', coalesce(a.title, '') || ' ' || a.body) @@ plainto_tsquery('simple', ${filter.q})`);
  if (filter.fromDay) conditions.push(sql`${ARTICLE_DAY} >= ${filter.fromDay}::date`);
  if (filter.toDay) conditions.push(sql`${ARTICLE_DAY} <= ${filter.toDay}::date`);
  if (filter.since) conditions.push(sql`a.created_at >= ${filter.since.toISOString()}`);
  if (filter.stories) conditions.push(sql`a.state <> 'diabaikan' and a.duplicate_of is null`);
  return sql.join(conditions, sql` and `);
}

export { ARTICLE_DAY, filterSql, toArticle, withinSql };

export function createMediaRepo(db: Executor) {
  return {
    async get(id: number): Promise<ArticleRecord | null> {
      const rows = await db.execute<Row>(sql`${SELECT} where a.id = ${id}`);
      return rows.rows[0] ? toArticle(rows.rows[0]) : null;
    },

    async corrections(id: number): Promise<CorrectionRecord[]> {
      const rows = await db.execute<Row>(sql`
        select c.field, c.before, c.after, u.display_name, c.corrected_at from media_article_corrections c left join users u on u.id = c.corrected_by
        where c.article_id = ${id} order by c.corrected_at, c.id`);
      return rows.rows.map((row) => ({ field: String(row.field), before: row.before, after: row.after, correctedBy: text(row.display_name), correctedAt: date(row.corrected_at)! }));
    },

    async idByUrl(url: string): Promise<number | null> {
      const rows = await db.execute<{ id: number }>(sql`select id from media_articles where url = ${url}`);
      return int(rows.rows[0]?.id);
    },

    /** The first article stored with exactly this normalised text. */
    async idByTextHash(hash: string): Promise<number | null> {
      const rows = await db.execute<{ id: number }>(sql`select id from media_articles where text_hash = ${hash} order by id limit 1`);
      return int(rows.rows[0]?.id);
    },

    /** Originals (not themselves duplicates) whose SimHash is within `maxBits` of `hash`, nearest first. */
    async nearOriginals(hash: bigint, maxBits: number, limit = 10): Promise<{ id: number; title: string | null; body: string; simhash: bigint }[]> {
      const distance = sql`length(replace(((simhash # ${hash.toString()}::bigint)::bit(64))::text, '0', ''))`;
      const rows = await db.execute<Row>(sql`
        select id, title, body, simhash::text as simhash from media_articles
        where duplicate_of is null and ${distance} <= ${maxBits} order by ${distance}, id limit ${limit}`);
      return rows.rows.map((row) => ({ id: Number(row.id), title: text(row.title), body: String(row.body), simhash: BigInt(String(row.simhash)) }));
    },

    async insert(article: NewArticle, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into media_articles (url, source, title, body, published_at, origin, feed_id, text_hash, simhash, duplicate_of, extraction, extractor_version,
          fields, event_type, event_date, added_by, created_at, updated_at)
        values (${article.url}, ${article.source}, ${article.title}, ${article.body}, ${article.publishedAt?.toISOString() ?? null}, ${article.origin},
          ${article.feedId}, ${article.textHash}, ${article.simhash.toString()}::bigint, ${article.duplicateOf}, ${JSON.stringify(article.extraction)}::jsonb,
          ${article.extractorVersion}, ${JSON.stringify(article.fields)}::jsonb, ${article.fields.event_type}, ${article.fields.event_date},
          ${article.addedBy}, ${now.toISOString()}, ${now.toISOString()})
        on conflict do nothing
        returning id`);
      return int(rows.rows[0]?.id) ?? 0;
    },

    /** The link rows that mirror `fields` (regions and threats), replaced wholesale. */
    async replaceLinks(id: number, regionCodes: readonly string[], threats: readonly Threat[]): Promise<void> {
      await db.execute(sql`delete from media_article_regions where article_id = ${id}`);
      await db.execute(sql`delete from media_article_threats where article_id = ${id}`);
      if (regionCodes.length > 0) {
        await db.execute(sql`
          insert into media_article_regions (article_id, region_code)
          select ${id}, code from regions where code in (${sql.join([...new Set(regionCodes)].map((code) => sql`${code}`), sql`, `)})`);
      }
      if (threats.length > 0) {
        await db.execute(sql`insert into media_article_threats (article_id, threat) values ${sql.join([...new Set(threats)].map((threat) => sql`(${id}, ${threat})`), sql`, `)}`);
      }
    },

    /** Known regions among `codes`, with their names. */
    async regions(codes: readonly string[]): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const rows = await db.execute<{ code: string; name: string }>(sql`select code, name from regions where code in (${sql.join(codes.map((code) => sql`${code}`), sql`, `)})`);
      return new Map(rows.rows.map((row) => [String(row.code), String(row.name)]));
    },

    async updateFields(id: number, version: number, fields: ArticleFields, state: ArticleState, reviewedBy: string | null, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update media_articles set fields = ${JSON.stringify(fields)}::jsonb, event_type = ${fields.event_type}, event_date = ${fields.event_date},
          state = ${state}, reviewed_by = coalesce(${reviewedBy}::uuid, reviewed_by), reviewed_at = case when ${reviewedBy}::uuid is null then reviewed_at else ${now.toISOString()}::timestamptz end,
          updated_at = ${now.toISOString()}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return rows.rows.length > 0;
    },

    async insertCorrection(id: number, field: string, before: unknown, after: unknown, by: string | null, now: Date): Promise<void> {
      await db.execute(sql`
        insert into media_article_corrections (article_id, field, before, after, corrected_by, corrected_at)
        values (${id}, ${field}, ${JSON.stringify(before)}::jsonb, ${JSON.stringify(after)}::jsonb, ${by}, ${now.toISOString()})`);
    },

    async setState(id: number, version: number, state: ArticleState, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`update media_articles set state = ${state}, updated_at = ${now.toISOString()}, version = version + 1 where id = ${id} and version = ${version} returning id`);
      return rows.rows.length > 0;
    },

    /** The machine's new reading; `fields` follow it only while nobody reviewed the article (null: they stay). */
    async setExtraction(id: number, extraction: ExtractionWithEvidence, extractorVersion: string, fields: ArticleFields | null, now: Date): Promise<void> {
      const followers = fields
        ? sql`, fields = ${JSON.stringify(fields)}::jsonb, event_type = ${fields.event_type}, event_date = ${fields.event_date}`
        : sql``;
      await db.execute(sql`
        update media_articles set extraction = ${JSON.stringify(extraction)}::jsonb, extractor_version = ${extractorVersion}${followers},
          updated_at = ${now.toISOString()}, version = version + 1
        where id = ${id}`);
    },

    async setLink(id: number, link: { meetingId: number } | { incidentId: number }, now: Date): Promise<void> {
      const assignment = 'meetingId' in link ? sql`meeting_id = ${link.meetingId}` : sql`incident_id = ${link.incidentId}`;
      await db.execute(sql`update media_articles set ${assignment}, updated_at = ${now.toISOString()}, version = version + 1 where id = ${id}`);
    },

    /** Newest first. */
    async list(filter: ArticleFilter): Promise<{ items: ArticleRecord[]; total: number }> {
      const where = filterSql(filter);
      const rows = await db.execute<Row>(sql`${SELECT} where ${where} order by a.created_at desc, a.id desc limit ${filter.limit} offset ${filter.offset}`);
      const total = await db.execute<{ n: number }>(sql`select count(*)::int as n from media_articles a where ${where}`);
      return { items: rows.rows.map(toArticle), total: Number(total.rows[0]?.n ?? 0) };
    },
  };
}

export type MediaRepo = ReturnType<typeof createMediaRepo>;
