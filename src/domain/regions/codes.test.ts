import { describe, expect, it } from 'vitest';
import { isRegionCode, isWithin, parseRegionCode, regionKind } from './codes.js';

describe('parseRegionCode', () => {
  it.each([
    ['51', 'province', null, '51', null, null],
    ['51.06', 'regency', '51', '51', '51.06', null],
    ['51.06.01', 'district', '51.06', '51', '51.06', '51.06.01'],
    ['51.06.01.2001', 'village', '51.06.01', '51', '51.06', '51.06.01'],
    ['74.71', 'regency', '74', '74', '74.71', null],
    ['96.01.18', 'district', '96.01', '96', '96.01', '96.01.18'],
  ])('%s is a %s under %s', (code, level, parent, province, regency, district) => {
    expect(parseRegionCode(code)).toEqual({
      code,
      level,
      parentCode: parent,
      provinceCode: province,
      regencyCode: regency,
      districtCode: district,
    });
  });

  it.each([
    '', '5', '511', '51.6', '51.006', '51.06.1', '51.06.01.201', '51.06.01.20011', '51-06', '51.06.', '.51',
    ' 51', '51 ', 'ab', '51.0a', '00', '51.00', '51.06.00', '51.06.01.0000', '51..06', '５１', '51.06\n',
  ])('rejects %j', (code) => {
    expect(parseRegionCode(code)).toBeNull();
    expect(isRegionCode(code)).toBe(false);
  });
});

describe('isWithin', () => {
  it.each([
    ['51.06.01.2001', '51', true],
    ['51.06', '51.06', true],
    ['51.06', '51', true],
    ['51', '51.06', false],
    ['51.71', '51.7', false],
    ['510', '51', false],
    ['52.01', '51', false],
  ])('%s within %s: %s', (code, root, expected) => {
    expect(isWithin(code, root)).toBe(expected);
  });
});

describe('regionKind', () => {
  it.each([
    ['51', 'Bali', 'provinsi'],
    ['51.06', 'Kabupaten Bangli', 'kabupaten'],
    ['51.71', 'Kota Denpasar', 'kota'],
    ['31.01', 'Kabupaten Administrasi Kepulauan Seribu', 'kabupaten_administrasi'],
    ['31.71', 'Kota Administrasi Jakarta Pusat', 'kota_administrasi'],
    ['51.06.01', 'Susut', 'kecamatan'],
    ['51.06.01.2001', 'Abuan', 'desa'],
    ['51.71.01.1001', 'Sesetan', 'kelurahan'],
    ['51.03.01.3001', 'Desa Adat X', 'desa_adat'],
  ])('%s %s is %s', (code, name, kind) => {
    expect(regionKind(code, name)).toBe(kind);
  });

  it('refuses a malformed code', () => {
    expect(() => regionKind('5', 'x')).toThrow(/invalid region code/);
  });
});
