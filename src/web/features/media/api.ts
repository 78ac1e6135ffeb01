import type { ArticleOrigin, ArticleState } from '../../../domain/media/vocabulary';
import type { EventType, Threat } from '../../../domain/extraction/vocabulary';
import type { Extraction } from '../../../domain/extraction/types';
import type { Article, ArticleCreate, ArticleCreateResult, ArticleSummary, ArticleUploadResult, IncidentDraftFromArticle, MediaOverview, MeetingDraftFromArticle } from '../../../contracts/media';
import type { MediaFeed, MediaFeedPollResult } from '../../../contracts/media-feeds';
import { getJson, sendForm, sendJson, type Params } from '../../api';
import type { Language } from '../../i18n';

export type { ArticleOrigin, ArticleState, EventType, Extraction, Threat };

export type {
  Article, ArticleCreate as PastedArticle, ArticleCreateResult as CreatedArticle, ArticleFields, ArticleSummary, ArticleUploadResult as UploadResult,
  DuplicateKind, IncidentDraftFromArticle, MediaOverview as Overview, MeetingDraftFromArticle,
} from '../../../contracts/media';

export type RegionRef = ArticleSummary['regions'][number];
export type Correction = Article['corrections'][number];
/** A piece of evidence as the API gives it: the field, the printed value, [start, end) in `article.text`. */
export type EvidenceItem = Article['extraction']['evidence'][number];

export interface ArticleFilters {
  state?: string;
  region?: string;
  threat?: string;
  eventType?: string;
  q?: string;
  from?: string;
  to?: string;
  sinceHours?: number;
  /** Added at or after this instant. */
  since?: string;
  /** 'true': what the overview counts (no dismissed articles, no kept duplicates). */
  stories?: string;
  limit?: number;
  offset?: number;
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
    getJson<MediaOverview>('/media/overview', lang, { ...query }, signal),
  articles: (lang: Language, filters: ArticleFilters, signal?: AbortSignal) =>
    getJson<{ items: ArticleSummary[]; total: number }>('/media/articles', lang, { ...filters } as Params, signal),
  article: (lang: Language, id: number, signal?: AbortSignal) => getJson<Article>(article(id), lang, undefined, signal),
  paste: (lang: Language, input: ArticleCreate) => sendJson<ArticleCreateResult>('POST', '/media/articles', lang, input),
  upload: (lang: Language, files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return sendForm<ArticleUploadResult>('POST', '/media/articles/upload', lang, form);
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
