import { INCIDENT_CATEGORIES, type ClockOverrides, type IncidentCategory } from './categories.js';

/**
 * A desk's configured catalogue (issue 7: "category catalogue, configurable"; "legal clocks …
 * configurable per category"). A setting (a row of incident_category_settings) with a default code
 * replaces that category whole; one with a new code adds a category. Defaults without a setting stay
 * as categories.ts has them.
 *
 * Clocks are computed from the catalogue as it is when a report is read, so a changed clock applies to
 * reports already made as well as to new ones: the clocks are the desk's reading of the law (DOMAIN.md
 * marks several unverified and asks to keep them configurable), and a correction of that reading is
 * meant to correct every open countdown, not only future ones. A clock already met stays met or late
 * against the corrected deadline.
 */
export interface CategorySetting extends IncidentCategory {
  clockRules: ClockOverrides;
  active: boolean;
  version: number;
}

/** A category of the effective catalogue, and where it comes from. */
export interface CatalogueCategory extends IncidentCategory {
  clockRules: ClockOverrides;
  active: boolean;
  /** One of categories.ts's defaults (a desk can switch it off, not delete it). */
  isDefault: boolean;
  /** A desk setting applies to it (a changed default, or any added category). */
  overridden: boolean;
  /** The setting's version for optimistic saves; 0 while a default has none. */
  version: number;
}

/**
 * Defaults merged with a desk's settings: defaults in their order (each replaced by its setting when
 * there is one), then the desk's own categories by code.
 */
export function effectiveCatalogue(settings: readonly CategorySetting[], defaults: readonly IncidentCategory[] = INCIDENT_CATEGORIES): CatalogueCategory[] {
  const byCode = new Map(settings.map((setting) => [setting.code, setting]));
  const fromSetting = (setting: CategorySetting, isDefault: boolean): CatalogueCategory => ({
    code: setting.code, name: { ...setting.name }, keywords: [...setting.keywords], defaultSeverity: setting.defaultSeverity,
    referralAgency: setting.referralAgency, alsoConcerns: [...setting.alsoConcerns], clocks: [...setting.clocks], clockRules: setting.clockRules,
    active: setting.active, isDefault, overridden: true, version: setting.version,
  });
  const defaultCodes = new Set(defaults.map((category) => category.code));
  const merged = defaults.map((category): CatalogueCategory => {
    const setting = byCode.get(category.code);
    return setting ? fromSetting(setting, true) : { ...category, clockRules: {}, active: true, isDefault: true, overridden: false, version: 0 };
  });
  const added = settings.filter((setting) => !defaultCodes.has(setting.code)).sort((a, b) => a.code.localeCompare(b.code));
  return [...merged, ...added.map((setting) => fromSetting(setting, false))];
}

/** The built-in catalogue in effective form: what a desk without settings has. */
export const DEFAULT_CATALOGUE: readonly CatalogueCategory[] = effectiveCatalogue([]);
