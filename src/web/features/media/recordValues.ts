import type { ReportDraft } from '../incidents/reportDraft';
import type { MeetingDraft } from '../meetings/draft';
import type { IncidentDraftFromArticle, MeetingDraftFromArticle } from './api';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A news date rarely says the hour: the form opens at the start of the working day, for the desk to correct. */
export const DEFAULT_HOUR = '09:00';

/** A date (or a local date and time) as a datetime-local input's value; '' when there is none. */
export function localInputOf(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE.test(value)) return `${value}T${DEFAULT_HOUR}`;
  return LOCAL.test(value) ? value.slice(0, 16) : '';
}

/** The meeting form's starting values from an article's meeting draft. */
export function meetingValuesOf(draft: MeetingDraftFromArticle & { legalBasis?: string[]; regulations?: string[] }): Partial<MeetingDraft> {
  const sourceLine = draft.sourceUrl ? `\n\n${draft.sourceUrl}` : '';
  return {
    kind: 'rakor',
    title: draft.title.slice(0, 300),
    regionCodes: draft.regionCodes,
    startsLocal: localInputOf(draft.date),
    legalBasis: draft.legalBasis ?? draft.regulations ?? [],
    summary: `${draft.summary ?? ''}${sourceLine}`.trim(),
  };
}

/** The incident form's starting values from an article's incident draft. */
export function incidentValuesOf(draft: IncidentDraftFromArticle): Partial<ReportDraft> {
  return {
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.regionCode ? { regionCode: draft.regionCode } : {}),
    ...(draft.occurredAt ? { occurredAt: localInputOf(draft.occurredAt) } : {}),
    description: draft.description,
  };
}
