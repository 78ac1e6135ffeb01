import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { INCIDENT_KEYS } from '../incidents/queries';
import { importsApi, type ImportRequest } from './api';

const IMPORTS = [PRIVATE, 'incident-imports'] as const;
/** How often a running import is asked for its progress. */
const POLL_MS = 700;

export function useImport(id: number | null) {
  const { lang } = useLang();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...IMPORTS, 'one', lang, id],
    queryFn: async ({ signal }) => {
      const detail = await importsApi.detail(lang, id!, signal);
      if (detail.status !== 'berjalan') {
        // Finished: the list of imports and of reports now hold what it wrote.
        void queryClient.invalidateQueries({ queryKey: [...IMPORTS, 'list'] });
        if (detail.incidents.length > 0) for (const key of INCIDENT_KEYS) void queryClient.invalidateQueries({ queryKey: key });
      }
      return detail;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'berjalan' ? POLL_MS : false),
  });
}

export function useImports() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...IMPORTS, 'list', lang], queryFn: ({ signal }) => importsApi.list(lang, signal), staleTime: 5_000 });
}

export function useStartImport() {
  const { lang } = useLang();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importsApi.start(lang, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...IMPORTS, 'list'] }),
  });
}
