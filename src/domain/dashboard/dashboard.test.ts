import { describe, expect, it } from 'vitest';
import { addDays, daysUntil, dashboardZone, fillDays, lastLocalDays, localDayStart } from './days.js';
import { followedElection } from './election.js';
import { incidentsLink, listLink, overdueActionItemsLink, politicalStatusLink } from './links.js';
import { previousMonth, worstRegions } from './regions.js';

describe('local days', () => {
  it.each([
    // instant, zone, first and last of the 14 days
    ['2024-11-25T16:30:00Z', 'WITA', '2024-11-13', '2024-11-26'],
    ['2024-11-25T16:30:00Z', 'WIB', '2024-11-12', '2024-11-25'],
    ['2024-11-25T15:00:00Z', 'WIT', '2024-11-13', '2024-11-26'],
    ['2024-03-01T02:00:00Z', 'WIB', '2024-02-17', '2024-03-01'],
  ] as const)('at %s in %s the trend runs %s to %s', (at, zone, first, last) => {
    const days = lastLocalDays(new Date(at), zone);
    expect(days).toHaveLength(14);
    expect([days[0], days.at(-1)]).toEqual([first, last]);
  });

  it('starts a local day at midnight on the wall clock', () => {
    expect(localDayStart('2024-11-26', 'WITA').toISOString()).toBe('2024-11-25T16:00:00.000Z');
    expect(localDayStart('2024-11-26', 'WIB').toISOString()).toBe('2024-11-25T17:00:00.000Z');
    expect(localDayStart('2024-11-26', 'WIT').toISOString()).toBe('2024-11-25T15:00:00.000Z');
  });

  it('counts whole days across months and years, and fills missing days with zero', () => {
    expect(daysUntil('2024-11-26', '2024-11-27')).toBe(1);
    expect(daysUntil('2024-11-27', '2024-11-27')).toBe(0);
    expect(daysUntil('2024-12-31', '2024-11-27')).toBe(-34);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(fillDays(['2024-11-25', '2024-11-26'], new Map([['2024-11-26', 3]]))).toEqual([{ date: '2024-11-25', count: 0 }, { date: '2024-11-26', count: 3 }]);
  });

  it('counts the whole country in WIB and a region in its own zone', () => {
    expect([dashboardZone(null), dashboardZone('51'), dashboardZone('52.01'), dashboardZone('91'), dashboardZone('31.71')]).toEqual(['WIB', 'WITA', 'WITA', 'WIT', 'WIB']);
  });
});

describe('followedElection', () => {
  const elections = [{ id: 'pemilu-2024', votingDate: '2024-02-14' }, { id: 'pilkada-2024', votingDate: '2024-11-27' }];
  it.each([
    ['2024-01-10', 'pemilu-2024'],
    ['2024-02-14', 'pemilu-2024'],
    ['2024-02-15', 'pilkada-2024'],
    ['2024-11-27', 'pilkada-2024'],
    ['2025-03-01', 'pilkada-2024'],
  ])('on %s follows %s', (today, id) => {
    expect(followedElection(elections, today)?.id).toBe(id);
  });
  it('follows none without elections', () => expect(followedElection([], '2024-01-01')).toBeNull());
});

describe('links', () => {
  it('writes the list pages’ own filters in a fixed order and leaves out empty ones', () => {
    expect(incidentsLink('51', { status: 'open', category: 'politik_uang' })).toBe('/incidents?status=open&category=politik_uang&region=51');
    expect(incidentsLink(null, { from: '2024-11-26', to: '2024-11-26' })).toBe('/incidents?from=2024-11-26&to=2024-11-26');
    expect(overdueActionItemsLink(null)).toBe('/action-items?mine=region&overdue=true');
    expect(politicalStatusLink('51.06', '2024-10', 'kabkota')).toBe('/laporan-politik/status?period=2024-10&level=kabkota&region=51.06');
    expect(listLink('/media')).toBe('/media');
  });
});

describe('worstRegions', () => {
  const row = (code: string, vulnerabilityScore: number | null, readinessPercent: number | null) => ({ code, name: code, vulnerabilityScore, readinessPercent });
  it('puts the most vulnerable first, then the least ready, and leaves out regions with neither figure', () => {
    const rows = [row('51.01', 40, 90), row('51.02', 70, 80), row('51.03', null, 20), row('51.04', 40, 50), row('51.05', null, null)];
    expect(worstRegions(rows).map((r) => r.code)).toEqual(['51.02', '51.04', '51.01', '51.03']);
    expect(worstRegions(rows, 2)).toHaveLength(2);
  });
  it.each([['2024-11-26', '2024-10'], ['2025-01-05', '2024-12']])('on %s the month owed is %s', (today, month) => expect(previousMonth(today)).toBe(month));
});
