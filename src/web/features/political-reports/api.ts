import { apiUrl, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';
import type { TimeZoneLabel } from '../../shell/zonedTime';

// Shapes of the political-report API (issue 8, contract in /tmp/prompts/reports-api.md and
// src/contracts/political-reports.ts on the server side).

export type ReportKind = 'periodik' | 'insidental';
export type ReportLevel = 'kabkota' | 'provinsi';
export type ReportPeriod = 'bulanan' | 'triwulanan' | 'semesteran' | 'tahunan';
export type ReportState = 'belum' | 'draf' | 'terkirim' | 'ditinjau' | 'dikembalikan' | 'diterima';
export const REPORT_STATES: readonly ReportState[] = ['belum', 'draf', 'terkirim', 'ditinjau', 'dikembalikan', 'diterima'];
export const REPORT_PERIODS: readonly ReportPeriod[] = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'];
export const REPORT_LEVELS: readonly ReportLevel[] = ['kabkota', 'provinsi'];

export interface TemplateSection {
  key: string;
  titleId: string;
  titleEn: string;
  hintId?: string | null;
  hintEn?: string | null;
}

export interface ReportTemplate {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
  kind: ReportKind;
  sections: TemplateSection[];
  active: boolean;
  version: number;
}

export interface ReportSchedule {
  id: number;
  templateId: number;
  templateName: string;
  level: ReportLevel;
  regionCode: string | null;
  regionName: string | null;
  period: ReportPeriod;
  dueDays: number;
  startsOn: string;
  active: boolean;
  version: number;
}

export interface ScheduleInput {
  templateId: number;
  level: ReportLevel;
  regionCode: string | null;
  period: ReportPeriod;
  dueDays: number;
  startsOn: string;
}

export interface ReportSummary {
  id: number;
  kind: ReportKind;
  templateId: number;
  title: string;
  regionCode: string;
  regionName: string;
  timeZone: TimeZoneLabel;
  periodStart: string | null;
  periodEnd: string | null;
  dueAt: string | null;
  occurredAt?: string | null;
  state: ReportState;
  late: boolean;
  currentVersion: number;
  submittedAt: string | null;
  reviewedAt: string | null;
  version: number;
}

export interface ReportContent {
  sections: Record<string, string>;
  summary: string;
}

export interface ReportVersionInfo {
  number: number;
  submittedAt: string | null;
  authorName: string | null;
}

export interface ReportComment {
  id: number;
  versionNumber: number;
  sectionKey: string | null;
  body: string;
  authorLabel: string;
  createdAt: string;
}

export interface ReportDetail extends ReportSummary {
  templateName?: string;
  sections: TemplateSection[];
  content: ReportContent;
  versions: ReportVersionInfo[];
  comments: ReportComment[];
}

export interface RollupEntry {
  regionCode: string;
  regionName: string;
  reportId: number;
  state: ReportState;
  late: boolean;
  submittedAt: string | null;
  summary: string;
}

export interface Rollup {
  items: RollupEntry[];
  missing: Array<{ regionCode: string; regionName: string }>;
}

export interface StatusRow {
  regionCode: string;
  regionName: string;
  reportId: number | null;
  state: ReportState;
  late: boolean;
  submittedAt: string | null;
}

export interface StatusBoard {
  items: StatusRow[];
  totals: Record<string, number>;
}

export interface ReportFilters {
  regionCode?: string;
  state?: string;
  kind?: string;
  period?: string;
  late?: 'true';
}

export interface StatusQuery {
  period: string;
  level: ReportLevel;
  regionCode?: string;
}

export interface NewIncidental {
  kind: 'insidental';
  templateId?: number;
  regionCode: string;
  title: string;
  occurredAt: string;
}

export type ReviewAction = 'mulai' | 'kembalikan' | 'terima';

/** Lists come as a bare array or as `{ items }`; the pages want the array. */
type Listed<T> = T[] | { items: T[] };
export function listOf<T>(answer: Listed<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

const REPORTS = '/political-reports';
const report = (id: number) => `${REPORTS}/${id}`;

export const reportsApi = {
  list: (lang: Language, query: ReportFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    getJson<{ items: ReportSummary[]; total: number }>(REPORTS, lang, { ...query }, signal),
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<ReportDetail>(report(id), lang, undefined, signal),
  versionContent: (lang: Language, id: number, number: number, signal?: AbortSignal) =>
    getJson<ReportContent>(`${report(id)}/versions/${number}`, lang, undefined, signal),
  create: (lang: Language, input: NewIncidental) => sendJson<ReportSummary>('POST', REPORTS, lang, input),
  saveDraft: (lang: Language, id: number, input: ReportContent & { version: number }) => sendJson<ReportDetail>('PUT', `${report(id)}/draft`, lang, input),
  submit: (lang: Language, id: number, version: number) => sendJson<ReportDetail>('POST', `${report(id)}/submit`, lang, { version }),
  review: (lang: Language, id: number, input: { version: number; action: ReviewAction; comment?: string }) =>
    sendJson<ReportDetail>('POST', `${report(id)}/review`, lang, input),
  comment: (lang: Language, id: number, input: { body: string; sectionKey?: string }) => sendJson<ReportComment>('POST', `${report(id)}/comments`, lang, input),
  rollup: (lang: Language, id: number, signal?: AbortSignal) => getJson<Rollup>(`${report(id)}/rollup`, lang, undefined, signal),
  pullRollup: (lang: Language, id: number, version: number) => sendJson<ReportDetail>('POST', `${report(id)}/rollup`, lang, { version }),
  status: (lang: Language, query: StatusQuery, signal?: AbortSignal) => getJson<StatusBoard>(`${REPORTS}/status`, lang, { ...query }, signal),
  pdfUrl: (id: number, lang: Language) => apiUrl(`${report(id)}/report.pdf`, { lang }),
  recapUrl: (query: StatusQuery, lang: Language) => apiUrl(`${REPORTS}/recap.xlsx`, { ...query, lang }),
  templates: (lang: Language, signal?: AbortSignal) => getJson<Listed<ReportTemplate>>('/political-report-templates', lang, undefined, signal).then(listOf),
  schedules: (lang: Language, signal?: AbortSignal) => getJson<Listed<ReportSchedule>>('/political-report-schedules', lang, undefined, signal).then(listOf),
  createSchedule: (lang: Language, input: ScheduleInput) => sendJson<ReportSchedule>('POST', '/political-report-schedules', lang, input),
  updateSchedule: (lang: Language, id: number, input: Partial<ScheduleInput> & { version: number; active?: boolean }) =>
    sendJson<ReportSchedule>('PATCH', `/political-report-schedules/${id}`, lang, input),
};
