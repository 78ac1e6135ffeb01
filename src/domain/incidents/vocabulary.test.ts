import { describe, expect, it } from 'vitest';
import { severitiesFrom, severityRank } from './vocabulary.js';

describe('severity scale', () => {
  it('ranks mildest first, so comparing ranks compares severities', () => {
    expect(severityRank('rendah')).toBeLessThan(severityRank('sedang'));
    expect(severityRank('tinggi')).toBeLessThan(severityRank('kritis'));
  });
  it('"from a severity up" holds that severity and every worse one', () => {
    expect(severitiesFrom('tinggi')).toEqual(['tinggi', 'kritis']);
    expect(severitiesFrom('rendah')).toEqual(['rendah', 'sedang', 'tinggi', 'kritis']);
    expect(severitiesFrom('kritis')).toEqual(['kritis']);
  });
});
