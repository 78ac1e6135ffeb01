import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { sitrepApi, type SitrepListFilters } from './api';
import type { CreateSitrepInput, PutSitrepScheduleInput } from '../../../contracts/sitrep';

const REPORTS = [PRIVATE, 'situation-reports'] as const;
const SCHEDULES = [PRIVATE, 'situation-report-schedules'] as const;

export function useSituationReports(filters: SitrepListFilters) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...REPORTS, lang, filters],
    queryFn: ({ signal }) => sitrepApi.list(lang, filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useGenerateReport() {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSitrepInput) => sitrepApi.create(lang, input),
    onSuccess: () => client.invalidateQueries({ queryKey: REPORTS }),
  });
}

export function useSitrepSchedules(region: string | undefined, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...SCHEDULES, lang, region ?? null],
    queryFn: ({ signal }) => sitrepApi.schedules(lang, region, signal),
    enabled,
  });
}

export function useSaveSitrepSchedule() {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PutSitrepScheduleInput) => sitrepApi.saveSchedule(lang, input),
    onSuccess: () => client.invalidateQueries({ queryKey: SCHEDULES }),
  });
}
