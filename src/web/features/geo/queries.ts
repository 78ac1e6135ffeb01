import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { geoApi, type OutlineImportOptions } from './geoApi';

const IMPORTED = [PRIVATE, 'geo', 'outline-imports'] as const;

/** The list of imports, and every map layer (['geo', 'outlines', …]): what an import or a removal changes. */
async function refreshOutlines(client: ReturnType<typeof useQueryClient>) {
  await Promise.all([client.invalidateQueries({ queryKey: IMPORTED }), client.invalidateQueries({ queryKey: ['geo', 'outlines'] })]);
}

export function useImportedOutlines() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...IMPORTED, lang], queryFn: ({ signal }) => geoApi.imported(lang, signal) });
}

export function useImportOutlines() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ file, ...options }: OutlineImportOptions & { file: File }) => geoApi.importOutlines(lang, file, options),
    onSuccess: async (report) => {
      if (report.applied) await refreshOutlines(client);
    },
  });
}

export function useRemoveOutline() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (code: string) => geoApi.remove(lang, code),
    onSuccess: () => refreshOutlines(client),
  });
}
