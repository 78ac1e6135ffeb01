import { describe, expect, it } from 'vitest';
import type { EvidenceItem as Evidence } from './api';
import { segmentsOf, supports } from './highlight';

const TEXT = 'Rakor di Kabupaten Gianyar, Selasa (8/10/2024).';
const region: Evidence = { field: 'regions', value: 'Kabupaten Gianyar', start: 9, end: 26 };
const date: Evidence = { field: 'event_date', value: '2024-10-08', start: 28, end: 46 };

describe('segmentsOf', () => {
  it('cuts the text at evidence boundaries and keeps every character once', () => {
    const segments = segmentsOf(TEXT, [date, region]);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.filter((segment) => segment.evidence.length > 0).map((segment) => segment.text)).toEqual(['Kabupaten Gianyar', 'Selasa (8/10/2024)']);
  });

  it('splits overlapping evidence so each run lists all that covers it', () => {
    const word: Evidence = { field: 'regions', value: 'Gianyar', start: 19, end: 26 };
    const segments = segmentsOf(TEXT, [region, word]);
    const gianyar = segments.find((segment) => segment.text === 'Gianyar');
    expect(gianyar?.evidence).toHaveLength(2);
    expect(segments.find((segment) => segment.text === 'Kabupaten ')?.evidence).toEqual([region]);
  });

  it('ignores offsets outside the text or reversed', () => {
    const segments = segmentsOf(TEXT, [{ ...region, end: 999 }, { ...date, start: 40, end: 30 }]);
    expect(segments).toEqual([{ start: 0, end: TEXT.length, text: TEXT, evidence: [] }]);
  });
});

describe('supports', () => {
  it('matches the same field when either printed value contains the other, ignoring case', () => {
    expect(supports(region, { field: 'regions', values: ['51.04', 'Gianyar'] })).toBe(true);
    expect(supports(region, { field: 'regions', values: ['kabupaten gianyar'] })).toBe(true);
    expect(supports(region, { field: 'regions', values: ['Bangli'] })).toBe(false);
    expect(supports(region, { field: 'agencies', values: ['Gianyar'] })).toBe(false);
    expect(supports(region, null)).toBe(false);
  });

  it('never matches an empty value', () => {
    expect(supports(region, { field: 'regions', values: [''] })).toBe(false);
  });
});
