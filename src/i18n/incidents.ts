import { INCIDENT_ACTIONS, INCIDENT_STATUSES, type IncidentAction, type IncidentStatus, type TransitionRefusal } from '../domain/incidents/workflow.js';
import type { Language } from './messages.js';

/** The server's words about incidents, one complete set per language: statuses, actions and why a request is refused. */
export interface IncidentWords {
  statuses: Record<IncidentStatus, string>;
  actions: Record<IncidentAction, string>;
  /** An action the status does not allow; {action} and {status} are filled from the lists above. */
  notAllowed: string;
  refusals: Record<Exclude<TransitionRefusal, 'not_allowed'>, string>;
  /** Other reasons to refuse, by key. */
  problems: {
    position_pair: string;
    position_outside: string;
    idempotency_key: string;
    cursor: string;
    idempotency_mismatch: string;
    known_before_occurred: string;
    in_future: string;
    region_unknown: string;
    unit_unknown: string;
    duplicate_unknown: string;
    duplicate_self: string;
    duplicate_of_duplicate: string;
  };
}

export const INCIDENT_WORDS: Record<Language, IncidentWords> = {
  id: {
    statuses: {
      baru: 'Baru', terverifikasi: 'Terverifikasi', ditolak: 'Ditolak', duplikat: 'Duplikat', diteruskan: 'Diteruskan',
      ditindaklanjuti: 'Ditindaklanjuti', selesai: 'Selesai',
    },
    actions: {
      verifikasi: 'verifikasi', tolak: 'tolak', tandai_duplikat: 'tandai duplikat', teruskan: 'teruskan', tindak_lanjuti: 'tindak lanjuti',
      selesaikan: 'selesaikan',
    },
    notAllowed: 'tindakan “{action}” tidak dapat dilakukan pada laporan berstatus {status}; muat ulang laporan untuk melihat statusnya sekarang',
    refusals: {
      reason_required: 'alasan wajib diisi untuk setiap perubahan status',
      unit_required: 'unitId wajib diisi: laporan diteruskan ke unit mana?',
      duplicate_required: 'duplicateOf wajib diisi: laporan ini duplikat dari laporan mana?',
      unit_not_expected: 'unitId hanya diisi saat meneruskan laporan (teruskan)',
      duplicate_not_expected: 'duplicateOf hanya diisi saat menandai duplikat (tandai_duplikat)',
    },
    problems: {
      position_pair: 'lintang (latitude) dan bujur (longitude) diisi keduanya atau dikosongkan keduanya',
      position_outside: 'koordinat berada di luar Indonesia (lintang dan bujur tertukar, atau tanda minus hilang?)',
      idempotency_key: 'Idempotency-Key hanya boleh berisi karakter ASCII yang terlihat (misalnya UUID), paling banyak 200',
      cursor: 'after bukan penanda halaman dari server ini: pakai nilai next dari halaman sebelumnya apa adanya',
      idempotency_mismatch: 'Idempotency-Key ini sudah dipakai untuk laporan dengan isi berbeda. Kirim ulang dengan isi yang sama persis, atau gunakan kunci baru untuk laporan baru',
      known_before_occurred: 'knownAt (waktu diketahui) tidak boleh sebelum occurredAt (waktu kejadian)',
      in_future: 'waktu kejadian dan waktu diketahui tidak boleh di masa depan',
      region_unknown: 'regionCode: kode wilayah tidak ada di gazeter Kemendagri',
      unit_unknown: 'unitId: unit tidak dikenal atau di luar jangkauan Anda',
      duplicate_unknown: 'duplicateOf: laporan tidak ditemukan',
      duplicate_self: 'duplicateOf: laporan tidak dapat menjadi duplikat dirinya sendiri',
      duplicate_of_duplicate: 'duplicateOf: laporan itu sendiri duplikat; tunjuk laporan aslinya',
    },
  },
  en: {
    statuses: {
      baru: 'New', terverifikasi: 'Verified', ditolak: 'Rejected', duplikat: 'Duplicate', diteruskan: 'Referred', ditindaklanjuti: 'Followed up',
      selesai: 'Closed',
    },
    actions: {
      verifikasi: 'verify', tolak: 'reject', tandai_duplikat: 'mark duplicate', teruskan: 'refer', tindak_lanjuti: 'follow up', selesaikan: 'close',
    },
    notAllowed: 'the action “{action}” is not possible on a report that is {status}; reload the report to see its current status',
    refusals: {
      reason_required: 'a reason is required for every status change',
      unit_required: 'unitId is required: which unit is the report referred to?',
      duplicate_required: 'duplicateOf is required: which report does this one repeat?',
      unit_not_expected: 'unitId is only given when referring a report (teruskan)',
      duplicate_not_expected: 'duplicateOf is only given when marking a duplicate (tandai_duplikat)',
    },
    problems: {
      position_pair: 'give both latitude and longitude, or neither',
      position_outside: 'the coordinates lie outside Indonesia (latitude and longitude swapped, or a minus sign lost?)',
      idempotency_key: 'Idempotency-Key may hold visible ASCII characters only (a UUID, for example), at most 200',
      cursor: 'after is not a page marker this server made: pass the next of the previous page as it is',
      idempotency_mismatch: 'This Idempotency-Key was already used for a report with different content. Retry with exactly the same content, or use a new key for a new report',
      known_before_occurred: 'knownAt (when it became known) cannot be before occurredAt (when it happened)',
      in_future: 'the time of the event and the time it became known cannot be in the future',
      region_unknown: 'regionCode: the region code is not in the Kemendagri gazetteer',
      unit_unknown: 'unitId: unknown unit, or outside your reach',
      duplicate_unknown: 'duplicateOf: report not found',
      duplicate_self: 'duplicateOf: a report cannot be a duplicate of itself',
      duplicate_of_duplicate: 'duplicateOf: that report is itself a duplicate; name the original',
    },
  },
};

/** The {detail} key of a refused transition: `incident.refusal.<refusal>`, or `incident.not_allowed.<action>.<status>`. */
export function refusalKey(refusal: TransitionRefusal, action: IncidentAction, status: IncidentStatus): string {
  return refusal === 'not_allowed' ? `incident.not_allowed.${action}.${status}` : `incident.refusal.${refusal}`;
}

/**
 * Every incident message as a catalogue key (`incident.…`) → text, for the nouns of
 * src/i18n/messages.ts: errors carry the key and are worded in the caller's language when sent.
 */
export function incidentNouns(lang: Language): Record<string, string> {
  const words = INCIDENT_WORDS[lang];
  const nouns: Record<string, string> = {};
  for (const [key, text] of Object.entries(words.problems)) nouns[`incident.${key}`] = text;
  for (const [key, text] of Object.entries(words.refusals)) nouns[`incident.refusal.${key}`] = text;
  for (const action of INCIDENT_ACTIONS) {
    for (const status of INCIDENT_STATUSES) {
      nouns[refusalKey('not_allowed', action, status)] = words.notAllowed.replace('{action}', words.actions[action]).replace('{status}', words.statuses[status].toLowerCase());
    }
  }
  return nouns;
}
