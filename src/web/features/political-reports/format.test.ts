import { describe, expect, it } from 'vitest';
import { localTime, periodLabel, previousMonth } from './format';
import { contentKeys, sectionTitle } from './sectionTitle';

describe('political report dates', () => {
  it('names a whole calendar month by its month, other periods by their days', () => {
    expect(periodLabel('id-ID', '2024-10-01', '2024-10-31')).toBe('Oktober 2024');
    expect(periodLabel('en-GB', '2024-02-01', '2024-02-29')).toBe('February 2024');
    expect(periodLabel('id-ID', '2024-07-01', '2024-09-30')).toMatch(/^1 Jul 2024 – 30 Sep 2024$/);
    expect(periodLabel('id-ID', null, null)).toBe('');
  });

  it('shows a due time in the region zone: 23:59 WITA is 15:59 UTC', () => {
    expect(localTime('id-ID', '2024-11-10T15:59:00Z', 'WITA')).toMatch(/10 Nov 2024,? 23\.59 WITA$/);
    expect(localTime('id-ID', '2024-11-10T14:59:00Z', 'WIT')).toMatch(/10 Nov 2024,? 23\.59 WIT$/);
    expect(localTime('id-ID', null, 'WIB')).toBe('');
  });

  it('takes the month before, across a year end', () => {
    expect(previousMonth('2024-11-20')).toBe('2024-10');
    expect(previousMonth('2025-01-05')).toBe('2024-12');
  });
});

describe('section titles and order', () => {
  const sections = [{ key: 'politik', titleId: 'Situasi politik', titleEn: 'Political situation' }, { key: 'keamanan', titleId: 'Keamanan', titleEn: 'Security' }];

  it('keeps the template order and puts keys outside the template (the roll-up) after it', () => {
    expect(contentKeys(sections, { rollup: 'x', keamanan: 'y' })).toEqual(['politik', 'keamanan', 'rollup']);
  });

  it('titles a section in the UI language and the roll-up block with its own title', () => {
    expect(sectionTitle(sections, 'politik', 'en', 'Summaries')).toBe('Political situation');
    expect(sectionTitle(sections, 'politik', 'id', 'Ringkasan')).toBe('Situasi politik');
    expect(sectionTitle(sections, 'rollup', 'id', 'Ringkasan')).toBe('Ringkasan');
  });
});
