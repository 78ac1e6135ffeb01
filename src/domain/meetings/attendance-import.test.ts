import { describe, expect, it } from 'vitest';
import { mapAttendanceColumns, unitIdOf, validateAttendanceRows, type InvitationRef } from './attendance-import.js';
import { arrivalFits, localClock, parseArrival, parsePresence, spreadsheetDay } from './attendance-values.js';

/** A meeting in Denpasar, 30 July 2024 09:00–13:00 WITA. */
const bali = { startsAt: '2024-07-30T01:00:00.000Z', endsAt: '2024-07-30T05:00:00.000Z', timeZone: 'WITA' as const };

describe('parsePresence', () => {
  it.each([
    ['ya', true], ['Y', true], ['yes', true], ['Hadir', true], ['1', true], ['✓', true], ['✔', true], ['√', true], ['TRUE', true],
    ['tidak', false], ['Tidak Hadir', false], ['n', false], ['No', false], ['0', false], ['izin', false], ['-', false], ['false', false],
    ['', null], ['   ', null],
    ['mungkin', 'invalid'], ['2', 'invalid'], ['yess', 'invalid'], ['x', 'invalid'],
  ])('%j → %s', (text, expected) => {
    expect(parsePresence(text)).toBe(expected);
  });
});

describe('parseArrival', () => {
  it.each([
    ['09:30', '2024-07-30T01:30:00.000Z'],
    ['9.30', '2024-07-30T01:30:00.000Z'],
    ['08:55:30', '2024-07-30T00:55:30.000Z'],
    ['09:30 WIB', '2024-07-30T02:30:00.000Z'],
    ['09:30 wit', '2024-07-30T00:30:00.000Z'],
    ['00:30', '2024-07-29T16:30:00.000Z'],
    ['2024-07-30 10:15', '2024-07-30T02:15:00.000Z'],
    ['2024-07-30T10:15:00+08:00', '2024-07-30T02:15:00.000Z'],
    ['2024-07-30T02:15:00Z', '2024-07-30T02:15:00.000Z'],
    ['2024-07-30T02:15:00.000Z', '2024-07-30T02:15:00.000Z'],
    ['30/07/2024 10.15', '2024-07-30T02:15:00.000Z'],
    ['30-07-2024 10:15 WIB', '2024-07-30T03:15:00.000Z'],
  ])('%j → %s', (text, iso) => {
    expect((parseArrival(text, bali) as Date).toISOString()).toBe(iso);
  });

  it.each(['24:00', '09:60', 'jam sembilan', '0930', '2024-02-30 09:00', '31/04/2024 09:00', '09:30 PST', '9', '2024-07-30'])('%j is not a time', (text) => {
    expect(parseArrival(text, bali)).toBe('invalid');
  });

  it('reads a blank cell as no time', () => {
    expect(parseArrival('  ', bali)).toBeNull();
  });

  it('takes the meeting’s own day in its zone, even when UTC is still on the day before', () => {
    const early = { startsAt: '2024-07-29T23:30:00.000Z', timeZone: 'WIT' as const }; // 08:30 WIT on 30 July
    expect((parseArrival('08:15', early) as Date).toISOString()).toBe('2024-07-29T23:15:00.000Z');
  });

  it('accepts arrivals from 12 hours before the start to a day after the end', () => {
    expect(arrivalFits(new Date('2024-07-29T13:00:00Z'), bali)).toBe(true);
    expect(arrivalFits(new Date('2024-07-29T12:59:59Z'), bali)).toBe(false);
    expect(arrivalFits(new Date('2024-07-31T05:00:00Z'), bali)).toBe(true);
    expect(arrivalFits(new Date('2024-07-31T05:00:01Z'), bali)).toBe(false);
  });

  it('shows clocks and days in the zone', () => {
    expect(localClock(new Date('2024-07-30T00:55:00Z'), 'WITA')).toBe('08:55');
    expect(spreadsheetDay(new Date('2024-07-29T16:30:00Z'), 'WITA').toISOString()).toBe('2024-07-30T00:00:00.000Z');
  });
});

describe('mapAttendanceColumns', () => {
  it('understands both languages and the export’s own headers', () => {
    expect(mapAttendanceColumns(['Unit', 'Instansi', 'Nama', 'Jabatan', 'RSVP', 'Hadir', 'Jam datang (WITA)', 'Diwakili oleh'])).toEqual({ unit: 0, person: 2, present: 5, arrival: 6, representative: 7 });
    expect(mapAttendanceColumns(['Unit', 'Agency', 'Person', 'Position', 'RSVP', 'Present', 'Arrival (WIB)', 'Represented by'])).toEqual({ unit: 0, person: 2, present: 5, arrival: 6, representative: 7 });
    expect(mapAttendanceColumns(['unit_id', 'kehadiran'])).toEqual({ unit: 0, person: null, present: 1, arrival: null, representative: null });
  });

  it('reads unit ids only as positive PostgreSQL integers', () => {
    expect(unitIdOf(' 42 ')).toBe(42);
    expect(unitIdOf('0')).toBeNull();
    expect(unitIdOf('99999999999')).toBeNull();
    expect(unitIdOf('Polda Bali')).toBeNull();
  });
});

describe('validateAttendanceRows', () => {
  const invitation = (over: Partial<InvitationRef> & { id: number }): InvitationRef => ({
    unitId: null, unitName: null, personName: null, personUnitId: null, personUnitName: null, attendedAt: null, representative: null, ...over,
  });
  const invitations = [
    invitation({ id: 1, unitId: 10, unitName: 'Polda Bali' }),
    invitation({ id: 2, unitId: 11, unitName: 'Kejati Bali', attendedAt: '2024-07-30T00:50:00.000Z' }),
    invitation({ id: 3, personName: 'I Made Sudarma', personUnitId: 12, personUnitName: 'Bawaslu Bali' }),
    invitation({ id: 4, unitId: 13, unitName: 'KPU Bali' }),
  ];
  const invitable = [{ id: 20, name: 'DPRD Provinsi Bali' }, { id: 21, name: 'Korem 163' }, { id: 22, name: 'Korem 163' }];
  const columns = { unit: 0, person: 1, present: 2, arrival: 3, representative: 4 };
  const check = (rows: string[][], allowInvite = false) => validateAttendanceRows(rows, columns, { meeting: bali, invitations, invitable, allowInvite });

  it('matches units by name or id and people by name, and works out the arrival', () => {
    const result = check([
      ['polda  BALI', '', 'ya', '08:55', 'Wakapolda'],
      ['11', '', 'hadir', '', ''],
      ['', 'i made sudarma', '', '09:10', ''],
      ['KPU Bali', '', '✓', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.unchanged).toBe(1); // Kejati was already marked at 08:50
    expect(result.changes).toEqual([
      { row: 2, invitationId: 1, unitId: 10, attendedAt: '2024-07-30T00:55:00.000Z', representative: 'Wakapolda' },
      { row: 4, invitationId: 3, unitId: null, attendedAt: '2024-07-30T01:10:00.000Z', representative: null },
      { row: 5, invitationId: 4, unitId: 13, attendedAt: bali.startsAt, representative: null },
    ]);
  });

  it('clears attendance for an absent row and leaves a row that says nothing alone', () => {
    const result = check([['Kejati Bali', '', 'tidak', '', ''], ['Polda Bali', '', '', '', '']]);
    expect(result.changes).toEqual([{ row: 2, invitationId: 2, unitId: 11, attendedAt: null, representative: null }]);
    expect(result.unchanged).toBe(1);
  });

  it('reports every problem with its row and column', () => {
    const result = check([
      ['Polres Antah', '', 'ya', '', ''],
      ['DPRD Provinsi Bali', '', 'ya', '', ''],
      ['Korem 163', '', 'ya', '', ''],
      ['', 'Ketut Lain', 'ya', '', ''],
      ['', '', 'ya', '', ''],
      ['Polda Bali', '', 'mungkin', 'jam 9', ''],
      ['KPU Bali', '', 'ya', '2024-08-15 09:00', ''],
      ['KPU Bali', '', 'tidak', '09:00', ''],
      ['Kejati Bali', '', 'ya', '', 'x'.repeat(201)],
      ['polda bali', '', 'ya', '', ''],
      ['Polda Bali', '', 'ya', '', ''],
    ]);
    expect(result.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [2, 'unit', 'unit_unknown'],
      [3, 'unit', 'not_invited'],
      [4, 'unit', 'ambiguous'],
      [5, 'person', 'person_unknown'],
      [6, 'unit', 'who_missing'],
      [7, 'present', 'present_invalid'],
      [7, 'arrival', 'arrival_invalid'],
      [8, 'arrival', 'arrival_out_of_range'],
      [9, 'arrival', 'arrival_when_absent'],
      [10, 'representative', 'representative_too_long'],
      [12, null, 'duplicate_in_file'],
    ]);
    expect(result.changes.map((c) => c.row)).toEqual([11]);
  });

  it('invites a known unit of the meeting’s scope when allowed', () => {
    const result = check([['DPRD Provinsi Bali', '', 'ya', '10:00', ''], ['20', '', 'ya', '', '']], true);
    expect(result.changes).toEqual([{ row: 2, invitationId: null, unitId: 20, attendedAt: '2024-07-30T02:00:00.000Z', representative: null }]);
    expect(result.errors.map((e) => [e.row, e.problem])).toEqual([[3, 'duplicate_in_file']]);
  });
});
