import { describe, expect, it } from 'vitest';
import { normaliseName, parseRegionQuery, searchableName } from './normalise.js';

describe('normaliseName', () => {
  it.each([
    ['Kabupaten Bangli', 'kabupaten bangli'],
    ['  KAB.  Bangli ', 'kabupaten bangli'],
    ['Kab.Bangli', 'kabupaten bangli'],
    ['Kep. Bangka Belitung', 'kepulauan bangka belitung'],
    ['Toli-Toli', 'toli toli'],
    ["Ta'u", 'tau'],
    ['Ta’u', 'tau'],
    ['Bélàng', 'belang'],
    ['Kotamadya Kendari', 'kota kendari'],
    ['Kodya Bima', 'kota bima'],
    ['Jakarta Sel.', 'jakarta selatan'],
    ['Prop. Jawa Tengah', 'provinsi jawa tengah'],
    ['', ''],
    ['!!!', ''],
    ['constructor', 'constructor'],
    ['toString __proto__', 'tostring proto'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe('searchableName', () => {
  it.each([
    ['Kabupaten Bangli', 'bangli'],
    ['Kota Denpasar', 'denpasar'],
    ['Kota Administrasi Jakarta Pusat', 'jakarta pusat'],
    ['Kabupaten Administrasi Kepulauan Seribu', 'kepulauan seribu'],
    ['Kepulauan Bangka Belitung', 'kepulauan bangka belitung'],
    ['Kotabaru', 'kotabaru'],
    ['Kota', 'kota'],
  ])('%j is searched as %j', (name, expected) => {
    expect(searchableName(name)).toBe(expected);
  });
});

describe('parseRegionQuery', () => {
  it('reads a kind word in front', () => {
    expect(parseRegionQuery('Kab. Bangli')).toMatchObject({ text: 'bangli', level: 'regency', kinds: ['kabupaten', 'kabupaten_administrasi'] });
    expect(parseRegionQuery('kota bima')).toMatchObject({ text: 'bima', kinds: ['kota', 'kota_administrasi'] });
    expect(parseRegionQuery('Kotamadya Kendari')).toMatchObject({ text: 'kendari', kinds: ['kota', 'kota_administrasi'] });
    expect(parseRegionQuery('kec susut')).toMatchObject({ text: 'susut', level: 'district' });
    expect(parseRegionQuery('desa abuan')).toMatchObject({ text: 'abuan', level: 'village' });
  });

  it('does not take a name that starts like a kind word for one', () => {
    expect(parseRegionQuery('Kotabaru')).toMatchObject({ text: 'kotabaru', kinds: null, level: null });
    expect(parseRegionQuery('desaku')).toMatchObject({ text: 'desaku', level: null });
  });

  it.each([
    ['Kaltim', '64'], ['sultra', '74'], ['NTT', '53'], ['DIY', '34'], ['Jabar', '32'], ['sumut', '12'], ['Babel', '19'],
    ['kepri', '21'], ['Kalteng', '62'], ['papua barat', '92'], ['Papua Barat Daya', '96'], ['papua', '91'], ['DKI', '31'],
  ])('reads the short form %j as province %s', (query, code) => {
    expect(parseRegionQuery(query)).toMatchObject({ provinceCode: code, wholeQueryIsAlias: true });
  });

  it.each([
    ['samarinda kaltim', 'samarinda', '64'],
    ['Kaltim Samarinda', 'samarinda', '64'],
    ['sorong papua barat daya', 'sorong', '96'],
    ['Jakarta Pusat', 'pusat', '31'],
    ['kota kupang ntt', 'kupang', '53'],
  ])('narrows %j to %j in province %s', (query, text, code) => {
    expect(parseRegionQuery(query)).toMatchObject({ text, provinceCode: code, wholeQueryIsAlias: false });
  });

  it('keeps the full text for when the narrowed search finds nothing', () => {
    expect(parseRegionQuery('Kota Sorong Papua Barat')).toMatchObject({ text: 'sorong', provinceCode: '92', fullText: 'sorong papua barat' });
  });

  it.each(['constructor', 'hasOwnProperty', 'valueOf', 'kota constructor'])('treats %j as a name, not an object key', (query) => {
    expect(parseRegionQuery(query)).toMatchObject({ provinceCode: null, wholeQueryIsAlias: false });
  });

  it('leaves plain names alone', () => {
    expect(parseRegionQuery('bangli')).toMatchObject({ text: 'bangli', provinceCode: null, kinds: null, level: null });
  });
});
