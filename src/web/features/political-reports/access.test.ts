import { describe, expect, it } from 'vitest';
import { editable, isProvince, mayAuthor, mayReview, reviewSteps, withinScope } from './access';

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

  it.each([
    [account('coordinator', '51'), '51.06', true],
    // A kab/kota account cannot accept its own report, nor a province its own.
    [account('coordinator', '51.06'), '51.06', false],
    [account('coordinator', '51'), '51', false],
    [account('admin', null), '51', true],
    [account('officer', '51'), '51.06', false],
    [account('coordinator', '52'), '51.06', false],
  ])('reviewer %j for %s: %s', (user, code, expected) => {
    expect(mayReview(user, code)).toBe(expected);
  });

  it('nobody signed in may do anything', () => {
    expect(mayAuthor(undefined, '51')).toBe(false);
    expect(mayReview(undefined, '51.06')).toBe(false);
  });
});

describe('what a report state allows', () => {
  it('authors edit only what is not awaiting review or accepted', () => {
    expect(['belum', 'draf', 'dikembalikan'].every((state) => editable(state as 'draf'))).toBe(true);
    expect(['terkirim', 'ditinjau', 'diterima'].some((state) => editable(state as 'draf'))).toBe(false);
  });

  it('offers the review steps of the flow terkirim → ditinjau → dikembalikan | diterima', () => {
    expect(reviewSteps('terkirim')).toEqual(['mulai', 'kembalikan', 'terima']);
    expect(reviewSteps('ditinjau')).toEqual(['kembalikan', 'terima']);
    expect(reviewSteps('dikembalikan')).toEqual([]);
    expect(reviewSteps('diterima')).toEqual([]);
    expect(reviewSteps('draf')).toEqual([]);
  });

  it('tells a province region from a kabupaten/kota', () => {
    expect(isProvince('51')).toBe(true);
    expect(isProvince('51.06')).toBe(false);
  });
});
