import { createHash } from 'node:crypto';
import { timeZoneOfRegion, type TimeZoneLabel } from '../regions/timezones.js';
import { REGIMES, type Regime } from './regime.js';
import { categoryOfPart } from './sms-category.js';
import { regionCodeFromDigits } from './sms-format.js';
import { INCIDENT_SEVERITIES, type IncidentSeverity } from './vocabulary.js';
import { parseSpreadsheetTime } from './import-dates.js';

/**
 * The columns of a spreadsheet of incident reports (issue 7, import) and how one row is read. The
 * checks that every report gets (createIncidentSchema, the incidents service's prepare) are not
 * repeated here: this only turns spreadsheet text into the fields a submission carries.
 */
export const IMPORT_COLUMNS = [
  'category', 'description', 'region', 'occurredAt', 'knownAt', 'regime', 'severity', 'tps', 'latitude', 'longitude', 'reporterName', 'reporterContact', 'key',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['category', 'description', 'region', 'occurredAt'];

/** Header names accepted for each column, compared without case, accents, spaces or punctuation. */
const COLUMN_ALIASES: Record<ImportColumn, readonly string[]> = {
  category: ['kategori', 'category', 'jenis', 'jenis kejadian', 'jenis pelanggaran', 'kategori kejadian', 'kode kategori'],
  description: ['uraian', 'deskripsi', 'description', 'keterangan', 'isi laporan', 'uraian kejadian', 'kronologi', 'laporan'],
  region: ['wilayah', 'kode wilayah', 'region', 'region code', 'lokasi', 'desa', 'kelurahan', 'desa kelurahan', 'nama wilayah'],
  occurredAt: ['waktu kejadian', 'tanggal kejadian', 'occurred at', 'occurred', 'waktu', 'tanggal', 'date', 'time of event', 'tgl kejadian'],
  knownAt: ['waktu diketahui', 'tanggal diketahui', 'known at', 'diketahui', 'waktu laporan', 'tanggal laporan', 'reported at', 'tgl laporan'],
  regime: ['rezim', 'regime', 'jenis pemilihan', 'pemilihan', 'election'],
  severity: ['tingkat', 'keparahan', 'tingkat keparahan', 'severity', 'prioritas'],
  tps: ['tps', 'nomor tps', 'no tps', 'polling station'],
  latitude: ['lintang', 'latitude', 'lat'],
  longitude: ['bujur', 'longitude', 'lon', 'lng', 'long'],
  reporterName: ['nama pelapor', 'pelapor', 'reporter', 'reporter name'],
  reporterContact: ['kontak pelapor', 'kontak', 'telepon', 'no hp', 'nomor hp', 'reporter contact', 'contact', 'phone'],
  key: ['kunci', 'id laporan', 'nomor laporan sumber', 'idempotency key', 'key', 'external id', 'id'],
};

/** The header as the template writes it (Indonesian first: the desk's language), column by column. */
export const TEMPLATE_HEADER: Record<ImportColumn, string> = {
  category: 'Kategori', description: 'Uraian', region: 'Wilayah', occurredAt: 'Waktu kejadian', knownAt: 'Waktu diketahui', regime: 'Rezim',
  severity: 'Tingkat', tps: 'TPS', latitude: 'Lintang', longitude: 'Bujur', reporterName: 'Nama pelapor', reporterContact: 'Kontak pelapor',
  key: 'Kunci',
};

const headerText = (cell: string) => cell.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export type ColumnMap = Record<ImportColumn, number | null>;

/** Which header cell holds each column (the first that matches), and the required ones missing. */
export function mapImportColumns(header: readonly string[]): { columns: ColumnMap; missing: ImportColumn[] } {
  const cells = header.map(headerText);
  const taken = new Set<number>();
  const columns = {} as ColumnMap;
  for (const column of IMPORT_COLUMNS) {
    const aliases = COLUMN_ALIASES[column];
    const index = cells.findIndex((cell, i) => !taken.has(i) && aliases.includes(cell));
    columns[column] = index === -1 ? null : index;
    if (index !== -1) taken.add(index);
  }
  return { columns, missing: REQUIRED_COLUMNS.filter((column) => columns[column] === null) };
}

export type RowProblemCode =
  | 'required' | 'category_unknown' | 'region_not_found' | 'region_ambiguous' | 'region_invalid_code' | 'outside_scope' | 'time_invalid' | 'regime_unknown'
  | 'regime_missing' | 'severity_unknown' | 'number_invalid' | 'too_long' | 'duplicate_in_file' | 'key_reused' | 'rejected';

/** A row's problem: 1-based row number as the spreadsheet shows it (header = row 1), the column, and why. */
export interface RowProblem {
  row: number;
  column: ImportColumn | null;
  code: RowProblemCode;
  /** For code 'rejected': the incidents' own reason (an i18n key such as "incident.in_future"). */
  detail?: string;
  /** What the cell held (cut short). */
  value?: string;
}

/** A row as read: the region still as typed (the gazetteer settles it), everything else ready to submit. */
export interface RowDraft {
  row: number;
  category: string | null;
  description: string;
  region: { text: string; code: string | null };
  /** Times as written: read once the region (and so its zone) is known, by readRowTimes. */
  occurredAtText: string;
  knownAtText: string;
  regime: Regime | null;
  severity: IncidentSeverity | null;
  tps: string | null;
  latitude: number | null;
  longitude: number | null;
  reporterName: string | null;
  reporterContact: string | null;
  key: string | null;
}

const SEVERITY_WORDS: Record<string, IncidentSeverity> = { low: 'rendah', medium: 'sedang', high: 'tinggi', critical: 'kritis', berat: 'tinggi', ringan: 'rendah' };
const REGIME_WORDS: Record<string, Regime> = { pemilu: 'pemilu', 'pemilihan umum': 'pemilu', pilkada: 'pilkada', pemilihan: 'pilkada', 'pemilihan kepala daerah': 'pilkada' };

function number(text: string): number | null | undefined {
  if (!text) return null;
  const value = Number(text.replace(',', '.'));
  return /^[+-]?\d+(?:[.,]\d+)?$/.test(text) && Number.isFinite(value) ? value : undefined;
}

/**
 * Reads one data row (`index` 0 = the first row under the header). A row of empty cells is null
 * (skipped, as spreadsheets leave them). Problems are of reading only: a category no name or keyword
 * matches, a time in no known form, a number that is not one; the region is resolved later.
 */
export function readImportRow(cells: readonly string[], columns: ColumnMap, index: number): { draft: RowDraft; problems: RowProblem[] } | null {
  const row = index + 2;
  const cell = (column: ImportColumn) => {
    const at = columns[column];
    return at === null ? '' : (cells[at] ?? '').trim();
  };
  if (IMPORT_COLUMNS.every((column) => cell(column) === '')) return null;
  const problems: RowProblem[] = [];
  const problem = (column: ImportColumn, code: RowProblemCode, value?: string) => problems.push({ row, column, code, ...(value ? { value: value.slice(0, 80) } : {}) });

  for (const column of REQUIRED_COLUMNS) if (!cell(column)) problem(column, 'required');

  const categoryText = cell('category');
  const category = categoryText ? (categoryOfPart(categoryText, { contains: true, fuzzy: true })?.code ?? null) : null;
  if (categoryText && !category) problem('category', 'category_unknown', categoryText);

  const regionText = cell('region');
  const code = /^[\d\s.-]+$/.test(regionText) ? regionCodeFromDigits(regionText) : null;
  if (regionText && /^[\d\s.-]+$/.test(regionText) && !code) problem('region', 'region_invalid_code', regionText);
  const regimeText = headerText(cell('regime'));
  const regime = regimeText ? (REGIME_WORDS[regimeText] ?? ((REGIMES as readonly string[]).includes(regimeText) ? (regimeText as Regime) : null)) : null;
  if (regimeText && !regime) problem('regime', 'regime_unknown', cell('regime'));

  const severityText = headerText(cell('severity'));
  const severity = severityText ? (SEVERITY_WORDS[severityText] ?? ((INCIDENT_SEVERITIES as readonly string[]).includes(severityText) ? (severityText as IncidentSeverity) : null)) : null;
  if (severityText && !severity) problem('severity', 'severity_unknown', cell('severity'));

  const coordinate = (column: 'latitude' | 'longitude') => {
    const value = number(cell(column));
    if (value === undefined) problem(column, 'number_invalid', cell(column));
    return value ?? null;
  };

  const draft: RowDraft = {
    row, category, description: cell('description').replace(/\r\n?/g, '\n'), region: { text: regionText, code },
    occurredAtText: cell('occurredAt'), knownAtText: cell('knownAt'), regime, severity, tps: cell('tps') || null,
    latitude: coordinate('latitude'), longitude: coordinate('longitude'), reporterName: cell('reporterName') || null,
    reporterContact: cell('reporterContact') || null, key: cell('key') || null,
  };
  if (draft.key && draft.key.length > 200) problem('key', 'too_long', draft.key);
  return { draft, problems };
}

/**
 * A row's times as instants: without an offset or a zone of their own, wall clocks of the region
 * (`regionCode`, once resolved) — so "19/11/2024 20:00" in Bangli is 12:00 UTC.
 */
export function readRowTimes(draft: RowDraft, regionCode: string | null): { occurredAt: string | null; knownAt: string | null; problems: RowProblem[] } {
  const zone: TimeZoneLabel = timeZoneOfRegion(regionCode ?? draft.region.code ?? '31');
  const problems: RowProblem[] = [];
  const time = (column: 'occurredAt' | 'knownAt', text: string) => {
    if (!text) return null;
    const at = parseSpreadsheetTime(text, zone);
    if (!at) problems.push({ row: draft.row, column, code: 'time_invalid', value: text.slice(0, 80) });
    return at ? at.toISOString() : null;
  };
  return { occurredAt: time('occurredAt', draft.occurredAtText), knownAt: time('knownAt', draft.knownAtText), problems };
}

/**
 * What makes two rows the same report: its own key column when the file has one, else its content
 * (category, region, time, description with spacing and case ignored, TPS). Importing a file again
 * finds every row's key already taken.
 */
export function rowKey(fields: { category: string; regionCode: string; occurredAt: string; description: string; tps: string | null }, ownKey: string | null): string {
  if (ownKey) return `key:${ownKey}`;
  const text = fields.description.toLowerCase().replace(/\s+/g, ' ').trim();
  const content = [fields.category, fields.regionCode, new Date(fields.occurredAt).toISOString(), text, fields.tps ?? ''].join('\u0001');
  return `row:${createHash('sha256').update(content).digest('hex')}`;
}
