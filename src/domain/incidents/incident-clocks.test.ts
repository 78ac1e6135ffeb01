import { describe, expect, it } from 'vitest';
import { incidentDeadlines, type IncidentTimeline } from './incident-clocks.js';
import { CLOCKS } from './regime.js';

const at = (iso: string) => new Date(iso);

/** Money politics in Jayapura (WIT) under the Pemilu regime, known Friday 20 December 2024 at 10:00 WIT. */
const base: IncidentTimeline = {
  regime: 'pemilu', category: 'politik_uang', knownAt: at('2024-12-20T01:00:00Z'), zone: 'WIT', referrals: [], followedUpAt: null, setAsideAt: null,
};

const byClock = (timeline: IncidentTimeline, now: string) => Object.fromEntries(incidentDeadlines(timeline, at(now)).map((d) => [d.clock, d]));

describe('the regime table', () => {
  it('keeps DOMAIN.md §5’s windows and day kinds', () => {
    const rule = (code: string, regime: 'pemilu' | 'pilkada') => {
      const r = CLOCKS.find((c) => c.code === code)?.rules[regime];
      return r ? `${r.amount} ${r.unit}` : null;
    };
    expect(rule('pelaporan', 'pemilu')).toBe('7 working_days');
    expect(rule('pelaporan', 'pilkada')).toBe('7 calendar_days');
    expect(rule('temuan', 'pilkada')).toBeNull();
    expect(rule('kajian_bawaslu', 'pemilu')).toBe('7 calendar_days');
    expect(rule('kajian_bawaslu', 'pilkada')).toBe('3 calendar_days');
    expect(rule('kajian_tambahan', 'pemilu')).toBe('14 working_days');
    expect(rule('penerusan_penyidik', 'pemilu')).toBe('24 hours');
    expect(rule('penyidikan', 'pemilu')).toBe('14 calendar_days');
    expect(rule('penyidikan', 'pilkada')).toBe('14 working_days');
    expect(rule('putusan_mk', 'pilkada')).toBe('45 working_days');
    for (const clock of CLOCKS) expect(Object.keys(clock.rules).length, clock.code).toBeGreaterThan(0);
  });
});

describe('incident deadlines', () => {
  it('a fresh Pemilu money-politics report: the reporting window runs (7 working days, to Friday 3 January 23:59 WIT); the others wait for a referral', () => {
    const clocks = byClock(base, '2024-12-27T00:00:00Z');
    expect(Object.keys(clocks)).toEqual(['pelaporan', 'kajian_bawaslu', 'penyidikan']);
    expect(clocks.pelaporan).toMatchObject({
      state: 'running', overdue: false, startedAt: base.knownAt, dueDate: '2025-01-03', dueAt: at('2025-01-03T14:59:59.999Z'), basis: 'UU 7/2017 ps. 454 ayat (6)',
    });
    expect(clocks.kajian_bawaslu).toMatchObject({ state: 'not_started', startedAt: null, dueAt: null });
    expect(clocks.penyidikan).toMatchObject({ state: 'not_started' });
  });

  it('past its last day the reporting window is overdue (a millisecond after 23:59:59.999 WIT)', () => {
    expect(byClock(base, '2025-01-03T14:59:59.999Z').pelaporan).toMatchObject({ state: 'running', overdue: false });
    expect(byClock(base, '2025-01-03T15:00:00.000Z').pelaporan).toMatchObject({ state: 'overdue', overdue: true });
  });

  it('a referral to Bawaslu meets the reporting window and starts Bawaslu’s 7 days; the investigation waits for Gakkumdu or Polri', () => {
    const referred = { ...base, referrals: [{ at: at('2024-12-23T02:00:00Z'), agencyCode: 'BAWASLU' }] }; // Mon 23 Dec 11:00 WIT
    const clocks = byClock(referred, '2024-12-31T00:00:00Z');
    expect(clocks.pelaporan).toMatchObject({ state: 'met', metAt: at('2024-12-23T02:00:00Z') });
    // Calendar days from Monday 23: the 30th is day 7, Christmas counted.
    expect(clocks.kajian_bawaslu).toMatchObject({ state: 'overdue', dueDate: '2024-12-30', dueAt: at('2024-12-30T14:59:59.999Z') });
    expect(clocks.penyidikan).toMatchObject({ state: 'not_started' });
  });

  it('a follow-up after the deadline is met late; a later referral to Gakkumdu starts the investigation clock', () => {
    const timeline: IncidentTimeline = {
      ...base,
      referrals: [{ at: at('2024-12-23T02:00:00Z'), agencyCode: 'BAWASLU' }, { at: at('2024-12-24T02:00:00Z'), agencyCode: 'GAKKUMDU' }],
      followedUpAt: at('2024-12-31T00:00:00Z'),
    };
    const clocks = byClock(timeline, '2025-01-02T00:00:00Z');
    expect(clocks.kajian_bawaslu).toMatchObject({ state: 'met_late', overdue: false });
    // Pemilu investigation: 14 calendar days from Tue 24 Dec → Tue 7 Jan; the follow-up on 31 Dec meets it.
    expect(clocks.penyidikan).toMatchObject({ state: 'met', startedAt: at('2024-12-24T02:00:00Z'), dueDate: '2025-01-07' });
  });

  it('under Pilkada the same report counts calendar days: known Friday 20 Dec, due Friday 27 Dec', () => {
    const clocks = byClock({ ...base, regime: 'pilkada' }, '2024-12-27T00:00:00Z');
    expect(clocks.pelaporan).toMatchObject({ state: 'running', dueDate: '2024-12-27', basis: 'UU 1/2015 ps. 134 ayat (4)' });
  });

  it('a rejected or duplicate report stops the clocks it had not met', () => {
    const clocks = byClock({ ...base, setAsideAt: at('2024-12-21T00:00:00Z') }, '2025-02-01T00:00:00Z');
    expect(clocks.pelaporan).toMatchObject({ state: 'stopped', overdue: false });
  });

  it('has no clocks for threats that are not election violations, nor for unknown categories', () => {
    expect(incidentDeadlines({ ...base, category: 'bencana' }, at('2025-01-01T00:00:00Z'))).toEqual([]);
    expect(incidentDeadlines({ ...base, category: 'tidak_ada' }, at('2025-01-01T00:00:00Z'))).toEqual([]);
  });
});
