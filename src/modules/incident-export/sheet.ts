import { incidentCategory, type IncidentCategory } from '../../domain/incidents/categories.js';
import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { IncidentExportHeaders } from '../../i18n/incident-export.js';
import type { Language } from '../../i18n/messages.js';
import type { ExportRecord } from './repo.js';

/** The columns in file order; the import of incidents is a different layout (it asks for codes, not names). */
export const EXPORT_COLUMNS = [
  'reference', 'occurredAt', 'knownAt', 'province', 'regency', 'regionCode', 'regionName', 'categoryCode', 'categoryName', 'severity', 'status',
  'channel', 'tps', 'description', 'referredUnit', 'createdAt',
] as const satisfies readonly (keyof IncidentExportHeaders)[];

/** Column widths in the XLSX sheet (characters). */
export const EXPORT_WIDTHS: Record<(typeof EXPORT_COLUMNS)[number], number> = {
  reference: 16, occurredAt: 22, knownAt: 22, province: 18, regency: 22, regionCode: 14, regionName: 22, categoryCode: 18, categoryName: 28,
  severity: 10, status: 14, channel: 10, tps: 10, description: 60, referredUnit: 28, createdAt: 22,
};

const two = (n: number) => String(n).padStart(2, '0');

/** "2024-11-19 20.00 WITA": the wall clock of the report's region, with its zone, as the incident views show it. */
export function localStamp(at: Date, zone: TimeZoneLabel): string {
  const shifted = new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000);
  return `${shifted.toISOString().slice(0, 10)} ${two(shifted.getUTCHours())}.${two(shifted.getUTCMinutes())} ${zone}`;
}

export function headerRow(headers: IncidentExportHeaders): string[] {
  return EXPORT_COLUMNS.map((column) => headers[column]);
}

/** A report's cells in column order (not yet guarded against formulas: the writers do that). */
export function recordCells(record: ExportRecord, catalogue: readonly IncidentCategory[], language: Language): (string | null)[] {
  const category = incidentCategory(record.category, catalogue);
  const zone = record.timeZone;
  return [
    record.reference, localStamp(record.occurredAt, zone), localStamp(record.knownAt, zone), record.provinceName, record.regencyName, record.regionCode,
    record.regionName, record.category, category?.name[language] ?? record.category, record.severity, record.status, record.channel, record.tps,
    record.description, record.referredUnit, localStamp(record.createdAt, zone),
  ];
}
