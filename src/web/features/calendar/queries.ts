import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { useLang } from '../../shell/useLang';

export function useElections() {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['elections', lang],
    queryFn: ({ signal }) => api.elections(lang, signal),
  });
}

export function useStages(election: string, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['stages', lang, election, region ?? null],
    queryFn: ({ signal }) => api.stages(lang, election, region, signal),
    placeholderData: keepPreviousData,
    // "Today" moves; ask again now and then on a page left open.
    staleTime: 60_000,
    refetchInterval: 15 * 60_000,
  });
}

export function useContests(election: string, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['contests', lang, election, region ?? null],
    queryFn: ({ signal }) => api.contests(lang, election, region, signal),
    enabled: Boolean(region),
  });
}
