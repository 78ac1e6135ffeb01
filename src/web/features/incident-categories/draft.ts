import { CLOCKS, REGIMES, type ClockCode, type ClockUnit, type Regime } from '../../../domain/incidents/regime';
import type { CategorySettingBody, IncidentCategoryView } from './api';

export type RuleDraft = { amount: number | ''; unit: ClockUnit };

/** What the editor holds: the setting's fields, and every clock's rule under each regime that has it. */
export interface CategoryDraft {
  code: string;
  nameId: string;
  nameEn: string;
  keywords: string[];
  defaultSeverity: string;
  referralAgency: string;
  alsoConcerns: string[];
  clocks: string[];
  rules: Partial<Record<ClockCode, Partial<Record<Regime, RuleDraft>>>>;
  active: boolean;
  version: number;
}

/** Every clock's rules as the law has them (regime.ts), for clocks the category does not run yet. */
function lawRules(): CategoryDraft['rules'] {
  const rules: CategoryDraft['rules'] = {};
  for (const clock of CLOCKS) {
    for (const regime of REGIMES) {
      const rule = clock.rules[regime];
      if (rule) (rules[clock.code] ??= {})[regime] = { amount: rule.amount, unit: rule.unit };
    }
  }
  return rules;
}

/** The editor's start: a category as the catalogue shows it, or an empty new one. */
export function draftOf(category: IncidentCategoryView | null): CategoryDraft {
  const rules = lawRules();
  if (!category) {
    return {
      code: '', nameId: '', nameEn: '', keywords: [], defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: [], clocks: [], rules,
      active: true, version: 0,
    };
  }
  for (const clock of category.clocks) {
    for (const regime of REGIMES) {
      const rule = clock[regime];
      if (rule) (rules[clock.code] ??= {})[regime] = { amount: rule.amount, unit: rule.unit };
    }
  }
  return {
    code: category.code, nameId: category.name.id, nameEn: category.name.en, keywords: [...category.keywords], defaultSeverity: category.defaultSeverity,
    referralAgency: category.referralAgency, alsoConcerns: [...category.alsoConcerns], clocks: category.clocks.map((clock) => clock.code), rules,
    active: category.active, version: category.version,
  };
}

/** The body to save: clock rules only where they differ from the law, for the clocks the category runs. */
export function bodyOf(draft: CategoryDraft): CategorySettingBody {
  const clockRules: CategorySettingBody['clockRules'] = {};
  for (const code of draft.clocks as ClockCode[]) {
    const definition = CLOCKS.find((clock) => clock.code === code);
    for (const regime of REGIMES) {
      const law = definition?.rules[regime];
      const rule = draft.rules[code]?.[regime];
      if (!law || !rule) continue;
      if (rule.amount !== law.amount || rule.unit !== law.unit) {
        (clockRules[code] ??= {})[regime] = { amount: rule.amount === '' ? 0 : rule.amount, unit: rule.unit };
      }
    }
  }
  return {
    name: { id: draft.nameId, en: draft.nameEn },
    // Keywords are matched in lower case: typed capitals are lowered here rather than refused.
    keywords: draft.keywords.map((keyword) => keyword.trim().toLowerCase()).filter(Boolean),
    defaultSeverity: draft.defaultSeverity as CategorySettingBody['defaultSeverity'], referralAgency: draft.referralAgency as CategorySettingBody['referralAgency'],
    alsoConcerns: draft.alsoConcerns as CategorySettingBody['alsoConcerns'], clocks: draft.clocks as CategorySettingBody['clocks'], clockRules,
    active: draft.active, version: draft.version,
  };
}
