import type { PactTargetKind, PactTargetState, PactTargetStatus } from '../../../domain/pacts/vocabulary';
import { apiUrl, ApiError, getJson, sendForm, sendJson } from '../../api';
import type { Language } from '../../i18n';

// The shapes of /tmp contract "pacts-api" (issue 8); written here so the pages do not wait on the
// server's zod contracts, and kept to what the pages read.

export type { PactTargetKind, PactTargetState, PactTargetStatus };

export interface CampaignCounts {
  targets: number;
  belum: number;
  terkirim: number;
  diverifikasi: number;
  ditolak: number;
  terlambat: number;
  late: number;
}

export interface CampaignSummary {
  id: number;
  title: string;
  legalBasis: string | null;
  electionId: string | null;
  regionCode: string;
  regionName: string;
  deadline: string;
  timeZone: string;
  requiresDocument: boolean;
  requiresVideo: boolean;
  requiresSigner: boolean;
  requiresSignedOn: boolean;
  notes: string | null;
  version: number;
  counts: CampaignCounts;
}

export interface CampaignInput {
  title: string;
  legalBasis?: string;
  electionId?: string;
  regionCode: string;
  deadlineLocal: string;
  requiresDocument: boolean;
  requiresVideo: boolean;
  requiresSigner: boolean;
  requiresSignedOn: boolean;
  notes?: string;
}

export interface Target {
  id: number;
  campaignId: number;
  name: string;
  kind: PactTargetKind;
  regionCode: string;
  regionName: string;
  unitId: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  state: PactTargetState;
  status: PactTargetStatus;
  submittedAt: string | null;
  late: boolean;
  reviewedAt: string | null;
  reviewerName: string | null;
  rejectReason: string | null;
  link: { issued: boolean; expiresAt: string | null; usedAt: string | null };
  version: number;
}

export interface TargetFilters {
  status?: string;
  kind?: string;
  regionCode?: string;
  q?: string;
}

export interface ImportRow {
  row: number;
  ok: boolean;
  errors: { field: string; message: string }[];
}

export interface IssuedLink {
  targetId: number;
  name: string;
  url: string;
  expiresAt: string;
}

export interface Submission {
  id: number;
  channel: 'link' | 'staff';
  submittedAt: string;
  late: boolean;
  signerName: string | null;
  signerNip: string | null;
  signerPosition: string | null;
  signedOn: string | null;
  videoUrl: string | null;
  document: { fileId: number; name: string; mediaType: string; size: number } | null;
  note: string | null;
}

export interface Compliance {
  totals: { targets: number; submitted: number; verified: number; rejected: number; late: number; missing: number; percentVerified: number; percentSubmitted: number };
  byRegion: { regionCode: string; regionName: string; targets: number; submitted: number; verified: number; percentVerified: number }[];
  byKind: { kind: PactTargetKind; targets: number; submitted: number; verified: number; percentVerified: number }[];
  progress: { date: string; submitted: number; verified: number }[];
  late: Partial<Target>[];
  missing: Partial<Target>[];
}

export interface Reminder {
  targetId: number;
  name: string;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  status: PactTargetStatus;
  message: string;
}

export interface PublicLink {
  target: { name: string; kind: PactTargetKind; regionName: string };
  campaign: {
    title: string; legalBasis: string | null; deadline: string; timeZone: string;
    requiresDocument: boolean; requiresVideo: boolean; requiresSigner: boolean; requiresSignedOn: boolean;
  };
  state: PactTargetState;
  alreadySubmitted: boolean;
  expiresAt: string;
}

export const pactsApi = {
  campaigns: (lang: Language, query: { regionCode?: string; page: number; pageSize: number }, signal?: AbortSignal) =>
    getJson<{ items: CampaignSummary[]; total: number }>('/pact-campaigns', lang, { ...query }, signal),
  campaign: (lang: Language, id: number, signal?: AbortSignal) => getJson<CampaignSummary>(`/pact-campaigns/${id}`, lang, undefined, signal),
  create: (lang: Language, input: CampaignInput) => sendJson<CampaignSummary>('POST', '/pact-campaigns', lang, input),
  update: (lang: Language, id: number, input: CampaignInput & { version: number }) => sendJson<CampaignSummary>('PATCH', `/pact-campaigns/${id}`, lang, input),
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
