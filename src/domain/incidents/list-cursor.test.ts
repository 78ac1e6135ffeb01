import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor } from './list-cursor.js';

describe('incident list cursor', () => {
  it('round-trips the instant with microseconds and the id', () => {
    const cursor = { occurredAt: '2024-11-27T02:15:30.123456Z', id: 987_654 };
    const text = encodeListCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListCursor(text)).toEqual(cursor);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/='],
    ['no id', Buffer.from('2024-11-27T02:15:30.123456Z~').toString('base64url')],
    ['milliseconds only', Buffer.from('2024-11-27T02:15:30.123Z~5').toString('base64url')],
    ['no such day', Buffer.from('2024-02-30T02:15:30.123456Z~5').toString('base64url')],
    ['id zero', Buffer.from('2024-11-27T02:15:30.123456Z~0').toString('base64url')],
    ['id beyond integer', Buffer.from('2024-11-27T02:15:30.123456Z~2147483648').toString('base64url')],
    ['SQL in it', Buffer.from("2024-11-27T02:15:30.123456Z~5' or 1=1").toString('base64url')],
    ['too long', 'A'.repeat(61)],
  ])('refuses %s', (_name, text) => {
    expect(decodeListCursor(text)).toBeNull();
  });

  it('keeps the largest id an integer column holds', () => {
    const cursor = { occurredAt: '2024-01-01T00:00:00.000000Z', id: 2_147_483_647 };
    expect(decodeListCursor(encodeListCursor(cursor))).toEqual(cursor);
  });
});
