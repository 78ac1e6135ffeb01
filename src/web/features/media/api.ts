import type { ArticleOrigin, ArticleState } from '../../../domain/media/vocabulary';
import type { EventType, Threat } from '../../../domain/extraction/vocabulary';
import type { Evidence, Extraction } from '../../../domain/extraction/types';
import type { MediaFeed, MediaFeedPollResult } from '../../../contracts/media-feeds';
import { getJson, sendForm, sendJson, type Params } from '../../api';
import type { Language } from '../../i18n';

export type { ArticleOrigin, ArticleState, EventType, Evidence, Extraction, Threat };

// The shapes of the media API (issue 9's contract); the server validates every request again.

export interface RegionRef {
  code: string;
  name: string;
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
  origin: ArticleOrigin;
  state: ArticleState;
  eventType: EventType | null;
  eventDate: string | null;
  regions: RegionRef[];
  threats: Threat[];
  duplicateOf: number | null;
  meetingId: number | null;
  incidentId: number | null;
}

export interface Correction {
  field: string;
  before: unknown;
  after: unknown;
  correctedBy: string | null;
  correctedAt: string;
}

export interface Article {
  id: number;
  url: string | null;
  source: string | null;
  title: string | null;
  body: string;
  /** The analysed text (title, blank line, body): evidence offsets index it. */
  text: string;
  publishedAt: string | null;
  origin: ArticleOrigin;
  feedId: number | null;
  duplicateOf: number | null;
  extraction: (Extraction & { evidence: Evidence[] }) | null;
  extractorVersion: string | null;
  fields: Extraction;
  state: ArticleState;
  reviewedBy: string | null;
  reviewedAt: string | null;
  meetingId: number | null;
  incidentId: number | null;
  createdAt: string;
  version: number;
  corrections: Correction[];
}

export type DuplicateKind = 'url' | 'text';

export interface PastedArticle {
  title?: string;
  body: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

export interface CreatedArticle {
  article: Article;
  duplicate?: DuplicateKind;
}

export interface UploadResult {
  created: Article[];
  duplicates: Array<{ file: string; articleId: number; duplicate: DuplicateKind }>;
  rejected: Array<{ file: string; reason: string }>;
}

export interface ArticleFilters {
  state?: string;
  region?: string;
  threat?: string;
  eventType?: string;
  q?: string;
  from?: string;
  to?: string;
  sinceHours?: number;
  limit?: number;
  offset?: number;
}

export interface Overview {
  from: string;
  to: string;
  total: number;
  newSinceYesterday: number;
  byDay: Array<{ date: string; count: number }>;
  byRegion: Array<{ code: string; name: string; count: number }>;
  byThreat: Array<{ threat: Threat; count: number }>;
  byEventType: Array<{ eventType: EventType; count: number }>;
  latest: ArticleSummary[];
}

/** What the meeting form takes from an article's reviewed fields. */
export interface MeetingDraftFromArticle {
  title: string;
  date: string | null;
  regionCodes: string[];
  agencies?: string[];
  people?: Array<{ name: string; position: string | null }>;
  summary?: string | null;
  sourceUrl?: string | null;
}

/** What the incident form takes from an article's reviewed fields. */
export interface IncidentDraftFromArticle {
  category: string | null;
  regionCode: string | null;
  occurredAt: string | null;
  description: string;
}

export type Feed = MediaFeed;
export type PollResult = MediaFeedPollResult;

export interface FeedInput {
  name: string;
  url: string;
  source: string | null;
  pollMinutes: number;
  enabled: boolean;
}

export type ArticleLink = { meetingId: number } | { incidentId: number };

const article = (id: number) => `/media/articles/${id}`;

export const mediaApi = {
  overview: (lang: Language, query: { days?: number; region?: string }, signal?: AbortSignal) =>
    getJson<Overview>('/media/overview', lang, { ...query }, signal),
  articles: (lang: Language, filters: ArticleFilters, signal?: AbortSignal) =>
    getJson<{ items: ArticleSummary[]; total: number }>('/media/articles', lang, { ...filters } as Params, signal),
  article: (lang: Language, id: number, signal?: AbortSignal) => getJson<Article>(article(id), lang, undefined, signal),
  paste: (lang: Language, input: PastedArticle) => sendJson<CreatedArticle>('POST', '/media/articles', lang, input),
  upload: (lang: Language, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return sendForm<UploadResult>('POST', '/media/articles/upload', lang, form);
  },
  saveFields: (lang: Language, id: number, version: number, fields: Extraction) =>
    sendJson<Article>('PUT', `${article(id)}/fields`, lang, { version, fields }),
  setState: (lang: Language, id: number, version: number, state: 'baru' | 'diabaikan') =>
    sendJson<Article>('POST', `${article(id)}/state`, lang, { version, state }),
  reextract: (lang: Language, id: number) => sendJson<Article>('POST', `${article(id)}/reextract`, lang),
  meetingDraft: (lang: Language, id: number) => getJson<MeetingDraftFromArticle>(`${article(id)}/meeting-draft`, lang),
  incidentDraft: (lang: Language, id: number) => getJson<IncidentDraftFromArticle>(`${article(id)}/incident-draft`, lang),
  link: (lang: Language, id: number, link: ArticleLink) => sendJson<Article>('POST', `${article(id)}/link`, lang, link),
  feeds: (lang: Language, signal?: AbortSignal) => getJson<{ items: Feed[] }>('/media/feeds', lang, undefined, signal),
  createFeed: (lang: Language, input: FeedInput) => sendJson<Feed>('POST', '/media/feeds', lang, input),
  updateFeed: (lang: Language, id: number, input: FeedInput & { version: number }) => sendJson<Feed>('PUT', `/media/feeds/${id}`, lang, input),
  /** A feed whose articles are stored is kept, disabled (the answer says so); one without is deleted (no body). */
  removeFeed: (lang: Language, id: number) => sendJson<{ disabled: true; feed: Feed } | undefined>('DELETE', `/media/feeds/${id}`, lang),
  poll: (lang: Language, id: number) => sendJson<PollResult>('POST', `/media/feeds/${id}/poll`, lang),
};
