import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MINUTES, nextPollAt } from './feed-poll.js';

const now = new Date('2024-11-20T02:00:00Z');
const minutesAfter = (at: Date) => (at.getTime() - now.getTime()) / 60_000;

describe('nextPollAt', () => {
  it.each([
    ['a good poll waits the interval', 30, 'ok', { failed: false, waitedMinutes: 30 }, 30],
    ['an unchanged feed waits the interval', 30, 'not_modified', { failed: true, waitedMinutes: 240 }, 30],
    ['a first failure waits the interval', 30, 'unreachable', { failed: false, waitedMinutes: 30 }, 30],
    ['a second failure waits twice as long', 30, 'timeout', { failed: true, waitedMinutes: 30 }, 60],
    ['a third failure four times', 30, 'http_error', { failed: true, waitedMinutes: 60 }, 120],
    ['never more than a day', 600, 'not_feed', { failed: true, waitedMinutes: 1000 }, MAX_BACKOFF_MINUTES],
    ['a failure after the interval was shortened never waits less than it', 60, 'too_large', { failed: true, waitedMinutes: 10 }, 60],
    ['a failure without a known wait', 15, 'unreachable', { failed: true, waitedMinutes: null }, 15],
  ] as const)('%s', (_, pollMinutes, status, previous, expected) => {
    expect(minutesAfter(nextPollAt(now, pollMinutes, status, previous))).toBe(expected);
  });
});
