/**
 * The media article the hostile suite's article entries name (test/hostile/media-endpoints.ts),
 * created with exactly this id before the first case and put back after the cases that change it:
 * a new (unreviewed) article about Bangli whose fields name Bangli and money politics.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { articleText } from '../../src/domain/extraction/article-text.js';
import { simhash64, storableSimhash, textHash } from '../../src/domain/media/fingerprint.js';

const FIXED_AT = '2024-09-01T00:00:00.000Z';
export const MEDIA_FIXTURES = {
  article: {
    id: 900_001,
    title: 'Bawaslu Bangli petakan desa rawan politik uang (hostile suite)',
    body: 'Bawaslu Kabupaten Bangli memetakan desa yang rawan politik uang menjelang masa tenang. Pengawas desa diminta melapor setiap hari.',
    url: 'https://warta.example.id/hostile/bangli-rawan',
  },
} as const;
const { article } = MEDIA_FIXTURES;
const FIELDS = {
  event_type: 'pemetaan_kerawanan', event_date: '2024-08-30', regions: [{ code: '51.06', name: 'Kabupaten Bangli' }], agencies: ['BAWASLU'],
  threats: ['politik_uang'], regulations: [], people: [], deadlines: [],
};
const EXTRACTION = { ...FIELDS, evidence: [] };

/** The article as created (no corrections, links or review) with its link rows; rows already so are left alone. */
function resetArticle(): SQL {
  const text = articleText(article.title, article.body);
  return sql`
    with corrections as (delete from media_article_corrections where article_id = ${article.id}),
    regions as (delete from media_article_regions where article_id = ${article.id} and region_code <> '51.06'),
    threats as (delete from media_article_threats where article_id = ${article.id} and threat <> 'politik_uang'),
    row as (
      insert into media_articles (id, url, source, title, body, published_at, origin, text_hash, simhash, extraction, extractor_version, fields, event_type,
        event_date, state, created_at, updated_at, version)
      values (${article.id}, ${article.url}, 'Warta Bangli', ${article.title}, ${article.body}, '2024-08-30T00:00:00Z', 'paste', ${textHash(text)},
        ${storableSimhash(simhash64(text)).toString()}::bigint, ${JSON.stringify(EXTRACTION)}::jsonb, 'fixture', ${JSON.stringify(FIELDS)}::jsonb,
        ${FIELDS.event_type}, ${FIELDS.event_date}, 'baru', ${FIXED_AT}, ${FIXED_AT}, 1)
      on conflict (id) do update set extraction = excluded.extraction, extractor_version = excluded.extractor_version, fields = excluded.fields,
        event_type = excluded.event_type, event_date = excluded.event_date, state = 'baru', reviewed_by = null, reviewed_at = null, meeting_id = null,
        incident_id = null, updated_at = excluded.updated_at, version = 1
      where media_articles.version <> 1 or media_articles.updated_at <> excluded.updated_at),
    -- Foreign keys are checked at the end of the statement, when the article row exists.
    region_back as (insert into media_article_regions (article_id, region_code) values (${article.id}, '51.06') on conflict do nothing)
    insert into media_article_threats (article_id, threat) values (${article.id}, 'politik_uang') on conflict do nothing`;
}

export async function createMediaFixtures(db: Db): Promise<void> {
  await db.execute(resetArticle());
  // Articles the cases add get ids far above any a hostile path value spells ("0007", "1e3").
  await db.execute(sql`select setval(pg_get_serial_sequence('media_articles', 'id'), 1000000)`);
}

export const MEDIA_RESTORE = {
  mediaArticle: resetArticle,
} as const;
export type MediaRestore = keyof typeof MEDIA_RESTORE;
