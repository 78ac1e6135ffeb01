import { describe, expect, it } from 'vitest';
import { canPickRegion, concerns, mapParent, rateLimited, trendBars, votingDayPhase } from './view';

describe('dashboard view helpers', () => {
  it('hears the events of the region shown and of the regions below it', () => {
    expect(concerns('51.06.01', '51')).toBe(true);
    expect(concerns('51', '51')).toBe(true);
    expect(concerns('52.01', '51')).toBe(false);
    // 51.1 is not under 51.10: codes are compared segment by segment.
    expect(concerns('51.10', '51.1')).toBe(false);
    expect(concerns(null, '51')).toBe(false);
    expect(concerns(null, undefined)).toBe(true);
    expect(concerns('94.71', undefined)).toBe(true);
  });

  it('offers a region picker to national and provincial accounts only', () => {
    expect(canPickRegion(null)).toBe(true);
    expect(canPickRegion('51')).toBe(true);
    expect(canPickRegion('51.06')).toBe(false);
  });

  it('scales the trend to its tallest day', () => {
    const bars = trendBars([
      { date: '2024-11-25', count: 2, link: '/a' },
      { date: '2024-11-26', count: 8, link: '/b' },
      { date: '2024-11-27', count: 0, link: '/c' },
    ]);
    expect(bars.map((bar) => bar.height)).toEqual([0.25, 1, 0]);
    expect(bars[1]).toMatchObject({ date: '2024-11-26', count: 8, link: '/b' });
    expect(trendBars([{ date: '2024-11-25', count: 0, link: '/a' }])[0]!.height).toBe(0);
    expect(trendBars([])).toEqual([]);
  });

  it('names where voting day stands', () => {
    expect(votingDayPhase(null)).toBe('none');
    expect(votingDayPhase(12)).toBe('ahead');
    expect(votingDayPhase(0)).toBe('today');
    expect(votingDayPhase(-3)).toBe('past');
  });

  it('draws the province of the region shown, or the provinces for the whole country', () => {
    expect(mapParent('51')).toBe('51');
    expect(mapParent('51.06.01')).toBe('51');
    expect(mapParent(null)).toBeUndefined();
    expect(mapParent(undefined)).toBeUndefined();
  });

  it('refreshes at once, then gathers a burst of events into one refresh per interval', () => {
    let now = 0;
    const timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];
    const clock = {
      now: () => now,
      after: (ms: number, fn: () => void) => {
        const timer = { at: now + ms, fn, cancelled: false };
        timers.push(timer);
        return () => { timer.cancelled = true; };
      },
    };
    const advance = (to: number) => {
      now = to;
      for (const timer of timers.splice(0)) {
        if (timer.cancelled) continue;
        if (timer.at <= now) timer.fn();
        else timers.push(timer);
      }
    };
    let runs = 0;
    const refresh = rateLimited(() => { runs += 1; }, 2000, clock);
    refresh.call();
    expect(runs).toBe(1);
    now = 100; refresh.call();
    now = 900; refresh.call();
    expect(runs).toBe(1);
    advance(1999);
    expect(runs).toBe(1);
    advance(2000);
    expect(runs).toBe(2);
    // Quiet for longer than the interval: the next event refreshes at once again.
    now = 5000; refresh.call();
    expect(runs).toBe(3);
    now = 5500; refresh.call();
    refresh.cancel();
    advance(8000);
    expect(runs).toBe(3);
  });
});
