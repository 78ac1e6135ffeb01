import type { Language } from './messages.js';

/** The server's words about ASN neutrality cases (issue 8), by catalogue key (`neutrality.…`). */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    not_neutrality: 'kasus netralitas ASN hanya dapat dicatat pada laporan berkategori netralitas ASN',
    exists: 'kasus netralitas untuk laporan ini sudah dicatat orang lain; muat ulang lalu ubah dengan versinya',
    unit_unknown: 'unitId: unit tidak dikenal atau di luar jangkauan Anda',
    pact_target_unknown: 'pactTargetId: sasaran pakta integritas tidak dikenal atau di luar jangkauan Anda',
    office_missing: 'sebutkan kantor yang bersangkutan: unitId, pactTargetId atau officeName',
    pact_target: 'Sasaran pakta integritas',
  },
  en: {
    not_neutrality: 'an ASN neutrality case can only be recorded on a report of the ASN neutrality category',
    exists: 'someone else already recorded the neutrality case of this report; reload and update it with its version',
    unit_unknown: 'unitId: unknown unit, or one outside your reach',
    pact_target_unknown: 'pactTargetId: unknown integrity-pact target, or one outside your reach',
    office_missing: 'name the office concerned: unitId, pactTargetId or officeName',
    pact_target: 'Integrity-pact target',
  },
};

/** Every neutrality message as a catalogue key (`neutrality.…`) → text, for the nouns of src/i18n/messages.ts. */
export function neutralityNouns(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS[lang]).map(([key, text]) => [`neutrality.${key}`, text]));
}
