import { describe, expect, it } from 'vitest';
import { mapColumns, unitKey, validateUnitRows } from './import-rows.js';

const bali = { role: 'coordinator' as const, regionCode: '51', unitId: null };
const known = new Set(['51', '51.06', '51.71', '52.01']);
const columns = { agency: 0, region: 1, name: 2 };

describe('mapColumns', () => {
  it.each([
    [['agency', 'region', 'name'], { agency: 0, region: 1, name: 2 }],
    [['Nama', 'Kode Wilayah', 'Instansi'], { agency: 2, region: 1, name: 0 }],
    [['LEMBAGA', 'wilayah', 'nama-unit'], { agency: 0, region: 1, name: 2 }],
    [['agency', 'name'], { agency: 0, region: null, name: 1 }],
  ])('%j', (header, expected) => {
    expect(mapColumns(header)).toEqual(expected);
  });
});

describe('validateUnitRows', () => {
  it('accepts codes and common names of agencies', () => {
    const { units, errors } = validateUnitRows(
      [['BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli'], ['Polres', '51.06', 'Polres Bangli'], ['kpu', '51.71', '  KPU   Kota Denpasar ']],
      columns, { principal: bali, knownRegions: known, existing: new Set() },
    );
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.row, u.agencyCode, u.regionCode, u.name])).toEqual([
      [2, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli'], [3, 'POLRI', '51.06', 'Polres Bangli'], [4, 'KPU', '51.71', 'KPU Kota Denpasar'],
    ]);
  });

  it('reports every problem with its row and column', () => {
    const { units, errors } = validateUnitRows(
      [
        ['NASA', '51.06', 'x'],
        ['KPU', '51.6', 'y'],
        ['KPU', '99.99', 'z'],
        ['KPU', '52.01', 'KPU Lombok Barat'],
        ['KPU', '51', ''],
        ['', '', ''],
        ['KPU', '51', 'KPU Bali'],
        ['KPU', '51', 'kpu bali'],
        ['KPU', '51', 'Existing'],
        ['KPU', '51', 'n'.repeat(201)],
      ],
      columns, { principal: bali, knownRegions: known, existing: new Set([unitKey({ agencyCode: 'KPU', regionCode: '51', name: 'Existing' })]) },
    );
    expect(errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [2, 'agency', 'agency_unknown'],
      [3, 'region', 'region_invalid'],
      [4, 'region', 'region_unknown'],
      [5, 'region', 'outside_scope'],
      [6, 'name', 'name_missing'],
      [9, null, 'duplicate_in_file'],
      [10, null, 'already_exists'],
      [11, 'name', 'name_too_long'],
    ]);
    expect(units.map((u) => u.row)).toEqual([8]);
  });
});
