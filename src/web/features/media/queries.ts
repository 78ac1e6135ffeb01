import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { mediaApi, type Article, type ArticleFilters, type ArticleLink, type Extraction, type FeedInput, type PastedArticle } from './api';

/** Every cached media answer starts with this: one new or reviewed article moves lists and counts together. */
const MEDIA = [PRIVATE, 'media'] as const;
const FEEDS = [...MEDIA, 'feeds'] as const;
export const ARTICLE_PAGE = 50;

export function useOverview(days: number, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...MEDIA, 'overview', lang, days, region ?? null],
    queryFn: ({ signal }) => mediaApi.overview(lang, { days, region }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useArticles(filters: ArticleFilters) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...MEDIA, 'articles', lang, filters],
    queryFn: ({ signal }) => mediaApi.articles(lang, filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useArticle(id: number) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...MEDIA, 'article', lang, id], queryFn: ({ signal }) => mediaApi.article(lang, id, signal), enabled: Number.isInteger(id) && id > 0 });
}

export function useFeeds() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...FEEDS, lang], queryFn: ({ signal }) => mediaApi.feeds(lang, signal), staleTime: 10_000 });
}

/** A media write; afterwards the media answers are read again (an article's answer is put in place at once). */
function useMediaMutation<Input, Output>(run: (lang: Language, input: Input) => Promise<Output>) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: Input) => run(lang, input),
    onSuccess: (output) => {
      const article = (output as { article?: Article } | null)?.article ?? output;
      if (isArticle(article)) client.setQueryData([...MEDIA, 'article', lang, article.id], article);
    },
    onSettled: () => client.invalidateQueries({ queryKey: MEDIA }),
  });
}

function isArticle(value: unknown): value is Article {
  return typeof value === 'object' && value !== null && 'text' in value && 'fields' in value && 'id' in value;
}

export const usePaste = () => useMediaMutation((lang, input: PastedArticle) => mediaApi.paste(lang, input));
export const useUpload = () => useMediaMutation((lang, files: File[]) => mediaApi.upload(lang, files));
export const useSaveFields = () => useMediaMutation((lang, input: { id: number; version: number; fields: Extraction }) =>
  mediaApi.saveFields(lang, input.id, input.version, input.fields));
export const useSetState = () => useMediaMutation((lang, input: { id: number; version: number; state: 'baru' | 'diabaikan' }) =>
  mediaApi.setState(lang, input.id, input.version, input.state));
export const useReextract = () => useMediaMutation((lang, id: number) => mediaApi.reextract(lang, id));
export const useLinkArticle = () => useMediaMutation((lang, input: { id: number; link: ArticleLink }) => mediaApi.link(lang, input.id, input.link));
export const useSaveFeed = () => useMediaMutation((lang, input: { id: number | null; version: number; feed: FeedInput }) =>
  input.id === null ? mediaApi.createFeed(lang, input.feed) : mediaApi.updateFeed(lang, input.id, { ...input.feed, version: input.version }));
export const useRemoveFeed = () => useMediaMutation((lang, id: number) => mediaApi.removeFeed(lang, id));
export const usePollFeed = () => useMediaMutation((lang, id: number) => mediaApi.poll(lang, id));
