import { describe, expect, it } from 'vitest';
import { absoluteExpiry, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionAlive, windowStart } from './session-policy.js';

const t0 = new Date('2024-09-30T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('sessionAlive', () => {
  const fresh = { createdAt: t0, lastSeenAt: t0, expiresAt: absoluteExpiry(t0) };
  it.each([
    ['just created', fresh, at(0), true],
    ['idle one minute short of the limit', fresh, at(SESSION_IDLE_MS - 60_000), true],
    ['idle exactly the limit', fresh, at(SESSION_IDLE_MS), false],
    ['used an hour ago, six days in', { ...fresh, lastSeenAt: at(6 * 86_400_000) }, at(6 * 86_400_000 + 3_600_000), true],
    ['busy but past the absolute end', { ...fresh, lastSeenAt: at(SESSION_ABSOLUTE_MS - 1) }, at(SESSION_ABSOLUTE_MS), false],
  ])('%s: %s', (_label, session, now, alive) => {
    expect(sessionAlive(session, now)).toBe(alive);
  });
});

describe('windowStart', () => {
  it.each([
    ['2024-09-30T02:00:00Z', '2024-09-30T02:00:00.000Z'],
    ['2024-09-30T02:14:59.999Z', '2024-09-30T02:00:00.000Z'],
    ['2024-09-30T02:15:00Z', '2024-09-30T02:15:00.000Z'],
  ])('%s falls in the window starting %s', (now, start) => {
    expect(windowStart(new Date(now), 15 * 60_000).toISOString()).toBe(start);
  });
});
