import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from './edit-distance.js';
import { pickRegion, type RegionCandidate } from './sms-region.js';

const BANGLI: RegionCandidate = { code: '51.06', name: 'Kabupaten Bangli', level: 'regency' };
const BANGLI_DISTRICT: RegionCandidate = { code: '51.06.02', name: 'Bangli', level: 'district' };
const DENPASAR: RegionCandidate = { code: '51.71', name: 'Kota Denpasar', level: 'regency' };
const MALANG_KAB: RegionCandidate = { code: '35.07', name: 'Kabupaten Malang', level: 'regency' };
const MALANG_KOTA: RegionCandidate = { code: '35.73', name: 'Kota Malang', level: 'regency' };
const BALI: RegionCandidate = { code: '51', name: 'Bali', level: 'province' };
const KALTIM: RegionCandidate = { code: '64', name: 'Kalimantan Timur', level: 'province' };
const PAKPAK: RegionCandidate = { code: '12.15', name: 'Kabupaten Pakpak Bharat', level: 'regency' };
const SUKAMAJU_1: RegionCandidate = { code: '32.01.01.2001', name: 'Sukamaju', level: 'village' };
const SUKAMAJU_2: RegionCandidate = { code: '32.02.03.2004', name: 'Sukamaju', level: 'village' };

describe('pickRegion', () => {
  it.each([
    ['the exact name', 'Bangli', [BANGLI_DISTRICT, BANGLI], { outcome: 'found', code: '51.06', approximate: false }],
    ['"kab bangli"', 'kab bangli', [BANGLI], { outcome: 'found', code: '51.06', approximate: false }],
    ['"Kabupaten Bangli"', 'Kabupaten Bangli', [BANGLI], { outcome: 'found', code: '51.06', approximate: false }],
    ['a typo', 'bangkli', [BANGLI], { outcome: 'found', code: '51.06', approximate: true }],
    ['"kota denpasr"', 'kota denpasr', [DENPASAR], { outcome: 'found', code: '51.71', approximate: true }],
    ['a province by its short form', 'Kaltim', [KALTIM], { outcome: 'found', code: '64', approximate: false }],
    ['a province by name', 'bali', [BALI, BANGLI], { outcome: 'found', code: '51', approximate: false }],
    ['kabupaten and kota of one name', 'Malang', [MALANG_KAB, MALANG_KOTA], { outcome: 'ambiguous', codes: ['35.07', '35.73'] }],
    ['"kota malang" settles it', 'kota malang', [MALANG_KOTA], { outcome: 'found', code: '35.73', approximate: false }],
    ['villages of one name', 'Sukamaju', [SUKAMAJU_1, SUKAMAJU_2], { outcome: 'ambiguous', codes: ['32.01.01.2001', '32.02.03.2004'] }],
    ['a prefix is not a match', 'pak', [PAKPAK], { outcome: 'not_found' }],
    ['two typos in a short name are too many', 'bngkli', [BANGLI], { outcome: 'not_found' }],
    ['another word altogether', 'tolong', [BANGLI, DENPASAR], { outcome: 'not_found' }],
    ['nothing typed', '  ', [BANGLI], { outcome: 'not_found' }],
    ['no candidates', 'Bangli', [], { outcome: 'not_found' }],
  ] as const)('%s', (_label, typed, candidates, expected) => {
    expect(pickRegion(typed, candidates)).toEqual(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['bangli', 'bangli', 0], ['bangli', 'bangil', 1], ['denpasr', 'denpasar', 1], ['lapor', 'lpr', 2], ['', 'abc', 3], ['abc', '', 3], ['ab', 'ba', 1],
  ] as const)('%s → %s: %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('stops past the limit', () => {
    expect(editDistance('kalimantan', 'bangli', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no typo in short words, one in middling ones, two in long ones', () => {
    expect([3, 4, 5, 8, 9, 20].map(typoAllowance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
