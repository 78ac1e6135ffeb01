import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { actionItemsApi, type ActionItemDetail, type BoardQuery, type UpdateActionItem } from './api';

export function useBoard(query: BoardQuery) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'action-items', lang, query],
    queryFn: ({ signal }) => actionItemsApi.list(lang, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

const detailKey = (lang: string, id: number) => [PRIVATE, 'action-item', lang, id] as const;

export function useActionItem(id: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: detailKey(lang, id),
    queryFn: ({ signal }) => actionItemsApi.detail(lang, id, signal),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 0,
  });
}

/**
 * After a change the answer is the new detail; the board (status, overdue) is fetched again, and meeting
 * pages, which list their action items, are marked stale.
 */
function useSaved() {
  const client = useQueryClient();
  const { lang } = useLang();
  return (saved: ActionItemDetail) => {
    client.setQueryData(detailKey(lang, saved.id), saved);
    void client.invalidateQueries({ queryKey: [PRIVATE, 'meeting'] });
    return client.invalidateQueries({ queryKey: [PRIVATE, 'action-items'] });
  };
}

/** A stale version (409) means someone saved first: the item and the board are read again. */
export function useUpdateActionItem(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  const saved = useSaved();
  return useMutation({
    mutationFn: (changes: UpdateActionItem) => actionItemsApi.update(lang, id, changes),
    onSuccess: saved,
    onError: (error) => {
      if (!(error instanceof ApiError && error.status === 409)) return;
      void client.invalidateQueries({ queryKey: detailKey(lang, id) });
      void client.invalidateQueries({ queryKey: [PRIVATE, 'action-items'] });
    },
  });
}

export function useAddEvidence(id: number) {
  const { lang } = useLang();
  const saved = useSaved();
  return useMutation({ mutationFn: ({ file, note }: { file: File; note: string }) => actionItemsApi.addEvidence(lang, id, file, note), onSuccess: saved });
}
