import { describe, expect, it } from 'vitest';
import { mapImportColumns, readImportRow, readRowTimes, rowKey } from './import-rows.js';

describe('mapImportColumns', () => {
  it('matches Indonesian headers whatever their case, accents and punctuation', () => {
    const { columns, missing } = mapImportColumns(['No.', 'KATEGORI', 'Uraian Kejadian', 'Kode_Wilayah', 'Waktu kejadian', 'TPS', 'Tingkat']);
    expect(missing).toEqual([]);
    expect(columns).toMatchObject({ category: 1, description: 2, region: 3, occurredAt: 4, tps: 5, severity: 6, knownAt: null, key: null });
  });

  it('matches English headers', () => {
    const { columns, missing } = mapImportColumns(['Category', 'Description', 'Region', 'Occurred at', 'Known at', 'Latitude', 'Longitude']);
    expect(missing).toEqual([]);
    expect(columns).toMatchObject({ category: 0, description: 1, region: 2, occurredAt: 3, knownAt: 4, latitude: 5, longitude: 6 });
  });

  it('names the required columns that are missing', () => {
    expect(mapImportColumns(['kategori', 'deskripsi']).missing).toEqual(['region', 'occurredAt']);
  });
});

const header = ['kategori', 'uraian', 'wilayah', 'waktu kejadian', 'waktu diketahui', 'tingkat', 'rezim', 'lintang', 'bujur', 'kunci'];
const { columns } = mapImportColumns(header);
const read = (cells: string[], index = 0) => readImportRow(cells, columns, index);

describe('readImportRow', () => {
  it('reads a category by code, by name and by keyword', () => {
    expect(read(['politik_uang', 'x', '51.06', '19/11/2024'])!.draft.category).toBe('politik_uang');
    expect(read(['Politik uang', 'x', '51.06', '19/11/2024'])!.draft.category).toBe('politik_uang');
    expect(read(['serangan fajar', 'x', '51.06', '19/11/2024'])!.draft.category).toBe('politik_uang');
    expect(read(['politk uang', 'x', '51.06', '19/11/2024'])!.draft.category).toBe('politik_uang');
  });

  it('reports an unknown category with its row and column', () => {
    const result = read(['cuaca cerah', 'x', '51.06', '19/11/2024'], 3)!;
    expect(result.problems).toEqual([{ row: 5, column: 'category', code: 'category_unknown', value: 'cuaca cerah' }]);
  });

  it('takes a region code with or without dots and keeps a name for the gazetteer', () => {
    expect(read(['politik uang', 'x', '5106', '19/11/2024'])!.draft.region).toEqual({ text: '5106', code: '51.06' });
    expect(read(['politik uang', 'x', 'Bangli', '19/11/2024'])!.draft.region).toEqual({ text: 'Bangli', code: null });
    expect(read(['politik uang', 'x', '51.0', '19/11/2024'])!.problems.map((p) => p.code)).toEqual(['region_invalid_code']);
  });

  it('reports every empty required cell and skips empty rows', () => {
    expect(read(['', '', '', ''])).toBeNull();
    expect(read(['politik uang', '', '', ''])!.problems.map((p) => [p.column, p.code])).toEqual([
      ['description', 'required'], ['region', 'required'], ['occurredAt', 'required'],
    ]);
  });

  it('reads severity, regime and coordinates in either language, with a decimal comma', () => {
    const { draft, problems } = read(['politik uang', 'x', '51.06', '19/11/2024', '', 'High', 'Pemilihan Umum', '-8,43', '115.36'])!;
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ severity: 'tinggi', regime: 'pemilu', latitude: -8.43, longitude: 115.36 });
  });

  it('reports a severity, regime or coordinate it cannot read', () => {
    const { problems } = read(['politik uang', 'x', '51.06', '19/11/2024', '', 'parah', 'pilpres', 'utara', '115'])!;
    expect(problems.map((p) => [p.column, p.code])).toEqual([['regime', 'regime_unknown'], ['severity', 'severity_unknown'], ['latitude', 'number_invalid']]);
  });
});

describe('readRowTimes', () => {
  it('reads times in the zone of the resolved region', () => {
    const { draft } = read(['politik uang', 'x', 'Bangli', '19/11/2024 20:00', '20/11/2024 08.00'])!;
    expect(readRowTimes(draft, '51.06')).toEqual({ occurredAt: '2024-11-19T12:00:00.000Z', knownAt: '2024-11-20T00:00:00.000Z', problems: [] });
    expect(readRowTimes(draft, '94.71').occurredAt).toBe('2024-11-19T11:00:00.000Z');
  });

  it('reports a time in no known form', () => {
    const { draft } = read(['politik uang', 'x', '51.06', 'kemarin'])!;
    expect(readRowTimes(draft, '51.06').problems).toEqual([{ row: 2, column: 'occurredAt', code: 'time_invalid', value: 'kemarin' }]);
  });
});

describe('rowKey', () => {
  const fields = { category: 'politik_uang', regionCode: '51.06', occurredAt: '2024-11-19T12:00:00.000Z', description: 'Amplop  dibagikan', tps: null };
  it('is the same for the same report written with other spacing or case', () => {
    expect(rowKey(fields, null)).toBe(rowKey({ ...fields, description: 'amplop dibagikan ' }, null));
    expect(rowKey(fields, null)).not.toBe(rowKey({ ...fields, regionCode: '51.01' }, null));
  });
  it('is the file own key when it has one', () => {
    expect(rowKey(fields, 'LAP-001')).toBe('key:LAP-001');
  });
});
