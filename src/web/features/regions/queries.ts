import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { useLang } from '../../shell/useLang';

const SEARCH_LIMIT = 20;
export const CHILDREN_LIMIT = 500;

/** Fuzzy search by name (inside `within` when given); with an empty query, the 38 provinces. */
export function useRegionSearch(q: string, enabled = true, within?: string) {
  const { lang } = useLang();
  const query = q.trim();
  return useQuery({
    queryKey: ['regions', 'search', lang, query, within ?? null],
    queryFn: ({ signal }) =>
      api.regions(lang, query ? { q: query, limit: SEARCH_LIMIT, within } : { level: 'province', limit: 100 }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRegion(code: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['regions', 'detail', lang, code],
    queryFn: ({ signal }) => api.region(lang, code ?? '', signal),
    enabled: Boolean(code),
  });
}

export function useRegionChildren(code: string, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['regions', 'children', lang, code],
    queryFn: ({ signal }) => api.regions(lang, { parent: code, limit: CHILDREN_LIMIT }, signal),
    enabled,
  });
}
