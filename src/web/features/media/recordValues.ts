import { timeZoneOfRegion } from '../../shell/zonedTime';
import type { ReportDraft } from '../incidents/reportDraft';
import type { MeetingDraft } from '../meetings/draft';
import { toLocalInput } from '../meetings/format';
import type { IncidentDraftFromArticle, MeetingDraftFromArticle } from './api';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A news date rarely says the hour: the meeting form opens at the start of the working day, for the desk to correct. */
export const DEFAULT_HOUR = '09:00';

/** The meeting form's starting values from an article's meeting draft (the desk adds organiser, time, venue). */
export function meetingValuesOf(draft: MeetingDraftFromArticle): Partial<MeetingDraft> {
  return {
    kind: draft.kind,
    title: draft.title.slice(0, 300),
    regionCodes: draft.regionCodes,
    startsLocal: draft.date && DATE.test(draft.date) ? `${draft.date}T${DEFAULT_HOUR}` : '',
    legalBasis: draft.legalBasis,
    // The lead paragraph and the source line: where the meeting record came from.
    summary: draft.summary,
  };
}

/** The incident form's starting values from an article's incident draft; what it lacks keeps the form's default. */
export function incidentValuesOf(draft: IncidentDraftFromArticle): Partial<ReportDraft> {
  // The instant is shown as the wall clock of the region it happened in (the form's own zone).
  const zone = draft.regionCode ? timeZoneOfRegion(draft.regionCode) : 'WIB';
  const occurredAt = draft.occurredAt ? toLocalInput(draft.occurredAt, zone) : '';
  return {
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.regionCode ? { regionCode: draft.regionCode } : {}),
    ...(occurredAt ? { occurredAt } : {}),
    description: draft.description,
  };
}
