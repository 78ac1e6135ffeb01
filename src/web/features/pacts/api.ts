import type { PactTargetKind, PactTargetState, PactTargetStatus } from '../../../domain/pacts/vocabulary';
import { apiUrl, ApiError, getJson, sendForm, sendJson } from '../../api';
import type { Language } from '../../i18n';

import type { ComplianceView, ReminderItem } from '../../../contracts/pact-compliance';
import type { PactCampaignSummary, PactImportResult, PactLinkView, PactSubmission, PactTarget } from '../../../contracts/pacts';

export type { PactTargetKind, PactTargetState, PactTargetStatus };
export type CampaignSummary = PactCampaignSummary;
export type Target = PactTarget;
export type Submission = PactSubmission;
export type PublicLink = PactLinkView;
export type ImportRow = PactImportResult['rows'][number];
export type Compliance = ComplianceView;
export type Reminder = ReminderItem;

/** What the campaign form sends (create; an edit adds the version read). */
export interface CampaignInput {
  title: string;
  legalBasis: string;
  electionId: string | null;
  regionCode: string;
  deadlineLocal: string;
  requiresDocument: boolean;
  requiresVideo: boolean;
  requiresSigner: boolean;
  requiresSignedOn: boolean;
  notes: string;
}

export interface TargetFilters {
  status?: string;
  kind?: string;
  regionCode?: string;
  q?: string;
}

export interface IssuedLink {
  targetId: number;
  name: string;
  url: string;
  expiresAt: string;
}

export const pactsApi = {
  campaigns: (lang: Language, query: { regionCode?: string; overdue?: 'true'; page: number; pageSize: number }, signal?: AbortSignal) =>
    getJson<{ items: CampaignSummary[]; total: number }>('/pact-campaigns', lang, { ...query }, signal),
  campaign: (lang: Language, id: number, signal?: AbortSignal) => getJson<CampaignSummary>(`/pact-campaigns/${id}`, lang, undefined, signal),
  create: (lang: Language, input: CampaignInput) => sendJson<CampaignSummary>('POST', '/pact-campaigns', lang, input),
  /** The region of a campaign stays (its targets lie inside it): an edit does not send it. */
  update: (lang: Language, id: number, { regionCode: _region, ...input }: CampaignInput & { version: number }) =>
    sendJson<CampaignSummary>('PATCH', `/pact-campaigns/${id}`, lang, input),
  remove: (lang: Language, id: number, version: number) => sendJson<void>('DELETE', `/pact-campaigns/${id}?version=${version}`, lang),
  targets: (lang: Language, id: number, filters: TargetFilters, signal?: AbortSignal) =>
    getJson<{ items: Target[]; total: number }>(`/pact-campaigns/${id}/targets`, lang, { ...filters }, signal),
  fromUnits: (lang: Language, id: number, unitIds: number[], kind: PactTargetKind) =>
    sendJson<{ created: Target[] }>('POST', `/pact-campaigns/${id}/targets/from-units`, lang, { unitIds, kind }),
  /** The text field goes before the file: the server reads those sent ahead of it. */
  importTargets: (lang: Language, id: number, file: File, keepValid: boolean) => {
    const form = new FormData();
    form.append('keepValid', String(keepValid));
    form.append('file', file);
    return sendForm<{ created: Target[]; rows: ImportRow[] }>('POST', `/pact-campaigns/${id}/targets/import`, lang, form);
  },
  templateUrl: (id: number) => apiUrl(`/pact-campaigns/${id}/targets/template.xlsx`),
  removeTarget: (lang: Language, targetId: number, version: number) => sendJson<void>('DELETE', `/pact-targets/${targetId}?version=${version}`, lang),
  issueLink: (lang: Language, targetId: number) => sendJson<{ url: string; token: string; expiresAt: string }>('POST', `/pact-targets/${targetId}/link`, lang, {}),
  revokeLink: (lang: Language, targetId: number) => sendJson<void>('DELETE', `/pact-targets/${targetId}/link`, lang),
  issueLinks: (lang: Language, id: number, targetIds?: number[]) =>
    sendJson<{ links: IssuedLink[] }>('POST', `/pact-campaigns/${id}/links`, lang, targetIds ? { targetIds } : {}),
  review: (lang: Language, targetId: number, input: { version: number; decision: 'diverifikasi' | 'ditolak'; reason?: string }) =>
    sendJson<Target>('POST', `/pact-targets/${targetId}/review`, lang, input),
  /** A pact that reached the desk another way (on paper, by e-mail), entered by staff: the public form's multipart body. */
  staffSubmit: (lang: Language, targetId: number, form: FormData) => sendForm<{ submittedAt: string; late: boolean }>('POST', `/pact-targets/${targetId}/submissions`, lang, form),
  submissions: (lang: Language, targetId: number, signal?: AbortSignal) => getJson<Submission[]>(`/pact-targets/${targetId}/submissions`, lang, undefined, signal),
  documentUrl: (submissionId: number) => apiUrl(`/pact-submissions/${submissionId}/document`),
  compliance: (lang: Language, id: number, signal?: AbortSignal) => getJson<Compliance>(`/pact-campaigns/${id}/compliance`, lang, undefined, signal),
  reminders: (lang: Language, id: number, signal?: AbortSignal) => getJson<{ items: Reminder[] }>(`/pact-campaigns/${id}/reminders`, lang, { format: 'json' }, signal),
  remindersUrl: (id: number, format: 'csv' | 'xlsx') => apiUrl(`/pact-campaigns/${id}/reminders`, { format }),
  recapUrl: (id: number, format: 'xlsx' | 'pdf') => apiUrl(`/pact-campaigns/${id}/recap.${format}`),
};

/**
 * The public link: no session, the token travels in a header (it came in the URL fragment, which a
 * browser never sends, so it stays out of server logs).
 */
export const publicPactApi = {
  open: async (lang: Language, targetId: string, token: string, signal?: AbortSignal): Promise<PublicLink> =>
    answer(await fetch(apiUrl(`/pact-links/${encodeURIComponent(targetId)}`), {
      headers: { Accept: 'application/json', 'Accept-Language': lang, 'X-Pact-Token': token }, credentials: 'omit', signal,
    })),
  submit: async (lang: Language, targetId: string, token: string, form: FormData): Promise<{ submittedAt: string; late: boolean }> =>
    answer(await fetch(apiUrl(`/pact-links/${encodeURIComponent(targetId)}/submission`), {
      method: 'POST', body: form, credentials: 'omit', headers: { Accept: 'application/json', 'Accept-Language': lang, 'X-Pact-Token': token },
    })),
};

async function answer<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = body as { code?: unknown; message?: unknown } | undefined;
    const code = typeof error?.code === 'string' ? error.code : 'http';
    throw new ApiError(typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`, response.status, code);
  }
  return body as T;
}
