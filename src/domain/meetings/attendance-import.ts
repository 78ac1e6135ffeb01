import type { TimeZoneLabel } from '../regions/timezones.js';
import { arrivalFits, parseArrival, parsePresence } from './attendance-values.js';

export type AttendanceColumn = 'unit' | 'person' | 'present' | 'arrival' | 'representative';

/**
 * Column names accepted in an attendance file, in Bahasa Indonesia or English; the attendance export
 * uses some of them, so a downloaded list can be filled in and sent back.
 */
const COLUMN_ALIASES: Record<AttendanceColumn, readonly string[]> = {
  unit: ['unit', 'unit_id', 'id_unit', 'nama_unit', 'unit_name', 'satker', 'satuan_kerja'],
  person: ['person', 'person_name', 'nama', 'name', 'nama_peserta', 'peserta', 'participant', 'orang'],
  present: ['present', 'hadir', 'kehadiran', 'attended', 'attendance', 'presensi', 'absensi'],
  arrival: ['arrival', 'arrived', 'arrival_time', 'arrived_at', 'jam_datang', 'jam_hadir', 'jam_kedatangan', 'waktu_datang', 'waktu_hadir', 'jam', 'waktu', 'time'],
  representative: ['representative', 'represented_by', 'wakil', 'perwakilan', 'diwakili', 'diwakili_oleh'],
};

export type AttendanceProblem =
  | 'who_missing' | 'unit_unknown' | 'not_invited' | 'person_unknown' | 'ambiguous' | 'present_invalid' | 'arrival_invalid'
  | 'arrival_out_of_range' | 'arrival_when_absent' | 'representative_too_long' | 'duplicate_in_file';

export interface AttendanceRowError {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  column: AttendanceColumn | null;
  problem: AttendanceProblem;
  value: string;
}

/** An invitation as the import sees it: who (a unit, or a person and the unit they work for) and the attendance so far. */
export interface InvitationRef {
  id: number;
  unitId: number | null;
  unitName: string | null;
  personName: string | null;
  /** The person's own unit, for person invitations. */
  personUnitId: number | null;
  personUnitName: string | null;
  attendedAt: string | null;
  representative: string | null;
}

/** A known unit of the meeting's scope that the importer may invite. */
export interface UnitRef {
  id: number;
  name: string;
}

/** One invitation to write: an existing one (`invitationId`) or a new one for `unitId`. */
export interface AttendanceChange {
  row: number;
  invitationId: number | null;
  unitId: number | null;
  attendedAt: string | null;
  representative: string | null;
}

export interface AttendanceMeeting {
  startsAt: string;
  endsAt: string | null;
  timeZone: TimeZoneLabel;
}

export const MAX_REPRESENTATIVE = 200;

/** Lower case, single spaces: how names are compared. */
export function normaliseName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A cell that names a unit by its id (a positive PostgreSQL integer), or null. */
export function unitIdOf(text: string): number | null {
  const value = text.trim();
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}

/** Finds which header cell holds each column; null when a column is missing. "Jam datang (WITA)" counts as "jam datang". */
export function mapAttendanceColumns(header: readonly string[]): Record<AttendanceColumn, number | null> {
  const normalised = header.map((cell) => cell.replace(/\(.*?\)/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/[.:]+$/, ''));
  const find = (aliases: readonly string[]) => {
    const index = normalised.findIndex((cell) => aliases.includes(cell));
    return index === -1 ? null : index;
  };
  return {
    unit: find(COLUMN_ALIASES.unit), person: find(COLUMN_ALIASES.person), present: find(COLUMN_ALIASES.present),
    arrival: find(COLUMN_ALIASES.arrival), representative: find(COLUMN_ALIASES.representative),
  };
}

type Match = { invitation: InvitationRef } | { unit: UnitRef } | { problem: AttendanceProblem; column: AttendanceColumn };

/**
 * Which invitation a row names: a person by name (within the named unit, when one is given), or a
 * unit by id or name. A known unit of the meeting's scope that was not invited is matched only when
 * the importer allows inviting it.
 */
function matchRow(unitText: string, personText: string, invitations: readonly InvitationRef[], invitable: readonly UnitRef[], allowInvite: boolean): Match {
  const unitId = unitIdOf(unitText);
  const unitName = normaliseName(unitText);
  const unitMatches = (id: number | null, name: string | null) => (unitId !== null ? id === unitId : name !== null && normaliseName(name) === unitName);
  if (personText !== '') {
    const person = normaliseName(personText);
    const found = invitations.filter((i) => i.personName !== null && normaliseName(i.personName) === person
      && (unitText === '' || unitMatches(i.personUnitId, i.personUnitName) || unitMatches(i.unitId, i.unitName)));
    if (found.length === 1) return { invitation: found[0]! };
    return { problem: found.length === 0 ? 'person_unknown' : 'ambiguous', column: 'person' };
  }
  const invited = invitations.filter((i) => i.personName === null && unitMatches(i.unitId, i.unitName));
  if (invited.length === 1) return { invitation: invited[0]! };
  if (invited.length > 1) return { problem: 'ambiguous', column: 'unit' };
  const known = invitable.filter((u) => unitMatches(u.id, u.name));
  if (known.length === 0) return { problem: 'unit_unknown', column: 'unit' };
  if (known.length > 1) return { problem: 'ambiguous', column: 'unit' };
  return allowInvite ? { unit: known[0]! } : { problem: 'not_invited', column: 'unit' };
}

/**
 * Checks every data row of an attendance file against the meeting's invitations and reports every
 * problem with its row and column. A row says who (unit or person), whether they came and when;
 * a blank "present" with an arrival time means present, and with nothing at all changes nothing.
 * Someone present without an arrival time keeps the time already taken, or gets the meeting's start.
 */
export function validateAttendanceRows(
  rows: readonly (readonly string[])[],
  columns: Record<AttendanceColumn, number | null>,
  context: { meeting: AttendanceMeeting; invitations: readonly InvitationRef[]; invitable: readonly UnitRef[]; allowInvite: boolean },
): { changes: AttendanceChange[]; errors: AttendanceRowError[]; unchanged: number } {
  const changes: AttendanceChange[] = [];
  const errors: AttendanceRowError[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  const cell = (cells: readonly string[], column: AttendanceColumn) => {
    const index = columns[column];
    return index === null ? '' : (cells[index] ?? '').trim();
  };
  rows.forEach((cells, index) => {
    const row = index + 2;
    const [unitText, personText, presentText, arrivalText, representativeText] = (['unit', 'person', 'present', 'arrival', 'representative'] as const).map((c) => cell(cells, c)) as [string, string, string, string, string];
    if (!unitText && !personText && !presentText && !arrivalText && !representativeText) return;
    const before = errors.length;
    const fail = (column: AttendanceColumn | null, problem: AttendanceProblem, value: string) => errors.push({ row, column, problem, value: value.slice(0, 100) });

    const match: Match = !unitText && !personText ? { problem: 'who_missing', column: 'unit' } : matchRow(unitText, personText, context.invitations, context.invitable, context.allowInvite);
    if ('problem' in match) fail(match.column, match.problem, match.column === 'person' ? personText : unitText);
    const present = parsePresence(presentText);
    if (present === 'invalid') fail('present', 'present_invalid', presentText);
    const arrival = parseArrival(arrivalText, context.meeting);
    if (arrival === 'invalid') fail('arrival', 'arrival_invalid', arrivalText);
    else if (arrival !== null && !arrivalFits(arrival, context.meeting)) fail('arrival', 'arrival_out_of_range', arrivalText);
    else if (arrival !== null && present === false) fail('arrival', 'arrival_when_absent', arrivalText);
    if (representativeText.length > MAX_REPRESENTATIVE) fail('representative', 'representative_too_long', representativeText);
    if (errors.length > before || 'problem' in match) return;

    const key = 'invitation' in match ? `i${match.invitation.id}` : `u${match.unit.id}`;
    if (seen.has(key)) {
      fail(null, 'duplicate_in_file', personText || unitText);
      return;
    }
    seen.set(key, row);
    const existing = 'invitation' in match ? match.invitation : null;
    const stored = existing?.attendedAt ?? null;
    const attends = present ?? (arrival !== null ? true : null);
    const attendedAt = attends === null ? stored
      : attends === false ? null
      : arrival instanceof Date ? arrival.toISOString()
      : stored ?? new Date(context.meeting.startsAt).toISOString();
    const representative = representativeText === '' ? (existing?.representative ?? null) : representativeText.replace(/\s+/g, ' ');
    const sameTime = (stored === null ? null : Date.parse(stored)) === (attendedAt === null ? null : Date.parse(attendedAt));
    if (existing && sameTime && representative === existing.representative) {
      unchanged += 1;
      return;
    }
    changes.push({ row, invitationId: existing?.id ?? null, unitId: existing ? existing.unitId : (match as { unit: UnitRef }).unit.id, attendedAt, representative });
  });
  return { changes, errors, unchanged };
}
