import type { Language } from './messages.js';

/** Why a merge or a bulk request is refused, by catalogue key (`incident.…`), one complete set per language. */
const WORDS: Record<Language, Record<'duplicate_has_sources' | 'bulk_versions' | 'bulk_repeated', string>> = {
  id: {
    duplicate_has_sources:
      'laporan ini sudah menjadi laporan utama bagi laporan lain yang ditandai duplikatnya; tandai laporan yang lain sebagai duplikat dari laporan ini',
    bulk_versions: 'versions harus sepanjang ids: satu versi untuk setiap laporan, dengan urutan yang sama',
    bulk_repeated: 'ids memuat laporan yang sama lebih dari sekali',
  },
  en: {
    duplicate_has_sources: 'this report is already the primary of other reports marked as its duplicates; mark the other report as a duplicate of this one instead',
    bulk_versions: 'versions must be as long as ids: one version per report, in the same order',
    bulk_repeated: 'ids names the same report more than once',
  },
};

/** The nouns of src/i18n/messages.ts for near-duplicates and bulk triage. */
export function incidentDuplicateNouns(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(WORDS[lang]).map(([key, text]) => [`incident.${key}`, text]));
}
