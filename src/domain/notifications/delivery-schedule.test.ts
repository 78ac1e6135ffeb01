import { describe, expect, it } from 'vitest';
import { afterAttempt, retryDelayMs } from './delivery-schedule.js';

const now = new Date('2024-11-20T03:00:00Z');
const minutes = (outcome: ReturnType<typeof afterAttempt>) => (outcome.status === 'pending' ? (outcome.nextAttemptAt.getTime() - now.getTime()) / 60_000 : null);

describe('delivery schedule', () => {
  it.each([
    [1, 1], [2, 5], [3, 30], [4, 120], [5, 360], [9, 360], [0, 1],
  ])('after %i failed attempts waits %i minutes', (attempts, expected) => {
    expect(retryDelayMs(attempts) / 60_000).toBe(expected);
  });

  it('backs off 1, 5, 30 minutes, 2 and 6 hours, then fails at the last attempt', () => {
    const waits = [0, 1, 2, 3, 4].map((previous) => minutes(afterAttempt(previous, 'HTTP 500', now, 6)));
    expect(waits).toEqual([1, 5, 30, 120, 360]);
    expect(afterAttempt(5, 'HTTP 500', now, 6)).toEqual({ status: 'failed', attempts: 6, lastError: 'HTTP 500' });
  });

  it('a success is sent whatever the attempt', () => {
    expect(afterAttempt(5, null, now, 6)).toEqual({ status: 'sent', attempts: 6, deliveredAt: now });
  });

  it('a retried failure (attempts already used up) fails again after one more attempt', () => {
    expect(afterAttempt(6, 'timeout', now, 6).status).toBe('failed');
    expect(afterAttempt(0, 'timeout', now, 1).status).toBe('failed');
  });
});
