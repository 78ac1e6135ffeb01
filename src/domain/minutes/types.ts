import type { ActionStatus, FindingDomain, MeetingKind, MeetingLevel, MeetingMode, Severity } from '../meetings/vocabulary.js';
import type { TimeZoneLabel } from '../regions/timezones.js';

/**
 * What the minutes print of a meeting: the fields of the meeting page (the API's meeting detail
 * fits this shape as it is), declared here so that the domain depends on nothing else.
 */
export interface MinutesMeeting {
  id: number;
  kind: MeetingKind;
  title: string;
  organiser: { unitId: number; name: string; regionCode: string };
  level: MeetingLevel;
  regions: { code: string; name: string }[];
  startsAt: string;
  endsAt: string | null;
  timeZone: TimeZoneLabel;
  venue: string | null;
  mode: MeetingMode;
  legalBasis: string[];
  agenda: string | null;
  summary: string | null;
  /** Named under the signature blocks; a dotted line is left for a name not recorded. */
  chairName?: string | null;
  chairPosition?: string | null;
  minuteTakerName?: string | null;
  minuteTakerPosition?: string | null;
  invitations: {
    unitId: number | null; unitName: string | null; personId: number | null; personName: string | null;
    attendedAt: string | null; representative: string | null;
  }[];
  speakers: { name: string; title: string | null; points: string[] }[];
  findings: { id: number; problem: string; domain: FindingDomain; regionCode: string | null; severity: Severity }[];
  strategies: { id: number; text: string; findingIds: number[] }[];
  decisions: { text: string }[];
  actionItems: MinutesActionItem[];
  carriedItems: MinutesActionItem[];
  declarations: { title: string; text: string; signatories: { unitId: number | null; name: string; position: string | null; signedAt: string | null }[] }[];
}

export interface MinutesActionItem {
  title: string;
  meetingTitle: string;
  meetingStartsAt: string;
  ownerUnitName: string;
  ownerPersonName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  overdue: boolean;
}

/** Names the meeting detail does not carry: regions of findings, units of signatories, people's positions. */
export interface MinutesLookups {
  regionNames: Readonly<Record<string, string>>;
  unitNames: Readonly<Record<number, string>>;
  people: Readonly<Record<number, { position: string | null; unitName: string | null }>>;
  /** The organiser's region name, for the place above the signatures ("Bangli, 30 Juli 2024"). */
  organiserRegionName: string | null;
}

/** The organiser's kop surat; without one, the organiser's name heads the page. */
export interface MinutesLetterhead {
  lines: string[];
  address: string | null;
  /** The logo as a data URL (PNG or JPEG), or null. */
  logo: string | null;
}

/** Every word the minutes print, in one language (catalogues: src/i18n/minutes.ts). */
export interface MinutesLabels {
  /** BCP 47 tag of the document. */
  language: string;
  title: string;
  footerTitle: string;
  /** "Halaman {page} dari {pages}". */
  page: string;
  facts: Record<'kind' | 'level' | 'regions' | 'date' | 'time' | 'venue' | 'mode' | 'legalBasis' | 'agenda' | 'organiser', string>;
  sections: Record<'summary' | 'attendance' | 'speakers' | 'findings' | 'strategies' | 'decisions' | 'actionItems' | 'carriedItems' | 'declarations', string>;
  columns: Record<
    'no' | 'unit' | 'person' | 'position' | 'present' | 'arrival' | 'problem' | 'domain' | 'severity' | 'region' | 'strategy' | 'answers'
    | 'action' | 'owner' | 'due' | 'status' | 'agreedAt' | 'signature',
    string
  >;
  yes: string;
  no: string;
  none: string;
  representative: string;
  /** "{present} dari {invited} undangan hadir". */
  attendanceSummary: string;
  overdue: string;
  signed: string;
  notSigned: string;
  /** "s.d. selesai": a meeting without a planned end. */
  untilDone: string;
  minuteTaker: string;
  chair: string;
  /** Separator of hours and minutes: "09.00" in Indonesian, "09:00" in English. */
  timeSeparator: string;
  /** January first. */
  months: readonly string[];
  /** Sunday first. */
  weekdays: readonly string[];
  kinds: Record<MeetingKind, string>;
  levels: Record<MeetingLevel, string>;
  modes: Record<MeetingMode, string>;
  domains: Record<FindingDomain, string>;
  severities: Record<Severity, string>;
  statuses: Record<ActionStatus, string>;
}
