import { apiUrl, getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';
import type { CreateSitrepInput, PutSitrepScheduleInput, SitrepScheduleView, SitrepView } from '../../../contracts/sitrep';

// The situation-report API (issue 10): shapes from src/contracts/sitrep.ts.

export type SituationReport = SitrepView;
export type SitrepSchedule = SitrepScheduleView;

export interface SitrepListFilters {
  /** A region code, or "national" for the national reports; none: every report in scope. */
  region?: string;
  from?: string;
  to?: string;
}

export const sitrepApi = {
  list: (lang: Language, filters: SitrepListFilters, signal?: AbortSignal) =>
    getJson<{ items: SituationReport[]; total: number }>('/situation-reports', lang, { ...filters, limit: 50 }, signal),
  create: (lang: Language, input: CreateSitrepInput) =>
    sendJson<{ report: SituationReport }>('POST', '/situation-reports', lang, input),
  schedules: (lang: Language, region: string | undefined, signal?: AbortSignal) =>
    getJson<{ items: SitrepSchedule[] }>('/situation-report-schedules', lang, { region }, signal),
  saveSchedule: (lang: Language, input: PutSitrepScheduleInput) =>
    sendJson<SitrepSchedule | { schedule: SitrepSchedule }>('PUT', '/situation-report-schedules', lang, input),
  fileUrl: (reportId: number, kind: 'pdf' | 'xlsx') => apiUrl(`/situation-reports/${reportId}/report.${kind}`),
};
