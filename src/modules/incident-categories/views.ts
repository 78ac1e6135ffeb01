import type { IncidentCategoryView } from '../../contracts/incident-categories.js';
import type { CatalogueCategory } from '../../domain/incidents/category-catalogue.js';
import { effectiveClockRule } from '../../domain/incidents/incident-clocks.js';
import { clockDefinition, type ClockCode, type Regime } from '../../domain/incidents/regime.js';

function ruleView(code: ClockCode, regime: Regime, category: CatalogueCategory) {
  const law = clockDefinition(code).rules[regime];
  const rule = effectiveClockRule(code, regime, category);
  if (!rule || !law) return null;
  return { amount: rule.amount, unit: rule.unit, basis: rule.basis, unverified: rule.unverified === true, configured: rule.configured, law: { amount: law.amount, unit: law.unit } };
}

/** A category of the effective catalogue with each of its clocks as it applies under both regimes. */
export function categoryView(category: CatalogueCategory): IncidentCategoryView {
  return {
    code: category.code, name: category.name, keywords: [...category.keywords], defaultSeverity: category.defaultSeverity,
    referralAgency: category.referralAgency, alsoConcerns: [...category.alsoConcerns],
    clocks: category.clocks.map((code) => ({
      code, name: clockDefinition(code).name, pemilu: ruleView(code, 'pemilu', category), pilkada: ruleView(code, 'pilkada', category),
    })),
    active: category.active, isDefault: category.isDefault, overridden: category.overridden, version: category.version,
  };
}
