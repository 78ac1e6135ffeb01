import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { incidentsApi, type CreateIncident, type IncidentFilters, type TransitionRequest, type TriageToIncident } from './api';

/** The API's largest page: a desk scrolls through 500 rows (virtualised) before turning a page. */
export const INCIDENT_PAGE = 500;
export const TRIAGE_PAGE = 100;

/** Every cached incident answer (list, detail, triage) starts with one of these. */
export const INCIDENT_KEYS = [[PRIVATE, 'incidents'], [PRIVATE, 'incident'], [PRIVATE, 'incident-triage']] as const;
const LIST = INCIDENT_KEYS[0];
const DETAIL = INCIDENT_KEYS[1];
const TRIAGE = INCIDENT_KEYS[2];

/**
 * The `next` each list page answered, by filters and page. Page n+1 is asked for after page n's last
 * row (one index seek on the server at any depth, and no row shifts when new reports arrive); a page
 * reached any other way (a link, a jump in the pager) by offset.
 */
const nextOfPage = new Map<string, string>();

export function useIncidents(filters: IncidentFilters, page: number) {
  const { lang } = useLang();
  const filterKey = JSON.stringify(filters);
  const after = nextOfPage.get(`${filterKey}#${page - 1}`);
  const paging = after ? { limit: INCIDENT_PAGE, offset: 0, after } : { limit: INCIDENT_PAGE, offset: (page - 1) * INCIDENT_PAGE };
  return useQuery({
    queryKey: [...LIST, lang, filters, page],
    queryFn: async ({ signal }) => {
      const answer = await incidentsApi.list(lang, { ...filters, ...paging }, signal);
      if (answer.next) nextOfPage.set(`${filterKey}#${page}`, answer.next);
      return answer;
    },
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useIncident(id: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...DETAIL, lang, id],
    queryFn: ({ signal }) => incidentsApi.detail(lang, id, signal),
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
    staleTime: 5_000,
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The catalogue holds both languages: fetched once per sign-in. */
export function useIncidentCategories() {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'incident-categories'],
    queryFn: ({ signal }) => incidentsApi.categories(lang, signal),
    // A national administrator may change the catalogue (names, clocks, on/off) at any time: other
    // screens pick it up within five minutes, or when the tab is shown again after that.
    staleTime: 5 * 60_000,
  });
}

export function useTransition(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: TransitionRequest) => incidentsApi.transition(lang, id, input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: DETAIL }), client.invalidateQueries({ queryKey: LIST })]),
  });
}

/** `key` is the submission's Idempotency-Key: the form keeps it until a report is made, so a retry repeats it. */
export function useSubmitIncident() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ input, key }: { input: CreateIncident; key: string }) => incidentsApi.create(lang, input, key),
    onSuccess: () => client.invalidateQueries({ queryKey: LIST }),
  });
}

export function useTriage(page: number) {
  const { lang } = useLang();
  const paging = { limit: TRIAGE_PAGE, offset: (page - 1) * TRIAGE_PAGE };
  return useQuery({
    queryKey: [...TRIAGE, lang, paging],
    queryFn: ({ signal }) => incidentsApi.triage(lang, paging, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useTriageToIncident() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: TriageToIncident }) => incidentsApi.triageToIncident(lang, id, input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: TRIAGE }), client.invalidateQueries({ queryKey: LIST })]),
  });
}

export function useDismissTriage() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => incidentsApi.dismissTriage(lang, id, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: TRIAGE }),
  });
}
