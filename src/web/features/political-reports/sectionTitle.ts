import type { Language } from '../../i18n';
import type { TemplateSection } from './api';

/** A section's title in the UI language; `rollup` (the pulled-in kab/kota summaries) has no template entry. */
export function sectionTitle(sections: TemplateSection[], key: string, lang: Language, rollupTitle: string): string {
  const section = sections.find((entry) => entry.key === key);
  if (!section) return key === 'rollup' ? rollupTitle : key;
  return lang === 'en' ? section.titleEn : section.titleId;
}

/** The template's keys in order, then any other key the content holds (the roll-up block last). */
export function contentKeys(sections: TemplateSection[], content: Record<string, string>): string[] {
  const known = sections.map((section) => section.key);
  return [...known, ...Object.keys(content).filter((key) => !known.includes(key))];
}
