/** The closed vocabularies of meetings; their labels live in the i18n catalogues (id, en). */

/** Rakor, rakornis (technical), monitoring and evaluation, roll call or declaration, socialisation, technical guidance. */
export const MEETING_KINDS = ['rakor', 'rakornis', 'monev', 'apel_deklarasi', 'sosialisasi', 'bimtek', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Which level of government holds it. */
export const MEETING_LEVELS = ['pusat', 'provinsi', 'kabupaten_kota', 'kecamatan'] as const;
export type MeetingLevel = (typeof MEETING_LEVELS)[number];

/** In person, online, or both. */
export const MEETING_MODES = ['luring', 'daring', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** What a finding is about (DOMAIN.md §10.7 readiness domains plus the threats desks name most). */
export const FINDING_DOMAINS = [
  'logistik', 'keamanan', 'anggaran', 'data_pemilih', 'netralitas_asn', 'siber', 'bencana', 'hoaks', 'politik_uang', 'konflik', 'sdm_adhoc', 'lainnya',
] as const;
export type FindingDomain = (typeof FINDING_DOMAINS)[number];

export const SEVERITIES = ['rendah', 'sedang', 'tinggi', 'kritis'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RSVP_STATES = ['pending', 'accepted', 'declined', 'tentative'] as const;
export type RsvpState = (typeof RSVP_STATES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The level a meeting of a region usually has, from the depth of its code. */
export function levelOfRegion(code: string | null): MeetingLevel {
  if (code === null) return 'pusat';
  const parts = code.split('.').length;
  return parts === 1 ? 'provinsi' : parts === 2 ? 'kabupaten_kota' : 'kecamatan';
}
