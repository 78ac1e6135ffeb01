import { z } from 'zod';
import { CATEGORY_CODE_PATTERN, categorySettingSchema, MAX_CATEGORY_CODE_LENGTH } from '../domain/incidents/category-setting.js';
import { CLOCK_CODES } from '../domain/incidents/regime.js';
import { INCIDENT_SEVERITIES } from '../domain/incidents/vocabulary.js';

const name = z.object({ id: z.string(), en: z.string() });
const clockUnitSchema = z.enum(['calendar_days', 'working_days', 'hours']);

/**
 * A category code as reports, filters and imports carry it. Which codes exist is the desk's
 * catalogue's business (GET /incidents/categories): the service checks it, so a category a desk adds
 * is taken without a new release.
 */
export const incidentCategoryCodeSchema = z.string().max(MAX_CATEGORY_CODE_LENGTH)
  .refine((value) => CATEGORY_CODE_PATTERN.test(value), { message: 'incident_category.unknown' })
  .meta({ example: 'politik_uang' });

/** A rule as it applies (`configured`: the desk's own amount or day kind) and the law's (regime.ts). */
const clockRuleSchema = z.object({
  amount: z.number().int(), unit: clockUnitSchema, basis: z.string(), unverified: z.boolean(), configured: z.boolean(),
  law: z.object({ amount: z.number().int(), unit: clockUnitSchema }),
}).nullable();

export const incidentCategorySchema = z.object({
  code: z.string(),
  name,
  keywords: z.array(z.string()),
  defaultSeverity: z.enum(INCIDENT_SEVERITIES),
  referralAgency: z.string(),
  alsoConcerns: z.array(z.string()),
  clocks: z.array(z.object({ code: z.enum(CLOCK_CODES), name, pemilu: clockRuleSchema, pilkada: clockRuleSchema })),
  /** False: switched off for new reports; reports already made keep it. */
  active: z.boolean(),
  /** One of the built-in categories (it can be switched off, not deleted). */
  isDefault: z.boolean(),
  /** A desk setting applies (a changed default, or a category the desk added). */
  overridden: z.boolean(),
  /** The setting's version to save over (PUT); 0 when there is none yet. */
  version: z.number().int(),
}).meta({ id: 'IncidentCategory' });
export type IncidentCategoryView = z.infer<typeof incidentCategorySchema>;

export { categorySettingSchema };

/** A code in the path: anything short; the service says whether it exists or may be made. */
export const categoryParamsSchema = z.object({ code: z.string().min(1).max(100) });

/** The version a removal is based on (optimistic, like a save). */
export const categoryDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }).strict();
