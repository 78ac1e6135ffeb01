import type { Article, ArticleSummary } from '../../contracts/media.js';
import { articleText } from '../../domain/extraction/article-text.js';
import type { ArticleRecord, CorrectionRecord } from './repo.js';

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function summaryView(article: ArticleRecord): ArticleSummary {
  return {
    id: article.id, title: article.title, source: article.source, url: article.url, publishedAt: iso(article.publishedAt), createdAt: article.createdAt.toISOString(),
    origin: article.origin, state: article.state, eventType: article.eventType, eventDate: article.eventDate, regions: article.fields.regions,
    threats: article.fields.threats, duplicateOf: article.duplicateOf, meetingId: article.meetingId, incidentId: article.incidentId,
  };
}

export function articleView(article: ArticleRecord, corrections: readonly CorrectionRecord[]): Article {
  return {
    id: article.id, url: article.url, source: article.source, title: article.title, body: article.body, text: articleText(article.title, article.body),
    publishedAt: iso(article.publishedAt), origin: article.origin, feedId: article.feedId, duplicateOf: article.duplicateOf, extraction: article.extraction,
    extractorVersion: article.extractorVersion, fields: article.fields, state: article.state, reviewedBy: article.reviewerName, reviewedAt: iso(article.reviewedAt),
    meetingId: article.meetingId, incidentId: article.incidentId, createdAt: article.createdAt.toISOString(), version: article.version,
    corrections: corrections.map((c) => ({ field: c.field, before: c.before, after: c.after, correctedBy: c.correctedBy, correctedAt: c.correctedAt.toISOString() })),
  };
}
