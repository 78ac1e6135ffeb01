import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi } from '../../accountsApi';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { letterheadApi, type Letterhead, type UpdateLetterhead } from './api';

const key = (unitId: number) => [PRIVATE, 'letterhead', unitId] as const;

/**
 * The unit whose kop is edited (the cache entry of units/queries' useUnit). Switching language fetches
 * it again; the previous answer stays meanwhile, so the editor and what is typed in it stay too.
 */
export function useLetterheadUnit(unitId: number, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'unit', lang, unitId],
    queryFn: ({ signal }) => accountsApi.unit(lang, unitId, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A unit's letterhead. Its messages are not in the answer, so one cache entry serves both languages. */
export function useLetterhead(unitId: number, enabled = true) {
  const { lang } = useLang();
  return useQuery({ queryKey: key(unitId), queryFn: ({ signal }) => letterheadApi.get(lang, unitId, signal), enabled });
}

export function useSaveLetterhead(unitId: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (letterhead: UpdateLetterhead) => letterheadApi.update(lang, unitId, letterhead),
    onSuccess: (saved: Letterhead) => client.setQueryData(key(unitId), saved),
  });
}

export function useUploadLogo(unitId: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (file: File) => letterheadApi.uploadLogo(lang, unitId, file),
    onSuccess: (saved: Letterhead) => client.setQueryData(key(unitId), saved),
  });
}
