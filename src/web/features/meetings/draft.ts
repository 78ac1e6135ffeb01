import { levelOfRegion, type MeetingKind, type MeetingLevel, type MeetingMode } from '../../../domain/meetings/vocabulary';
import { fromLocalInput, timeZoneOfRegion, toLocalInput, type TimeZoneLabel } from './format';
import type { CreateMeeting, Meeting, UpdateMeeting } from './meetingsApi';

/** A meeting as its form holds it: local wall-clock times, nothing normalised yet. */
export interface MeetingDraft {
  kind: MeetingKind | null;
  title: string;
  organiserUnitId: number | null;
  /** null: follow the home region (provinsi, kabupaten/kota, kecamatan). */
  level: MeetingLevel | null;
  regionCodes: string[];
  electionId: string | null;
  stageCode: string | null;
  contestIds: number[];
  startsLocal: string;
  endsLocal: string;
  venue: string;
  mode: MeetingMode;
  legalBasis: string[];
  agenda: string;
  summary: string;
  /** Who signs the minutes: named under the signature blocks. */
  chairName: string;
  chairPosition: string;
  minuteTakerName: string;
  minuteTakerPosition: string;
}

export type DraftField = 'kind' | 'title' | 'organiserUnitId' | 'regionCodes' | 'startsLocal' | 'endsLocal';
export type DraftProblem = 'required' | 'regionRequired' | 'timeInvalid' | 'endBeforeStart';
export type DraftErrors = Partial<Record<DraftField, DraftProblem>>;

export function blankDraft(organiserUnitId: number | null): MeetingDraft {
  return {
    kind: 'rakor', title: '', organiserUnitId, level: null, regionCodes: [], electionId: null, stageCode: null, contestIds: [],
    startsLocal: '', endsLocal: '', venue: '', mode: 'luring', legalBasis: [], agenda: '', summary: '',
    chairName: '', chairPosition: '', minuteTakerName: '', minuteTakerPosition: '',
  };
}

export function draftOf(meeting: Meeting): MeetingDraft {
  return {
    kind: meeting.kind, title: meeting.title, organiserUnitId: meeting.organiser.unitId, level: meeting.level,
    regionCodes: meeting.regions.map((region) => region.code), electionId: meeting.electionId, stageCode: meeting.stageCode,
    contestIds: meeting.contestIds, startsLocal: toLocalInput(meeting.startsAt, meeting.timeZone),
    endsLocal: toLocalInput(meeting.endsAt, meeting.timeZone), venue: meeting.venue ?? '', mode: meeting.mode,
    legalBasis: meeting.legalBasis, agenda: meeting.agenda ?? '', summary: meeting.summary ?? '',
    chairName: meeting.chairName ?? '', chairPosition: meeting.chairPosition ?? '',
    minuteTakerName: meeting.minuteTakerName ?? '', minuteTakerPosition: meeting.minuteTakerPosition ?? '',
  };
}

/** The meeting's zone: its home (first) region's, else the fallback (the account's scope, or WIB). */
export function zoneOf(draft: MeetingDraft, fallback: TimeZoneLabel): TimeZoneLabel {
  const home = draft.regionCodes[0];
  return home ? timeZoneOfRegion(home) : fallback;
}

/** What is missing or wrong, as catalogue keys under meetings.problem. */
export function validate(draft: MeetingDraft, zone: TimeZoneLabel): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.kind) errors.kind = 'required';
  if (!draft.title.trim()) errors.title = 'required';
  if (draft.organiserUnitId === null) errors.organiserUnitId = 'required';
  if (draft.regionCodes.length === 0) errors.regionCodes = 'regionRequired';
  const starts = fromLocalInput(draft.startsLocal, zone);
  if (!draft.startsLocal) errors.startsLocal = 'required';
  else if (!starts) errors.startsLocal = 'timeInvalid';
  if (draft.endsLocal) {
    const ends = fromLocalInput(draft.endsLocal, zone);
    if (!ends) errors.endsLocal = 'timeInvalid';
    else if (starts && Date.parse(ends) < Date.parse(starts)) errors.endsLocal = 'endBeforeStart';
  }
  return errors;
}

/** The signers of the minutes, four plain texts. */
export const SIGNER_FIELDS = ['chairName', 'chairPosition', 'minuteTakerName', 'minuteTakerPosition'] as const;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The API body of a new meeting; call only when validate() found nothing. */
export function toCreate(draft: MeetingDraft, zone: TimeZoneLabel): CreateMeeting {
  return {
    kind: draft.kind ?? 'rakor',
    title: draft.title.trim(),
    organiserUnitId: draft.organiserUnitId ?? 0,
    level: draft.level ?? levelOfRegion(draft.regionCodes[0] ?? null),
    regionCodes: draft.regionCodes,
    electionId: draft.electionId,
    stageCode: draft.electionId ? draft.stageCode : null,
    contestIds: draft.electionId ? draft.contestIds : [],
    startsAt: fromLocalInput(draft.startsLocal, zone) ?? '',
    endsAt: draft.endsLocal ? fromLocalInput(draft.endsLocal, zone) : null,
    venue: orNull(draft.venue),
    mode: draft.mode,
    legalBasis: draft.legalBasis.map((text) => text.trim()).filter(Boolean),
    agenda: orNull(draft.agenda),
    summary: orNull(draft.summary),
    chairName: orNull(draft.chairName),
    chairPosition: orNull(draft.chairPosition),
    minuteTakerName: orNull(draft.minuteTakerName),
    minuteTakerPosition: orNull(draft.minuteTakerPosition),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** Only the fields the person changed, with the version they read: the server names what others changed meanwhile. */
export function changesOf(meeting: Meeting, draft: MeetingDraft, zone: TimeZoneLabel): UpdateMeeting {
  const next = toCreate(draft, zone);
  const changes: UpdateMeeting = { version: meeting.version };
  if (next.kind !== meeting.kind) changes.kind = next.kind;
  if (next.title !== meeting.title) changes.title = next.title;
  if (next.organiserUnitId !== meeting.organiser.unitId) changes.organiserUnitId = next.organiserUnitId;
  if (draft.level !== null && next.level !== meeting.level) changes.level = next.level;
  if (!same(next.regionCodes, meeting.regions.map((region) => region.code))) changes.regionCodes = next.regionCodes;
  if (next.electionId !== meeting.electionId) changes.electionId = next.electionId;
  if (next.stageCode !== meeting.stageCode) changes.stageCode = next.stageCode;
  if (!same([...(next.contestIds ?? [])].sort(), [...meeting.contestIds].sort())) changes.contestIds = next.contestIds;
  if (!sameInstant(next.startsAt, meeting.startsAt)) changes.startsAt = next.startsAt;
  if (!sameInstant(next.endsAt ?? null, meeting.endsAt)) changes.endsAt = next.endsAt;
  if (next.venue !== meeting.venue) changes.venue = next.venue;
  if (next.mode !== meeting.mode) changes.mode = next.mode;
  if (!same(next.legalBasis, meeting.legalBasis)) changes.legalBasis = next.legalBasis;
  if (next.agenda !== meeting.agenda) changes.agenda = next.agenda;
  if (next.summary !== meeting.summary) changes.summary = next.summary;
  for (const field of SIGNER_FIELDS) if (next[field] !== meeting[field]) changes[field] = next[field];
  return changes;
}
