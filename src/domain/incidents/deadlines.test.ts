import { describe, expect, it } from 'vitest';
import { addDays, dueInstant, startOfLocalDay } from './deadlines.js';

const at = (iso: string) => new Date(iso);

describe('addDays and startOfLocalDay', () => {
  it('move across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('midnight in each zone is 7, 8 or 9 hours before midnight UTC', () => {
    expect(startOfLocalDay('2024-10-09', 'WIB').toISOString()).toBe('2024-10-08T17:00:00.000Z');
    expect(startOfLocalDay('2024-10-09', 'WITA').toISOString()).toBe('2024-10-08T16:00:00.000Z');
    expect(startOfLocalDay('2024-10-09', 'WIT').toISOString()).toBe('2024-10-08T15:00:00.000Z');
  });
});

describe('calendar days', () => {
  it('7 days from Tuesday 1 October 10:00 WIB end on Tuesday 8 October at 23:59:59.999 WIB', () => {
    const due = dueInstant(at('2024-10-01T03:00:00Z'), 7, 'calendar_days', 'WIB');
    expect(due).toEqual({ lastDay: '2024-10-08', at: at('2024-10-08T16:59:59.999Z'), holidaysUnknown: false });
  });

  it('count from the local day: 23:30 WIB on the 1st is already 00:30 WITA on the 2nd', () => {
    const instant = at('2024-10-01T16:30:00Z');
    expect(dueInstant(instant, 7, 'calendar_days', 'WIB').lastDay).toBe('2024-10-08');
    expect(dueInstant(instant, 7, 'calendar_days', 'WITA')).toEqual({ lastDay: '2024-10-09', at: at('2024-10-09T15:59:59.999Z'), holidaysUnknown: false });
  });

  it('do not move past a holiday: Pilkada reporting known 18 December ends on Christmas Day', () => {
    expect(dueInstant(at('2024-12-18T02:00:00Z'), 7, 'calendar_days', 'WITA').lastDay).toBe('2024-12-25');
  });
});

describe('working days', () => {
  it('known on Friday 20 December 2024, 10:00 WIT (Jayapura), before Christmas, cuti bersama and New Year: due Friday 3 January 23:59:59.999 WIT', () => {
    // Mon 23 (1), Tue 24 (2), Wed 25 Natal, Thu 26 cuti bersama, Fri 27 (3), Mon 30 (4), Tue 31 (5), Wed 1 Jan holiday, Thu 2 (6), Fri 3 (7).
    const due = dueInstant(at('2024-12-20T01:00:00Z'), 7, 'working_days', 'WIT');
    expect(due).toEqual({ lastDay: '2025-01-03', at: at('2025-01-03T14:59:59.999Z'), holidaysUnknown: false });
  });

  it('the same instant in Jakarta ends at the same local day, two hours later in UTC', () => {
    expect(dueInstant(at('2024-12-20T01:00:00Z'), 7, 'working_days', 'WIB').at).toEqual(at('2025-01-03T16:59:59.999Z'));
  });

  it('late Thursday evening in Jakarta is already Friday in Jayapura: the count starts a working day later there', () => {
    const instant = at('2024-12-19T15:30:00Z'); // Thu 22:30 WIB = Fri 00:30 WIT
    // WIB: Fri 20 (1), Mon 23 (2), Tue 24 (3), Fri 27 (4), Mon 30 (5), Tue 31 (6), Thu 2 Jan (7).
    expect(dueInstant(instant, 7, 'working_days', 'WIB').lastDay).toBe('2025-01-02');
    expect(dueInstant(instant, 7, 'working_days', 'WIT').lastDay).toBe('2025-01-03');
  });

  it('jump the whole Nyepi and Idul Fitri break of 2025 (28 March to 7 April)', () => {
    // Known Thu 27 March: Tue 8 (1), Wed 9 (2), Thu 10 (3), Fri 11 (4), Mon 14 (5), Tue 15 (6), Wed 16 (7).
    expect(dueInstant(at('2025-03-27T02:00:00Z'), 7, 'working_days', 'WIB').lastDay).toBe('2025-04-16');
  });

  it('skip the Pilkada voting day, a national holiday', () => {
    expect(dueInstant(at('2024-11-26T02:00:00Z'), 1, 'working_days', 'WITA').lastDay).toBe('2024-11-28');
  });

  it('say when they ran past the holiday table (2027: only weekends skipped)', () => {
    // Mon 28 Dec 2026: Tue 29 (1), Wed 30 (2), Thu 31 (3), Fri 1 Jan 2027 (4, unknown), Mon 4 (5).
    expect(dueInstant(at('2026-12-28T02:00:00Z'), 5, 'working_days', 'WIB')).toMatchObject({ lastDay: '2027-01-04', holidaysUnknown: true });
    expect(dueInstant(at('2026-12-21T02:00:00Z'), 3, 'working_days', 'WIB')).toMatchObject({ lastDay: '2026-12-28', holidaysUnknown: false });
  });
});

describe('hours', () => {
  it('1×24 jam is 24 hours to the millisecond, whatever the zone', () => {
    expect(dueInstant(at('2024-11-27T13:00:00Z'), 24, 'hours', 'WIT')).toEqual({ lastDay: '2024-11-28', at: at('2024-11-28T13:00:00Z'), holidaysUnknown: false });
    expect(dueInstant(at('2024-11-27T16:30:00Z'), 24, 'hours', 'WIB').lastDay).toBe('2024-11-28');
    expect(dueInstant(at('2024-11-27T16:30:00Z'), 24, 'hours', 'WITA').lastDay).toBe('2024-11-29');
  });
});
