import { describe, expect, it } from 'vitest';
import { isProvince, mayAuthor, reviewSteps, withinScope, zoneOf } from './access';

const account = (role: 'admin' | 'coordinator' | 'officer' | 'viewer' | 'reporter', scopeRegionCode: string | null) => ({ role, scopeRegionCode });

describe('who may write and review a political report (mirrors the server rules)', () => {
  it.each([
    [null, '51.06', true],
    ['51', '51', true],
    ['51', '51.06', true],
    ['51', '52.01', false],
    ['51.06', '51.061', false],
    ['5', '51', false],
  ])('scope %s contains %s: %s', (scope, code, expected) => {
    expect(withinScope(scope, code)).toBe(expected);
  });

  it.each([
    [account('officer', '51.06'), '51.06', true],
    [account('coordinator', '51'), '51.06', true],
    [account('officer', '51.06'), '51', false],
    [account('viewer', '51.06'), '51.06', false],
    [account('reporter', null), '51.06', false],
    [account('admin', null), '92', true],
  ])('author %j for %s: %s', (user, code, expected) => {
    expect(mayAuthor(user, code)).toBe(expected);
  });

  it('nobody signed in may write', () => {
    expect(mayAuthor(undefined, '51')).toBe(false);
  });
});

describe('what a report state allows', () => {
  it('offers the review steps the server allows, in the order of the flow', () => {
    expect(reviewSteps(['terima', 'comment', 'mulai', 'kembalikan'])).toEqual(['mulai', 'kembalikan', 'terima']);
    expect(reviewSteps(['edit', 'submit', 'comment'])).toEqual([]);
  });

  it('shows times in the zone the server named, else in the zone of the region code', () => {
    expect(zoneOf({ timeZone: 'WITA', regionCode: '51.06' })).toBe('WITA');
    expect(zoneOf({ timeZone: 'Asia/Jayapura', regionCode: '91.01' })).toBe('WIT');
  });

  it('tells a province region from a kabupaten/kota', () => {
    expect(isProvince('51')).toBe(true);
    expect(isProvince('51.06')).toBe(false);
  });
});
