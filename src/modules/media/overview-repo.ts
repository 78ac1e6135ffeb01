import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { EventType, Threat } from '../../domain/extraction/vocabulary.js';
import { toArticle, withinSql, type ArticleRecord } from './repo.js';

type Row = Record<string, unknown>;

export interface OverviewWindow {
  /** IANA zone whose wall-clock days are counted. */
  zone: string;
  fromDay: string;
  toDay: string;
  region: string | null;
  /** Articles added since then are "new since yesterday". */
  since: Date;
}

export interface OverviewCounts {
  total: number;
  newSinceYesterday: number;
  byDay: { date: string; count: number }[];
  byRegion: { code: string; name: string; count: number }[];
  byThreat: { threat: Threat; count: number }[];
  byEventType: { eventType: EventType; count: number }[];
  latest: ArticleRecord[];
}

/** How many of the newest articles the overview lists. */
const LATEST = 20;

/**
 * The media view's figures. Dismissed articles and kept duplicates are not counted (a story
 * repeated by three outlets is one story); an article's day is the one it was published on (else
 * added), in the viewer's zone.
 */
export async function overviewCounts(db: Pick<Db, 'execute'>, window: OverviewWindow): Promise<OverviewCounts> {
  const day = sql`(coalesce(a.published_at, a.created_at) at time zone ${window.zone})::date`;
  const counted = storiesIn(window.region);
  const inWindow: SQL = sql`${counted} and ${day} between ${window.fromDay}::date and ${window.toDay}::date`;
  const regionRows = window.region ? withinSql(sql`r.region_code`, window.region) : sql`true`;

  const [byDay, byRegion, byThreat, byEventType, fresh] = await Promise.all([
    db.execute<Row>(sql`select to_char(${day}, 'YYYY-MM-DD') as day, count(*)::int as n from media_articles a where ${inWindow} group by 1 order by 1`),
    db.execute<Row>(sql`
      select r.region_code as code, g.name, count(*)::int as n from media_articles a
        join media_article_regions r on r.article_id = a.id join regions g on g.code = r.region_code
      where ${inWindow} and ${regionRows} group by r.region_code, g.name order by n desc, r.region_code`),
    db.execute<Row>(sql`
      select t.threat, count(*)::int as n from media_articles a join media_article_threats t on t.article_id = a.id
      where ${inWindow} group by t.threat order by n desc, t.threat`),
    db.execute<Row>(sql`select a.event_type, count(*)::int as n from media_articles a where ${inWindow} group by a.event_type order by n desc, a.event_type`),
    freshArticles(db, { region: window.region, since: window.since, limit: LATEST }),
  ]);
  return {
    total: byDay.rows.reduce((sum, row) => sum + Number(row.n), 0),
    newSinceYesterday: fresh.count,
    byDay: byDay.rows.map((row) => ({ date: String(row.day), count: Number(row.n) })),
    byRegion: byRegion.rows.map((row) => ({ code: String(row.code), name: String(row.name), count: Number(row.n) })),
    byThreat: byThreat.rows.map((row) => ({ threat: row.threat as Threat, count: Number(row.n) })),
    byEventType: byEventType.rows.map((row) => ({ eventType: row.event_type as EventType, count: Number(row.n) })),
    latest: fresh.latest,
  };
}

/** The stories (neither dismissed nor a kept duplicate) in a region added since an instant: how many, and the newest. */
export async function freshArticles(db: Pick<Db, 'execute'>, query: { region: string | null; since: Date; limit: number }): Promise<{ count: number; latest: ArticleRecord[] }> {
  const counted = storiesIn(query.region);
  const [count, latest] = await Promise.all([
    db.execute<Row>(sql`select count(*)::int as n from media_articles a where ${counted} and a.created_at >= ${query.since.toISOString()}`),
    db.execute<Row>(sql`
      select a.*, null as reviewer_name from media_articles a where ${counted} and a.created_at >= ${query.since.toISOString()}
      order by a.created_at desc, a.id desc limit ${query.limit}`),
  ]);
  return { count: Number(count.rows[0]?.n ?? 0), latest: latest.rows.map(toArticle) };
}

/** Articles counted as stories (a story repeated by three outlets is one), inside a region's subtree when given. */
function storiesIn(region: string | null): SQL {
  const inRegion = region
    ? sql`exists (select 1 from media_article_regions r where r.article_id = a.id and ${withinSql(sql`r.region_code`, region)})`
    : sql`true`;
  return sql`a.state <> 'diabaikan' and a.duplicate_of is null and ${inRegion}`;
}
