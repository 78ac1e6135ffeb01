import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse';
import { parseRegionCode, regionKind, type RegionLevel } from '../../domain/regions/codes.js';
import { searchableName } from '../../domain/regions/normalise.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';

const require = createRequire(import.meta.url);
const PACKAGE_JSON = require.resolve('idn-area-data/package.json');
const DATA_DIR = path.join(path.dirname(PACKAGE_JSON), 'data');
const VERSION = (JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

/** Identifies the code set in every row and in reference_loads. */
export const GAZETTEER_SOURCE = `idn-area-data@${VERSION}`;

const FILES: ReadonlyArray<readonly [string, RegionLevel]> = [
  ['provinces.csv', 'province'],
  ['regencies.csv', 'regency'],
  ['districts.csv', 'district'],
  ['villages.csv', 'village'],
];

const LEVEL_NUMBER: Record<RegionLevel, number> = { province: 1, regency: 2, district: 3, village: 4 };

/** Column order of the rows below, matching the regions table. */
export const REGION_COLUMNS = [
  'code', 'parent_code', 'level', 'kind', 'name', 'search_name',
  'province_code', 'regency_code', 'district_code', 'time_zone', 'source',
] as const;

export type RegionRow = [string, string | null, number, string, string, string, string, string | null, string | null, string, string];

/** Number of data rows in the package's four files, for progress. */
export function countGazetteerRows(): number {
  let total = 0;
  for (const [file] of FILES) {
    const text = fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
    total += text.split('\n').filter((line) => line.trim() !== '').length - 1;
  }
  return total;
}

/**
 * Streams every region of the package as a table row, parents before children. A row whose code
 * is malformed or whose parent column disagrees with its code stops the load: better no data
 * than a wrong tree.
 */
export async function* gazetteerRows(): AsyncGenerator<RegionRow> {
  for (const [file, level] of FILES) {
    const parser = fs.createReadStream(path.join(DATA_DIR, file)).pipe(parse({ columns: true, trim: true }));
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      const code = record.code ?? '';
      const name = record.name ?? '';
      const parsed = parseRegionCode(code);
      if (!parsed || parsed.level !== level || !name) {
        throw new Error(`${file}: bad row ${JSON.stringify(record)}`);
      }
      const declaredParent = record.province_code ?? record.regency_code ?? record.district_code ?? null;
      if (declaredParent !== parsed.parentCode) {
        throw new Error(`${file}: ${code} says its parent is ${declaredParent}, its code says ${parsed.parentCode}`);
      }
      yield [
        code,
        parsed.parentCode,
        LEVEL_NUMBER[level],
        regionKind(code, name),
        name,
        searchableName(name),
        parsed.provinceCode,
        parsed.regencyCode,
        parsed.districtCode,
        timeZoneOfRegion(code),
        GAZETTEER_SOURCE,
      ];
    }
  }
}
