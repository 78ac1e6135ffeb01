import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page number kept in the URL, so a filtered view can be bookmarked and shared.
 * Changing a filter goes back to page 1.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const write = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (!('page' in changes)) next.delete('page');
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }, { replace: true });
    },
    [setParams],
  );
  const update = useCallback((changes: Partial<Record<K, string | undefined>>) => write(changes), [write]);
  const setPage = useCallback((value: number) => write({ page: value > 1 ? String(value) : undefined }), [write]);
  return { values, page, update, setPage };
}
