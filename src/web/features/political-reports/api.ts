import { apiUrl, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';
import type {
  CreateReport, CreateSchedule, PoliticalReportComment, PoliticalReportDetail, PoliticalReportRollup, PoliticalReportSchedule,
  PoliticalReportStatus, PoliticalReportSummary, PoliticalReportTemplate, PoliticalReportVersion, StatusQuery, UpdateSchedule,
} from '../../../contracts/political-reports';
import type { PoliticalReportLevel, PoliticalReportPeriod, PoliticalReportState } from '../../../domain/political-reports/vocabulary';

// The political-report API (issue 8): shapes from src/contracts/political-reports.ts.

export type ReportKind = PoliticalReportSummary['kind'];
export type ReportLevel = PoliticalReportLevel;
export type ReportPeriod = PoliticalReportPeriod;
export type ReportState = PoliticalReportState;
export const REPORT_STATES: readonly ReportState[] = ['belum', 'draf', 'terkirim', 'ditinjau', 'dikembalikan', 'diterima'];
export const REPORT_PERIODS: readonly ReportPeriod[] = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'];
export const REPORT_LEVELS: readonly ReportLevel[] = ['kabkota', 'provinsi'];

export type TemplateSection = PoliticalReportTemplate['sections'][number];
export type ReportTemplate = PoliticalReportTemplate;
export type ReportSchedule = PoliticalReportSchedule;
export type ScheduleInput = CreateSchedule;
export type ScheduleUpdate = UpdateSchedule;
export type ReportSummary = PoliticalReportSummary;
export type ReportContent = Pick<PoliticalReportVersion, 'sections' | 'summary'>;
export type ReportComment = PoliticalReportComment;
export type ReportDetail = PoliticalReportDetail;
export type ReportAction = ReportDetail['actions'][number];
export type Rollup = PoliticalReportRollup;
export type StatusBoard = PoliticalReportStatus;
export type NewIncidental = CreateReport;
export type { StatusQuery };

export interface ReportFilters {
  regionCode?: string;
  state?: string;
  kind?: string;
  period?: string;
  late?: 'true';
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
    getJson<PoliticalReportVersion>(`${report(id)}/versions/${number}`, lang, undefined, signal),
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
  updateSchedule: (lang: Language, id: number, input: ScheduleUpdate) =>
    sendJson<ReportSchedule>('PATCH', `/political-report-schedules/${id}`, lang, input),
};
