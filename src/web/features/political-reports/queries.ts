import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { reportsApi, type NewIncidental, type ReportContent, type ReportFilters, type ReviewAction, type ScheduleInput, type ScheduleUpdate, type StatusQuery } from './api';

/** Every cached political-report answer starts with one of these. */
export const REPORT_KEYS = [[PRIVATE, 'political-reports'], [PRIVATE, 'political-report'], [PRIVATE, 'political-report-schedules']] as const;
const [LIST, DETAIL, SCHEDULES] = REPORT_KEYS;
const TEMPLATES = [PRIVATE, 'political-report-templates'] as const;
export const REPORT_PAGE = 50;

export function useReports(filters: ReportFilters, page: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...LIST, lang, filters, page],
    queryFn: ({ signal }) => reportsApi.list(lang, { ...filters, page, pageSize: REPORT_PAGE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useReport(id: number) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...DETAIL, lang, id], queryFn: ({ signal }) => reportsApi.detail(lang, id, signal), enabled: id > 0 });
}

/** An older version's content; a version once written never changes, so it is kept. */
export function useReportVersion(id: number, number: number | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...DETAIL, lang, id, 'version', number],
    queryFn: ({ signal }) => reportsApi.versionContent(lang, id, number ?? 0, signal),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

export function useRollup(id: number, enabled: boolean) {
  const { lang } = useLang();
  return useQuery({ queryKey: [...DETAIL, lang, id, 'rollup'], queryFn: ({ signal }) => reportsApi.rollup(lang, id, signal), enabled });
}

export function useStatusBoard(query: StatusQuery | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...LIST, lang, 'status', query],
    queryFn: ({ signal }) => reportsApi.status(lang, query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useTemplates() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...TEMPLATES, lang], queryFn: ({ signal }) => reportsApi.templates(lang, signal), staleTime: 300_000 });
}

export function useSchedules() {
  const { lang } = useLang();
  return useQuery({ queryKey: [...SCHEDULES, lang], queryFn: ({ signal }) => reportsApi.schedules(lang, signal) });
}

/** A write on one report: lists, the report and its roll-up read again afterwards. */
function useReportMutation<Input, Output>(run: (lang: ReturnType<typeof useLang>['lang'], input: Input) => Promise<Output>) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: Input) => run(lang, input),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: LIST }), client.invalidateQueries({ queryKey: DETAIL })]),
  });
}

export const useSaveDraft = () => useReportMutation((lang, input: { id: number; version: number } & ReportContent) =>
  reportsApi.saveDraft(lang, input.id, { version: input.version, sections: input.sections, summary: input.summary }));
export const useSubmitReport = () => useReportMutation((lang, input: { id: number; version: number }) => reportsApi.submit(lang, input.id, input.version));
export const useReviewReport = () => useReportMutation((lang, input: { id: number; version: number; action: ReviewAction; comment?: string }) =>
  reportsApi.review(lang, input.id, { version: input.version, action: input.action, comment: input.comment }));
export const useCommentReport = () => useReportMutation((lang, input: { id: number; body: string; sectionKey?: string }) =>
  reportsApi.comment(lang, input.id, { body: input.body, sectionKey: input.sectionKey }));
export const usePullRollup = () => useReportMutation((lang, input: { id: number; version: number }) => reportsApi.pullRollup(lang, input.id, input.version));
export const useCreateIncidental = () => useReportMutation((lang, input: NewIncidental) => reportsApi.create(lang, input));

export function useSaveSchedule() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: { id: null; create: ScheduleInput } | { id: number; update: ScheduleUpdate }) =>
      input.id === null ? reportsApi.createSchedule(lang, input.create) : reportsApi.updateSchedule(lang, input.id, input.update),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: SCHEDULES }), client.invalidateQueries({ queryKey: LIST })]),
  });
}
