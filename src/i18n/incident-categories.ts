import type { SettingProblem } from '../domain/incidents/category-setting.js';
import type { Language } from './messages.js';

/** The server's words about a desk's category catalogue: refusals of a setting, and what the checks say. */
interface CategoryWords {
  /** Shape checks (zod), by key: worded through the nouns of src/i18n/messages.ts. */
  checks: Record<'name_required' | 'keyword_empty' | 'keyword_lower_case' | 'clock_amount_too_large', string>;
  /** Catalogue checks ({keyword}, {category}, {other}, {clock}, {regime}, {code} filled in). */
  problems: Record<SettingProblem['key'], string>;
  /** Refusals of the service, by key. */
  refusals: Record<'unknown' | 'inactive' | 'in_use' | 'no_setting', string>;
  noun: string;
}

const WORDS: Record<Language, CategoryWords> = {
  id: {
    checks: {
      name_required: 'nama wajib diisi (bahasa Indonesia dan bahasa Inggris)',
      keyword_empty: 'kata kunci tidak boleh kosong dan harus berisi huruf atau angka',
      keyword_lower_case: 'kata kunci ditulis dengan huruf kecil, seperti pesan dicocokkan',
      clock_amount_too_large: 'jangka waktu terlalu panjang (paling lama 365 hari kalender, 260 hari kerja atau 720 jam)',
    },
    problems: {
      code_pattern: 'kode “{code}” tidak valid: huruf kecil, angka dan garis bawah, diawali huruf (contoh: pungli_tps), paling banyak 40 karakter',
      keyword_duplicate: 'kata kunci “{keyword}” tertulis dua kali',
      keyword_taken: 'kata kunci “{keyword}” untuk kategori {category} sudah dipakai kategori {other}: satu kata kunci hanya untuk satu kategori',
      clock_repeated: 'tenggat {clock} tertulis dua kali',
      rule_without_clock: 'aturan untuk tenggat {clock} diberikan, tetapi tenggat itu tidak berlaku untuk kategori ini',
      rule_without_regime: 'tenggat {clock} tidak ada dalam rezim {regime}',
    },
    refusals: {
      unknown: 'category: kategori tidak dikenal. Pilih salah satu dari katalog (GET /api/v1/incidents/categories)',
      inactive: 'category: kategori ini sudah dinonaktifkan untuk laporan baru. Pilih kategori lain dari katalog',
      in_use: 'kategori buatan desk yang sudah dipakai laporan tidak dapat dihapus; nonaktifkan saja (active: false)',
      no_setting: 'kategori ini tidak memiliki pengaturan desk untuk dihapus',
    },
    noun: 'Kategori kejadian',
  },
  en: {
    checks: {
      name_required: 'a name is required (Indonesian and English)',
      keyword_empty: 'a keyword cannot be empty and must hold letters or digits',
      keyword_lower_case: 'keywords are written in lower case, as messages are matched',
      clock_amount_too_large: 'the period is too long (at most 365 calendar days, 260 working days or 720 hours)',
    },
    problems: {
      code_pattern: 'the code “{code}” is not valid: lower-case letters, digits and underscores, starting with a letter (e.g. pungli_tps), at most 40 characters',
      keyword_duplicate: 'the keyword “{keyword}” is listed twice',
      keyword_taken: 'the keyword “{keyword}” for category {category} is already used by category {other}: a keyword belongs to one category only',
      clock_repeated: 'the clock {clock} is listed twice',
      rule_without_clock: 'a rule is given for the clock {clock}, which does not run for this category',
      rule_without_regime: 'the clock {clock} does not exist under the {regime} regime',
    },
    refusals: {
      unknown: 'category: unknown category. Pick one from the catalogue (GET /api/v1/incidents/categories)',
      inactive: 'category: this category has been switched off for new reports. Pick another from the catalogue',
      in_use: 'a desk category that reports already use cannot be deleted; switch it off instead (active: false)',
      no_setting: 'this category has no desk setting to remove',
    },
    noun: 'Incident category',
  },
};

/** A catalogue problem in `lang`, with its parameters filled in. */
export function settingProblemText(lang: Language, problem: Pick<SettingProblem, 'key' | 'params'>): string {
  return WORDS[lang].problems[problem.key].replace(/\{(\w+)\}/g, (_, key: string) => problem.params[key] ?? '');
}

/** Every key of this area (`incident_category.…`) → text, for the nouns of src/i18n/messages.ts. */
export function incidentCategoryNouns(lang: Language): Record<string, string> {
  const words = WORDS[lang];
  return {
    incident_category: words.noun,
    ...Object.fromEntries(Object.entries(words.checks).map(([key, text]) => [`incident_category.${key}`, text])),
    ...Object.fromEntries(Object.entries(words.refusals).map(([key, text]) => [`incident_category.${key}`, text])),
  };
}
