import type { z } from 'zod';
import type {
  CreateIncident, deadlineSchema, Incident, IncidentCategoryView, IncidentDetail, IncidentList, TransitionRequest,
} from '../../../contracts/incidents';
import type { TriageItem, TriageToIncident } from '../../../contracts/triage';
import { ApiError, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { CreateIncident, Incident, IncidentCategoryView, IncidentDetail, TransitionRequest, TriageItem, TriageToIncident };
export type Deadline = z.infer<typeof deadlineSchema>;
export type IncidentTransition = IncidentDetail['transitions'][number];

export interface IncidentFilters {
  region?: string;
  status?: string;
  category?: string;
  severity?: string;
  from?: string;
  to?: string;
  q?: string;
}

/**
 * POST /incidents with its Idempotency-Key: the shared sendJson takes no extra header. A retry of the
 * same submission sends the same key, so the server answers the first report instead of making a second.
 */
async function submitIncident(lang: Language, input: CreateIncident, key: string): Promise<IncidentDetail> {
  const response = await fetch('/api/v1/incidents', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': lang, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(input),
  });
  const body = (await response.json().catch(() => undefined)) as { code?: unknown; message?: unknown; details?: Record<string, unknown> } | undefined;
  if (response.ok) return body as unknown as IncidentDetail;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') throw new ApiError(body.message, response.status, body.code, body.details);
  throw new ApiError(`HTTP ${response.status}`, response.status, 'http');
}

export const incidentsApi = {
  list: (lang: Language, query: IncidentFilters & { limit: number; offset: number; after?: string }, signal?: AbortSignal) =>
    getJson<IncidentList>('/incidents', lang, { ...query }, signal),
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<IncidentDetail>(`/incidents/${id}`, lang, undefined, signal),
  categories: (lang: Language, signal?: AbortSignal) => getJson<IncidentCategoryView[]>('/incidents/categories', lang, undefined, signal),
  create: submitIncident,
  transition: (lang: Language, id: number, input: TransitionRequest) => sendJson<IncidentDetail>('POST', `/incidents/${id}/transitions`, lang, input),
  triage: (lang: Language, query: { limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<{ items: TriageItem[]; total: number }>('/incident-triage', lang, query, signal),
  triageToIncident: (lang: Language, id: number, input: TriageToIncident) => sendJson<IncidentDetail>('POST', `/incident-triage/${id}/incident`, lang, input),
  dismissTriage: (lang: Language, id: number, reason: string) => sendJson<TriageItem>('POST', `/incident-triage/${id}/dismiss`, lang, { reason }),
};
