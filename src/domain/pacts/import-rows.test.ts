import { describe, expect, it } from 'vitest';
import { checkTargetRows, isBlankRow, mapHeader, nameKey } from './import-rows.js';

const header = mapHeader(['nama', 'jenis', 'kode_wilayah', 'kontak_nama', 'kontak_email', 'kontak_telepon'])!;
const known = new Set(['51.06', '51.06.01', '51.06.01.2001', '52.01']);
const context = { campaignRegion: '51.06', knownRegion: (code: string) => known.has(code), existingNames: new Set([nameKey('51.06', 'Dinas Kesehatan')]) };

describe('mapHeader', () => {
  it('accepts Indonesian or English headers in any order and case', () => {
    const english = mapHeader(['Region Code', 'Name', 'kind', 'contact_email']);
    expect(english?.get('nama')).toBe(1);
    expect(english?.get('kode_wilayah')).toBe(0);
    expect(english?.get('kontak_email')).toBe(3);
  });

  it('refuses a header without name, kind and region', () => {
    expect(mapHeader(['nama', 'jenis'])).toBeNull();
    expect(mapHeader([])).toBeNull();
  });
});

describe('checkTargetRows', () => {
  it('accepts a clean row, normalising blanks and the kind', () => {
    const [row] = checkTargetRows([['  Kecamatan  Bangli ', 'Kecamatan', '51.06.01', 'Wayan', 'wayan@bangli.go.id', '0812 3456 7890']], header, context);
    expect(row).toEqual({
      row: 2, problems: [],
      draft: { name: 'Kecamatan Bangli', kind: 'kecamatan', regionCode: '51.06.01', contactName: 'Wayan', contactEmail: 'wayan@bangli.go.id', contactPhone: '0812 3456 7890' },
    });
  });

  it('refuses an unknown kind', () => {
    const [row] = checkTargetRows([['Kantor X', 'kantor', '51.06']], header, context);
    expect(row?.draft).toBeNull();
    expect(row?.problems).toEqual([{ field: 'kind', key: 'pact.row.kind_unknown' }]);
  });

  it('refuses a region outside the campaign, an unknown one and a malformed one', () => {
    const rows = checkTargetRows([['A', 'desa', '52.01'], ['B', 'desa', '51.06.09'], ['C', 'desa', '5106']], header, context);
    expect(rows.map((r) => r.problems.map((p) => p.key))).toEqual([['pact.row.region_outside'], ['pact.row.region_unknown'], ['pact.row.region_invalid']]);
  });

  it('refuses a name twice in the file and a name the campaign already has, ignoring case and blanks', () => {
    const rows = checkTargetRows([
      ['Desa Apuan', 'desa', '51.06.01.2001'], ['desa apuan ', 'desa', '51.06.01.2001'], ['Desa Apuan', 'desa', '51.06.01'], [' dinas kesehatan', 'perangkat_daerah', '51.06'],
    ], header, context, 5);
    expect(rows.map((r) => [r.row, r.problems.map((p) => p.key)])).toEqual([
      [5, []], [6, ['pact.row.duplicate_in_file']], [7, []], [8, ['pact.row.already_exists']],
    ]);
  });

  it('names every problem of a row by field', () => {
    const [row] = checkTargetRows([['', 'x', '', 'N'.repeat(201), 'not-an-email', 'abc']], header, context);
    expect(row?.problems.map((p) => p.field)).toEqual(['name', 'kind', 'regionCode', 'contactName', 'contactEmail', 'contactPhone']);
  });

  it('a row of blank cells is no row', () => {
    expect(isBlankRow(['', '  '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
