import { isRegionCode, isWithin } from '../regions/codes.js';
import { PACT_TARGET_KINDS, type PactTargetKind } from './vocabulary.js';

/** The columns of a target import, by their Indonesian header (English headers are accepted too). */
export const TARGET_COLUMNS = ['nama', 'jenis', 'kode_wilayah', 'kontak_nama', 'kontak_email', 'kontak_telepon'] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];
const ENGLISH: Record<string, TargetColumn> = {
  name: 'nama', kind: 'jenis', region_code: 'kode_wilayah', contact_name: 'kontak_nama', contact_email: 'kontak_email', contact_phone: 'kontak_telepon',
};
/** The field of the API each column fills, named in a row's errors. */
export const COLUMN_FIELD: Record<TargetColumn, keyof TargetDraft> = {
  nama: 'name', jenis: 'kind', kode_wilayah: 'regionCode', kontak_nama: 'contactName', kontak_email: 'contactEmail', kontak_telepon: 'contactPhone',
};

export const MAX_TARGETS_PER_REQUEST = 500;
export const MAX_NAME_LENGTH = 200;
export const MAX_CONTACT_LENGTH = 200;

export interface TargetDraft {
  name: string;
  kind: PactTargetKind;
  regionCode: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface RowProblem {
  field: string;
  /** A message key (`pact.row.…`), translated when answered. */
  key: string;
}

export interface CheckedRow {
  row: number;
  draft: TargetDraft | null;
  problems: RowProblem[];
}

/** The key of a target's name as the database compares it (per campaign and region): no case, no surrounding blanks. */
export function nameKey(regionCode: string, name: string): string {
  return `${regionCode}\u0000${name.trim().toLowerCase()}`;
}

/** Where each known column sits in the header row; null when the name column is missing. */
export function mapHeader(header: readonly string[]): Map<TargetColumn, number> | null {
  const positions = new Map<TargetColumn, number>();
  header.forEach((cell, index) => {
    const text = cell.trim().toLowerCase().replace(/\s+/g, '_');
    const column = (TARGET_COLUMNS as readonly string[]).includes(text) ? (text as TargetColumn) : ENGLISH[text];
    if (column && !positions.has(column)) positions.set(column, index);
  });
  return positions.has('nama') && positions.has('jenis') && positions.has('kode_wilayah') ? positions : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/;

/**
 * Checks the rows of an import (header excluded; `firstRow` is the sheet row number of the first)
 * against the campaign: a known kind, a region code of the gazetteer inside the campaign's region, a
 * name given once per region (in the file and among the campaign's targets).
 */
export function checkTargetRows(
  rows: readonly (readonly string[])[], header: Map<TargetColumn, number>, context: { campaignRegion: string; knownRegion: (code: string) => boolean; existingNames: ReadonlySet<string> },
  firstRow = 2,
): CheckedRow[] {
  const seen = new Set<string>();
  return rows.map((cells, index) => {
    const cell = (column: TargetColumn) => {
      const at = header.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const problems: RowProblem[] = [];
    const name = cell('nama').replace(/\s+/g, ' ');
    const kind = cell('jenis').toLowerCase().replace(/\s+/g, '_');
    const regionCode = cell('kode_wilayah');
    if (!name) problems.push({ field: 'name', key: 'pact.row.name_missing' });
    else if (name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', key: 'pact.row.name_too_long' });
    if (!(PACT_TARGET_KINDS as readonly string[]).includes(kind)) problems.push({ field: 'kind', key: 'pact.row.kind_unknown' });
    if (!isRegionCode(regionCode)) problems.push({ field: 'regionCode', key: 'pact.row.region_invalid' });
    else if (!isWithin(regionCode, context.campaignRegion)) problems.push({ field: 'regionCode', key: 'pact.row.region_outside' });
    else if (!context.knownRegion(regionCode)) problems.push({ field: 'regionCode', key: 'pact.row.region_unknown' });
    const contactEmail = cell('kontak_email') || null;
    const contactPhone = cell('kontak_telepon') || null;
    const contactName = cell('kontak_nama') || null;
    if (contactName && contactName.length > MAX_CONTACT_LENGTH) problems.push({ field: 'contactName', key: 'pact.row.contact_too_long' });
    if (contactEmail && (contactEmail.length > MAX_CONTACT_LENGTH || !EMAIL.test(contactEmail))) problems.push({ field: 'contactEmail', key: 'pact.row.email_invalid' });
    if (contactPhone && !PHONE.test(contactPhone)) problems.push({ field: 'contactPhone', key: 'pact.row.phone_invalid' });
    if (name && isRegionCode(regionCode)) {
      const key = nameKey(regionCode, name);
      if (context.existingNames.has(key)) problems.push({ field: 'name', key: 'pact.row.already_exists' });
      else if (seen.has(key)) problems.push({ field: 'name', key: 'pact.row.duplicate_in_file' });
      seen.add(key);
    }
    const draft = problems.length === 0 ? { name, kind: kind as PactTargetKind, regionCode, contactName, contactEmail, contactPhone } : null;
    return { row: firstRow + index, draft, problems };
  });
}

/** Rows with no cell filled in are not rows people meant: spreadsheets keep formatted blank lines. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
