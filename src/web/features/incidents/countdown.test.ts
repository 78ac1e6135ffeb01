import { describe, expect, it } from 'vitest';
import { countdown, countdownLabel, nearestDeadline } from './countdown';

// Worked by hand. Bali is WITA (UTC+8): 23:59:59.999 WITA on 2024-12-02 is 15:59:59.999Z.
const DUE_MON_WITA = '2024-12-02T15:59:59.999Z';

describe('countdown', () => {
  it('counts whole days and hours left to a calendar-day clock', () => {
    // 2024-11-28 10:00 WITA (02:00Z) → 2024-12-02 23:59:59 WITA: 4 d 13 h 59 m, shown as 4 d 13 h.
    expect(countdown(DUE_MON_WITA, '2024-12-02', new Date('2024-11-28T02:00:00Z'), 'WITA', false))
      .toEqual({ kind: 'left', days: 4, hours: 13, workingDays: null });
  });

  it('counts working days from today through the due day, skipping the weekend', () => {
    // Thu 28 Nov, Fri 29, (Sat 30, Sun 1 skipped), Mon 2 Dec: three working days.
    expect(countdown(DUE_MON_WITA, '2024-12-02', new Date('2024-11-28T02:00:00Z'), 'WITA', true))
      .toEqual({ kind: 'left', days: 4, hours: 13, workingDays: 3 });
  });

  it('takes "today" in the region’s zone, not UTC', () => {
    // 2024-11-29T17:00Z is already Saturday 30 Nov 01:00 WITA (but still Friday in UTC): only Monday is left.
    expect(countdown(DUE_MON_WITA, '2024-12-02', new Date('2024-11-29T17:00:00Z'), 'WITA', true))
      .toMatchObject({ kind: 'left', workingDays: 1 });
  });

  it('skips national holidays: Christmas 2024 and its cuti bersama', () => {
    // Mon 23 Dec → Fri 27 Dec 2024: 25 Dec (Natal) and 26 Dec (cuti bersama) are off; 23, 24, 27 remain.
    expect(countdown('2024-12-27T15:59:59.999Z', '2024-12-27', new Date('2024-12-23T01:00:00Z'), 'WITA', true))
      .toMatchObject({ workingDays: 3 });
  });

  it('is overdue from the first millisecond after the due instant', () => {
    expect(countdown(DUE_MON_WITA, '2024-12-02', new Date('2024-12-02T16:00:00Z'), 'WITA', false)).toEqual({ kind: 'overdue', days: 0, hours: 0 });
    expect(countdown(DUE_MON_WITA, '2024-12-02', new Date('2024-12-04T03:00:00Z'), 'WITA', true)).toEqual({ kind: 'overdue', days: 1, hours: 11 });
  });
});

describe('countdownLabel', () => {
  it.each([
    [{ kind: 'left', days: 4, hours: 13, workingDays: null }, 'incidents.countdown.daysLeft', { days: 4, hours: 13 }],
    [{ kind: 'left', days: 0, hours: 5, workingDays: null }, 'incidents.countdown.hoursLeft', { hours: 5 }],
    [{ kind: 'left', days: 4, hours: 13, workingDays: 3 }, 'incidents.countdown.workingDaysLeft', { workingDays: 3, days: 4, hours: 13 }],
    [{ kind: 'overdue', days: 1, hours: 11 }, 'incidents.countdown.overdueDays', { days: 1, hours: 11 }],
    [{ kind: 'overdue', days: 0, hours: 0 }, 'incidents.countdown.overdueHours', { hours: 0 }],
  ] as const)('%o → %s', (value, key, params) => {
    expect(countdownLabel(value)).toEqual({ key, params });
  });
});

describe('nearestDeadline', () => {
  it('picks the counting clock due first and ignores met, stopped and unstarted ones', () => {
    const deadlines = [
      { clock: 'a', state: 'met', dueAt: '2024-11-01T00:00:00Z' },
      { clock: 'b', state: 'running', dueAt: '2024-12-10T00:00:00Z' },
      { clock: 'c', state: 'overdue', dueAt: '2024-11-20T00:00:00Z' },
      { clock: 'd', state: 'not_started', dueAt: null },
      { clock: 'e', state: 'stopped', dueAt: '2024-10-01T00:00:00Z' },
    ] as const;
    expect(nearestDeadline(deadlines)?.clock).toBe('c');
    expect(nearestDeadline(deadlines.filter((deadline) => deadline.clock !== 'c'))?.clock).toBe('b');
    expect(nearestDeadline([deadlines[0], deadlines[3]])).toBeNull();
  });
});
