import type { Alert, AlertDetail, AlertRule, AlertRuleInput, AlertRuleUpdate, AssignAlert } from '../../../contracts/alerts';
import { getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { Alert, AlertDetail, AlertRule, AlertRuleInput, AlertRuleUpdate, AssignAlert };

export interface AlertFilters {
  status?: string;
  open?: 'true' | 'false';
  region?: string;
}

export const alertsApi = {
  list: (lang: Language, query: AlertFilters & { limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<{ items: Alert[]; total: number }>('/alerts', lang, { ...query }, signal),
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<AlertDetail>(`/alerts/${id}`, lang, undefined, signal),
  acknowledge: (lang: Language, id: number, version: number) => sendJson<AlertDetail>('POST', `/alerts/${id}/acknowledge`, lang, { version }),
  assign: (lang: Language, id: number, input: AssignAlert) => sendJson<AlertDetail>('POST', `/alerts/${id}/assign`, lang, input),
  close: (lang: Language, id: number, version: number, note: string) => sendJson<AlertDetail>('POST', `/alerts/${id}/close`, lang, { version, note }),
  rules: (lang: Language, signal?: AbortSignal) => getJson<{ items: AlertRule[] }>('/alert-rules', lang, undefined, signal),
  createRule: (lang: Language, input: AlertRuleInput) => sendJson<AlertRule>('POST', '/alert-rules', lang, input),
  updateRule: (lang: Language, id: number, input: AlertRuleUpdate) => sendJson<AlertRule>('PUT', `/alert-rules/${id}`, lang, input),
};
