import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { READERS, allows } from '../auth/access';
import { PRIVATE, useCurrentUser } from '../auth/session';
import { useLiveEvents } from '../live/useLiveEvents';
import { alertsApi, type AlertFilters, type AlertRuleInput, type AlertRuleUpdate, type AssignAlert } from './api';

/** Every cached alert answer (lists, details, rules) starts with one of these. */
export const ALERT_KEYS = [[PRIVATE, 'alerts'], [PRIVATE, 'alert'], [PRIVATE, 'alert-rules']] as const;
const [LIST, DETAIL, RULES] = ALERT_KEYS;
/** The alert events of the live feed (src/modules/alerts/evaluator.ts and service.ts). */
export const ALERT_EVENTS = ['alert.raised', 'alert.changed'] as const;
export const ALERT_PAGE = 100;

export function useAlerts(filters: AlertFilters, page = 1, enabled = true) {
  const { lang } = useLang();
  const paging = { limit: ALERT_PAGE, offset: (page - 1) * ALERT_PAGE };
  return useQuery({
    queryKey: [...LIST, lang, filters, paging],
    queryFn: ({ signal }) => alertsApi.list(lang, { ...filters, ...paging }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    enabled,
  });
}

/** How many alerts are open in the caller's scope (the nav badge); readers only. */
export function useOpenAlertCount() {
  const { lang } = useLang();
  const role = useCurrentUser()?.role;
  const enabled = allows(READERS, role);
  return useQuery({
    queryKey: [...LIST, lang, 'open-count'],
    queryFn: ({ signal }) => alertsApi.list(lang, { open: 'true', limit: 1, offset: 0 }, signal),
    select: (data) => data.total,
    staleTime: 30_000,
    enabled,
  });
}

export function useAlert(id: number | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...DETAIL, lang, id],
    queryFn: ({ signal }) => alertsApi.detail(lang, id ?? 0, signal),
    enabled: id !== null,
  });
}

export function useAlertRules() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...RULES, lang], queryFn: ({ signal }) => alertsApi.rules(lang, signal), staleTime: 30_000 });
}

/** Lists, details and the badge read again when the feed says an alert was raised or changed. */
export function useAlertsLive(onEvent?: () => void): void {
  useLiveEvents({ events: ALERT_EVENTS, invalidate: [LIST, DETAIL], onEvent });
}

function useAlertMutation<Input>(run: (lang: ReturnType<typeof useLang>['lang'], input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: Input) => run(lang, input),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: LIST }), client.invalidateQueries({ queryKey: DETAIL })]),
  });
}

export const useAcknowledgeAlert = () => useAlertMutation((lang, input: { id: number; version: number }) => alertsApi.acknowledge(lang, input.id, input.version));
export const useAssignAlert = () => useAlertMutation((lang, input: { id: number } & AssignAlert) => alertsApi.assign(lang, input.id, input));
export const useCloseAlert = () => useAlertMutation((lang, input: { id: number; version: number; note: string }) => alertsApi.close(lang, input.id, input.version, input.note));

export function useSaveRule() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: { id: number | null; rule: AlertRuleInput; version: number }) =>
      input.id === null ? alertsApi.createRule(lang, input.rule) : alertsApi.updateRule(lang, input.id, { ...input.rule, version: input.version } as AlertRuleUpdate),
    onSuccess: () => client.invalidateQueries({ queryKey: RULES }),
  });
}
