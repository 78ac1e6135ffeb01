/**
 * The closed vocabularies of an article extraction, as the corpus labels spell them
 * (../shared/corpus/README.md): what kind of event an article reports and which threats it names.
 */
export const EVENT_TYPES = [
  'rakor', 'deklarasi', 'sosialisasi', 'insiden', 'pemetaan_kerawanan', 'kesiapan_logistik', 'pengamanan', 'putusan', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const THREATS = [
  'politik_uang', 'hoaks', 'politik_identitas', 'netralitas_asn', 'kekerasan', 'siber', 'bencana', 'logistik',
  'konflik', 'intimidasi', 'golput',
] as const;
export type Threat = (typeof THREATS)[number];

/** Agency codes an article may name (the corpus label set; every one is in the agency catalogue). */
export const EXTRACTION_AGENCIES = [
  'KPU', 'BAWASLU', 'DKPP', 'POLRI', 'TNI', 'KEJAKSAAN', 'BIN', 'KESBANGPOL', 'PEMDA', 'DPRD', 'BSSN', 'KOMINFO',
  'GAKKUMDU', 'KEMENDAGRI', 'KEMENKO_POLHUKAM', 'FORKOPIMDA', 'PARPOL', 'TOKOH_MASYARAKAT', 'KASN', 'BKN', 'MK', 'DPR',
  'PENGADILAN', 'KEMENPAN_RB',
] as const;
export type ExtractionAgency = (typeof EXTRACTION_AGENCIES)[number];
