import { describe, expect, it } from 'vitest';
import { formatPublished, zoneOfArticle } from './format';

describe('formatPublished', () => {
  it('shows a publication given as a bare day as that day, and an instant in the region zone', () => {
    expect(formatPublished('id-ID', '2024-10-08T00:00:00.000Z', 'WITA')).toBe('8 Okt 2024');
    expect(formatPublished('id-ID', '2024-10-08T02:30:00.000Z', 'WITA')).toMatch(/10\.30 WITA$/);
  });
});

describe('zoneOfArticle', () => {
  it('takes the first region, else the reader scope, else WIB', () => {
    expect(zoneOfArticle([{ code: '94.71', name: 'Kota Jayapura' }], '51')).toBe('WIT');
    expect(zoneOfArticle([], '51.04')).toBe('WITA');
    expect(zoneOfArticle([], null)).toBe('WIB');
  });
});
