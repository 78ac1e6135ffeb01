import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './publicLink';
import { toLocalInput, zoneLabel } from './zone';

describe('pact campaign times', () => {
  it('names the zone of the IANA name the server sends, else of the region', () => {
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
    expect(zoneLabel('Europe/Paris', '51.06')).toBe('WITA');
    expect(zoneLabel('', '91')).toBe('WIT');
  });

  it('shows a UTC deadline as the region wall clock a datetime-local input takes', () => {
    // 30 Sep 2024 23.59 WITA is 15.59 UTC; in WIT it is already 1 October 00.59.
    expect(toLocalInput('2024-09-30T15:59:00Z', 'WITA')).toBe('2024-09-30T23:59');
    expect(toLocalInput('2024-09-30T15:59:00Z', 'WIT')).toBe('2024-10-01T00:59');
    expect(toLocalInput('not a date', 'WIB')).toBe('');
  });
});

describe('the public link token', () => {
  it('comes from the t= part of the fragment only', () => {
    expect(tokenFromHash('#t=abc123')).toBe('abc123');
    expect(tokenFromHash('#x=1&t=abc')).toBe('abc');
    expect(tokenFromHash('')).toBe('');
    expect(tokenFromHash('#token=abc')).toBe('');
  });
});
