/**
 * The agency codes a unit may belong to, in the order the unit form offers them. The server holds the
 * authoritative catalogue (src/domain/agencies/catalogue.ts) but has no endpoint for it yet, so the
 * list is repeated here once; the names live in the i18n catalogues under `agency.<CODE>`.
 */
export const AGENCY_CODES = [
  'KPU', 'BAWASLU', 'DKPP', 'POLRI', 'TNI', 'KEJAKSAAN', 'BIN', 'BSSN', 'KOMINFO', 'KEMENDAGRI',
  'KEMENKO_POLHUKAM', 'KESBANGPOL', 'PEMDA', 'DPRD', 'DPR', 'GAKKUMDU', 'FORKOPIMDA', 'BKN',
  'KEMENPAN_RB', 'KASN', 'MK', 'PENGADILAN', 'PARPOL', 'TOKOH_MASYARAKAT',
] as const;
export type AgencyCode = (typeof AGENCY_CODES)[number];

export function isAgencyCode(code: string): code is AgencyCode {
  return (AGENCY_CODES as readonly string[]).includes(code);
}
