import { resolveAgency } from '../agencies/catalogue.js';
import { can, type Principal } from '../access/rules.js';
import { isRegionCode } from '../regions/codes.js';

/** Column names accepted in an import file, in Bahasa Indonesia or English. */
const COLUMN_ALIASES: Record<'agency' | 'region' | 'name', readonly string[]> = {
  agency: ['agency', 'agensi', 'instansi', 'lembaga', 'agency_code', 'kode_instansi'],
  region: ['region', 'wilayah', 'region_code', 'kode_wilayah', 'kode'],
  name: ['name', 'nama', 'unit', 'nama_unit'],
};

export type RowProblem = 'agency_unknown' | 'region_invalid' | 'region_unknown' | 'outside_scope' | 'name_missing' | 'name_too_long' | 'duplicate_in_file' | 'already_exists';

export interface RowError {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  column: 'agency' | 'region' | 'name' | null;
  problem: RowProblem;
  value: string;
}

export interface UnitRow {
  row: number;
  agencyCode: string;
  regionCode: string;
  name: string;
}

export const MAX_UNIT_NAME = 200;

/** Finds which header cell holds each column; null when a column is missing. */
export function mapColumns(header: readonly string[]): Record<'agency' | 'region' | 'name', number | null> {
  const normalised = header.map((cell) => cell.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const find = (aliases: readonly string[]) => {
    const index = normalised.findIndex((cell) => aliases.includes(cell));
    return index === -1 ? null : index;
  };
  return { agency: find(COLUMN_ALIASES.agency), region: find(COLUMN_ALIASES.region), name: find(COLUMN_ALIASES.name) };
}

const key = (unit: Pick<UnitRow, 'agencyCode' | 'regionCode' | 'name'>) => `${unit.agencyCode}|${unit.regionCode}|${unit.name.toLowerCase()}`;

/**
 * Checks every data row of an import and reports every problem with its row and column, so that
 * a person can fix the whole file at once. Agencies may be written as codes or common names.
 */
export function validateUnitRows(
  rows: readonly (readonly string[])[],
  columns: Record<'agency' | 'region' | 'name', number>,
  context: { principal: Principal; knownRegions: ReadonlySet<string>; existing: ReadonlySet<string> },
): { units: UnitRow[]; errors: RowError[] } {
  const units: UnitRow[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    const agencyText = (cells[columns.agency] ?? '').trim();
    const regionCode = (cells[columns.region] ?? '').trim();
    const name = (cells[columns.name] ?? '').trim().replace(/\s+/g, ' ');
    if (!agencyText && !regionCode && !name) return;
    const before = errors.length;
    const agencyCode = resolveAgency(agencyText);
    if (!agencyCode) errors.push({ row, column: 'agency', problem: 'agency_unknown', value: agencyText });
    if (!isRegionCode(regionCode)) errors.push({ row, column: 'region', problem: 'region_invalid', value: regionCode });
    else if (!context.knownRegions.has(regionCode)) errors.push({ row, column: 'region', problem: 'region_unknown', value: regionCode });
    else if (!can(context.principal, 'manage_accounts', { regionCode })) errors.push({ row, column: 'region', problem: 'outside_scope', value: regionCode });
    if (!name) errors.push({ row, column: 'name', problem: 'name_missing', value: '' });
    else if (name.length > MAX_UNIT_NAME) errors.push({ row, column: 'name', problem: 'name_too_long', value: name.slice(0, 40) });
    if (errors.length > before || !agencyCode) return;
    const unit = { row, agencyCode, regionCode, name };
    if (seen.has(key(unit))) errors.push({ row, column: null, problem: 'duplicate_in_file', value: name });
    else if (context.existing.has(key(unit))) errors.push({ row, column: null, problem: 'already_exists', value: name });
    else units.push(unit);
    seen.add(key(unit));
  });
  return { units, errors };
}

export { key as unitKey };
