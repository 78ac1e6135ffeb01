import { z } from 'zod';
import { AGENCIES, type AgencyCode } from '../agencies/catalogue.js';
import { normaliseReportText, type IncidentCategory } from './categories.js';
import { CLOCK_CODES, clockDefinition, REGIMES, type ClockCode, type ClockUnit, type Regime } from './regime.js';
import { INCIDENT_SEVERITIES } from './vocabulary.js';

/** A new category's code: lower-case words joined by underscores, like the defaults ("politik_uang"). */
export const CATEGORY_CODE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
export const MAX_CATEGORY_CODE_LENGTH = 40;

/**
 * How far a desk may stretch a clock: a legal window is days or weeks, "1×24 jam" rules are hours.
 * Longer than a year (or a month of hours) is a typing slip, not a rule.
 */
export const CLOCK_AMOUNT_LIMITS: Record<ClockUnit, number> = { calendar_days: 365, working_days: 260, hours: 720 };

const agencyCodes = AGENCIES.map((agency) => agency.code) as [AgencyCode, ...AgencyCode[]];

/** Messages are catalogue keys (src/i18n/incident-categories.ts), worded in the caller's language when sent. */
const nameText = z.string().trim().min(1, { message: 'incident_category.name_required' }).max(200);

const keyword = z.string().trim().min(1, { message: 'incident_category.keyword_empty' }).max(80)
  // Keywords are matched against lower-cased text: one typed in capitals would look right and never match.
  .refine((value) => value === value.toLowerCase(), { message: 'incident_category.keyword_lower_case' })
  .refine((value) => normaliseReportText(value).trim() !== '', { message: 'incident_category.keyword_empty' });

const clockOverride = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(['calendar_days', 'working_days', 'hours']),
}).strict().refine((rule) => rule.amount <= CLOCK_AMOUNT_LIMITS[rule.unit], { message: 'incident_category.clock_amount_too_large', path: ['amount'] });

const regimeRules = z.object({ pemilu: clockOverride.optional(), pilkada: clockOverride.optional() }).strict();

/** What a desk saves for a category (PUT /incident-categories/:code). */
export const categorySettingSchema = z.object({
  name: z.object({ id: nameText, en: nameText }).strict(),
  keywords: z.array(keyword).max(100),
  defaultSeverity: z.enum(INCIDENT_SEVERITIES),
  referralAgency: z.enum(agencyCodes),
  alsoConcerns: z.array(z.enum(agencyCodes)).max(20),
  clocks: z.array(z.enum(CLOCK_CODES)).max(CLOCK_CODES.length),
  /** Per clock, per regime: the desk's own amount and day kind in place of the law's table (regime.ts). */
  clockRules: z.partialRecord(z.enum(CLOCK_CODES), regimeRules),
  active: z.boolean(),
  /** The version the editor started from: 0 for a category without a setting yet (a default, or a new one). */
  version: z.number().int().min(0).max(2_147_483_647),
}).strict();
export type CategorySettingInput = z.infer<typeof categorySettingSchema>;

/** A problem of a setting, at its field, with what the message names. */
export interface SettingProblem {
  /** A dotted path into the input: "keywords.3", "clockRules.pelaporan.pilkada", "code". */
  field: string;
  key: 'code_pattern' | 'keyword_duplicate' | 'keyword_taken' | 'clock_repeated' | 'rule_without_clock' | 'rule_without_regime';
  params: Record<string, string>;
}

/**
 * What the shape cannot check: a new code's form, and the catalogue as a whole: a keyword must point
 * to one category only (else an SMS saying it would be guessed at random), so a keyword another
 * category already has is refused naming that category; clock rules only for clocks the category
 * runs and regimes that have that clock.
 */
export function settingProblems(code: string, input: CategorySettingInput, catalogue: readonly IncidentCategory[]): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const existing = catalogue.find((category) => category.code === code);
  if (!existing && (code.length > MAX_CATEGORY_CODE_LENGTH || !CATEGORY_CODE_PATTERN.test(code))) {
    problems.push({ field: 'code', key: 'code_pattern', params: { code } });
  }
  const owners = new Map<string, string>();
  for (const category of catalogue) {
    if (category.code === code) continue;
    for (const word of category.keywords) owners.set(normaliseReportText(word), category.code);
  }
  const seen = new Set<string>();
  input.keywords.forEach((word, index) => {
    const normalised = normaliseReportText(word);
    if (seen.has(normalised)) problems.push({ field: `keywords.${index}`, key: 'keyword_duplicate', params: { keyword: word } });
    seen.add(normalised);
    const owner = owners.get(normalised);
    if (owner) problems.push({ field: `keywords.${index}`, key: 'keyword_taken', params: { keyword: word, category: code, other: owner } });
  });
  const clocks = new Set<ClockCode>();
  input.clocks.forEach((clock, index) => {
    if (clocks.has(clock)) problems.push({ field: `clocks.${index}`, key: 'clock_repeated', params: { clock } });
    clocks.add(clock);
  });
  for (const [clock, rules] of Object.entries(input.clockRules) as [ClockCode, Partial<Record<Regime, unknown>>][]) {
    if (!clocks.has(clock)) {
      problems.push({ field: `clockRules.${clock}`, key: 'rule_without_clock', params: { clock } });
      continue;
    }
    for (const regime of REGIMES) {
      if (rules[regime] && !clockDefinition(clock).rules[regime]) {
        problems.push({ field: `clockRules.${clock}.${regime}`, key: 'rule_without_regime', params: { clock, regime } });
      }
    }
  }
  return problems;
}
