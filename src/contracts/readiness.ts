import { z } from 'zod';
import { READINESS_BANDS } from '../domain/readiness/bands.js';
import { READINESS_DOMAINS } from '../domain/readiness/default-templates.js';
import { READINESS_STATUSES } from '../domain/readiness/score.js';
import { idParamSchema, idSchema, isoDateSchema, regionCodeSchema } from './common.js';
import { actionItemSchema } from './meetings.js';

const labelSchema = z.object({ id: z.string(), en: z.string() });
const domainSchema = z.enum(READINESS_DOMAINS);
const statusSchema = z.enum(READINESS_STATUSES);
/** Free text; blank is no text (null). */
const optionalText = (max: number) => z.string().trim().max(max).transform((value) => (value === '' ? null : value)).nullable().optional();
/** An item's code as the template spells it (checked against the template's items). */
const itemCodeSchema = z.string().max(40);

/** 0–100 rounded to 2 decimals; null when no item applies (all "tidak berlaku"). */
const percentSchema = z.number().nullable();

const templateItemSchema = z.object({ code: z.string(), label: labelSchema, guidance: labelSchema, weight: z.number() });

export const templateSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    version: z.number().int(),
    domain: domainSchema,
    domainLabel: labelSchema,
    /** A Pilkada 2024 stage code (src/domain/elections/pilkada-2024.ts), or null for any stage. */
    stageCode: z.string().nullable(),
    title: labelSchema,
    status: z.enum(['published']),
    createdAt: z.string(),
    items: z.array(templateItemSchema),
  })
  .meta({ id: 'ReadinessTemplate' });
export type ReadinessTemplate = z.infer<typeof templateSchema>;

export const idParamsSchema = z.object({ id: idParamSchema });

const itemFields = {
  code: itemCodeSchema,
  note: optionalText(2000),
  /** A link or a short description of what shows the item's state. */
  evidence: optionalText(1000),
  responsibleUnitId: idSchema.nullable().optional(),
};

/** Items not listed start as "belum"; an unknown code is refused (400). */
export const createAssessmentSchema = z
  .object({
    templateId: idSchema,
    /** A province or a kabupaten/kota. */
    regionCode: regionCodeSchema,
    /** Default: today in the region's zone. */
    assessedOn: isoDateSchema.optional(),
    responsibleUnitId: idSchema.nullable().optional(),
    note: optionalText(4000),
    items: z.array(z.object({ ...itemFields, status: statusSchema }).strict()).max(200).optional(),
  })
  .strict();
export type CreateAssessment = z.infer<typeof createAssessmentSchema>;

/** Changes at the version the client read (a stale one is refused with 409); what is left out stays. */
export const updateAssessmentSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    responsibleUnitId: idSchema.nullable().optional(),
    note: optionalText(4000),
    items: z.array(z.object({ ...itemFields, status: statusSchema.optional() }).strict()).max(200).optional(),
  })
  .strict();
export type UpdateAssessment = z.infer<typeof updateAssessmentSchema>;

const templateRefSchema = z.object({ id: z.number().int(), code: z.string(), version: z.number().int(), domain: domainSchema, stageCode: z.string().nullable(), title: labelSchema });
const regionRefSchema = z.object({ code: z.string(), name: z.string(), level: z.number().int(), parentCode: z.string().nullable() });
const countsSchema = z.object({ siap: z.number().int(), sebagian: z.number().int(), belum: z.number().int(), tidak_berlaku: z.number().int() });

export const assessmentSummarySchema = z
  .object({
    id: z.number().int(),
    template: templateRefSchema,
    region: regionRefSchema,
    assessedOn: z.string(),
    responsibleUnitId: z.number().int().nullable(),
    responsibleUnitName: z.string().nullable(),
    percent: percentSchema,
    counts: countsSchema,
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReadinessAssessmentSummary' });
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentSchema = assessmentSummarySchema
  .extend({
    note: z.string().nullable(),
    createdAt: z.string(),
    /** Every item of the template version, in checklist order. */
    items: z.array(templateItemSchema.extend({
      status: statusSchema,
      note: z.string().nullable(),
      evidence: z.string().nullable(),
      responsibleUnitId: z.number().int().nullable(),
      responsibleUnitName: z.string().nullable(),
      actionItemId: z.number().int().nullable(),
      actionItemStatus: z.string().nullable(),
    })),
  })
  .meta({ id: 'ReadinessAssessment' });
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentListQuerySchema = z
  .object({
    /** A region and everything inside it. */
    region: regionCodeSchema.optional(),
    templateId: idParamSchema.optional(),
    domain: domainSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type AssessmentListQuery = z.infer<typeof assessmentListQuerySchema>;

export const assessmentListSchema = z.object({ items: z.array(assessmentSummarySchema), total: z.number().int() }).meta({ id: 'ReadinessAssessmentList' });

export const regionParamsSchema = z.object({ code: regionCodeSchema });

const latestSchema = z.object({ assessmentId: z.number().int(), templateId: z.number().int(), templateVersion: z.number().int(), assessedOn: z.string(), percent: percentSchema });

const rollUpSchema = z.object({
  /** Unweighted mean over the kabupaten/kota with a percent; null when none has one. */
  percent: percentSchema,
  assessed: z.number().int(),
  expected: z.number().int(),
  /** Kabupaten/kota codes without an assessment (or with nothing applicable), sorted. */
  missing: z.array(z.string()),
});

export const regionReadinessSchema = z
  .object({
    region: regionRefSchema,
    /** Unweighted mean of the domain percents that have one. */
    percent: percentSchema,
    domains: z.array(z.object({
      domain: domainSchema,
      label: labelSchema,
      /** Unweighted mean of the latest percents of the domain's checklists. */
      percent: percentSchema,
      templates: z.array(z.object({
        /** The checklist's newest version. */
        template: templateRefSchema,
        latest: latestSchema.nullable(),
        /** Every assessment of the checklist (any version) for the region, oldest first. */
        history: z.array(latestSchema),
      })),
    })),
    /** A province only: its kabupaten/kota, and each checklist's and domain's roll-up from their latest assessments. */
    rollUp: z.object({
      children: z.array(z.object({ code: z.string(), name: z.string() })),
      templates: z.array(rollUpSchema.extend({ code: z.string(), domain: domainSchema, title: labelSchema })),
      domains: z.array(rollUpSchema.extend({ domain: domainSchema, label: labelSchema })),
    }).nullable(),
  })
  .meta({ id: 'ReadinessRegion' });
export type RegionReadiness = z.infer<typeof regionReadinessSchema>;

export const readinessScoresQuerySchema = z
  .object({
    /** A province: its kabupaten/kota; absent: the provinces. */
    parent: regionCodeSchema.optional(),
  })
  .strict();
export type ReadinessScoresQuery = z.infer<typeof readinessScoresQuerySchema>;

export const readinessScoresSchema = z
  .object({
    /** The province asked for, or null for the provinces. */
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
    level: z.enum(['provinsi', 'kabupaten_kota']),
    /**
     * The regions of that level the reader may read, by code; those outside the reader's scope are
     * left out (as from the assessments list), so a map shows them as outside, not as unassessed.
     */
    rows: z.array(z.object({
      code: z.string(),
      name: z.string(),
      /** The overall percent of GET /readiness/regions/:code (mean of the domain percents); null without an assessment. */
      percent: percentSchema,
      /** Its band (src/domain/readiness/bands.ts) on the percent as shown; null without a percent. */
      band: z.enum(READINESS_BANDS).nullable(),
      /** The most recent day among the assessments the percent is made of; null without an assessment. */
      lastAssessedOn: z.string().nullable(),
    })),
  })
  .meta({ id: 'ReadinessScores' });
export type ReadinessScores = z.infer<typeof readinessScoresSchema>;

export const gapActionItemsSchema = z
  .object({
    /** A meeting the caller may add action items to. */
    meetingId: idSchema,
    /** Default: every gap (belum or sebagian). */
    itemCodes: z.array(itemCodeSchema).min(1).max(200).optional(),
    dueDate: isoDateSchema.nullable().optional(),
    /** Default: each item's responsible unit, else the assessment's. */
    ownerUnitId: idSchema.optional(),
  })
  .strict();
export type GapActionItems = z.infer<typeof gapActionItemsSchema>;

export const gapActionItemsResultSchema = z
  .object({
    /** The action items made now, one per gap, in checklist order. */
    items: z.array(actionItemSchema.extend({ itemCode: z.string() })),
    /** Gaps left alone because an open action item already follows them. */
    skipped: z.array(z.object({ itemCode: z.string(), actionItemId: z.number().int() })),
  })
  .meta({ id: 'ReadinessGapActionItems' });
export type GapActionItemsResult = z.infer<typeof gapActionItemsResultSchema>;
