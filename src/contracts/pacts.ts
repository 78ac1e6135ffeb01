import { z } from 'zod';
import { DEFAULT_LINK_DAYS, MAX_LINK_DAYS } from '../domain/pacts/link.js';
import { MAX_NAME_LENGTH, MAX_TARGETS_PER_REQUEST } from '../domain/pacts/import-rows.js';
import { MAX_REASON_LENGTH, REVIEW_DECISIONS } from '../domain/pacts/review.js';
import { NIP_PATTERN } from '../domain/pacts/requirements.js';
import { PACT_SUBMISSION_CHANNELS, PACT_TARGET_KINDS, PACT_TARGET_STATES, PACT_TARGET_STATUSES } from '../domain/pacts/vocabulary.js';
import { idParamSchema, idSchema, isoDateSchema, regionCodeSchema } from './common.js';

/**
 * Integrity-pact campaigns (issue 8): the API contract shared by the desk's pages, the compliance
 * views and the public submission page. Times go out as ISO UTC with the region's IANA zone; a
 * deadline comes in as the region's wall clock ("YYYY-MM-DDTHH:mm").
 */
const version = z.number().int().min(1).max(2_147_483_647);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional();
const nullableOut = z.string().nullable();

export const localDeadlineSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).meta({ example: '2024-09-30T23:59', description: 'wall clock in the campaign region’s zone' });

export const pactCampaignParamsSchema = z.object({ id: idParamSchema });
export const pactTargetParamsSchema = z.object({ targetId: idParamSchema });

export const pactCampaignListQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  electionId: z.string().min(1).max(64).optional(),
  /** `true`: only campaigns past their deadline with targets still owing a pact (belum or ditolak: the counts' `terlambat`). */
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
}).strict();
export type PactCampaignListQuery = z.infer<typeof pactCampaignListQuerySchema>;

const campaignFields = {
  title: text(300).min(1),
  legalBasis: optionalText(1000),
  electionId: z.string().min(1).max(64).nullable().optional(),
  deadlineLocal: localDeadlineSchema,
  requiresDocument: z.boolean().optional(),
  requiresVideo: z.boolean().optional(),
  requiresSigner: z.boolean().optional(),
  requiresSignedOn: z.boolean().optional(),
  notes: optionalText(4000),
};

export const pactCampaignCreateSchema = z.object({ ...campaignFields, regionCode: regionCodeSchema }).strict();
export type PactCampaignCreate = z.infer<typeof pactCampaignCreateSchema>;

/** Any of the fields, at the version read; the region stays (its targets lie inside it). */
export const pactCampaignUpdateSchema = z.object({
  version,
  title: campaignFields.title.optional(),
  legalBasis: campaignFields.legalBasis,
  electionId: campaignFields.electionId,
  deadlineLocal: localDeadlineSchema.optional(),
  requiresDocument: campaignFields.requiresDocument,
  requiresVideo: campaignFields.requiresVideo,
  requiresSigner: campaignFields.requiresSigner,
  requiresSignedOn: campaignFields.requiresSignedOn,
  notes: campaignFields.notes,
}).strict();
export type PactCampaignUpdate = z.infer<typeof pactCampaignUpdateSchema>;

export const versionQuerySchema = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }).strict();

export const pactCountsSchema = z.object({
  targets: z.number().int(), belum: z.number().int(), terkirim: z.number().int(), diverifikasi: z.number().int(), ditolak: z.number().int(),
  /** Past the deadline with nothing accepted or pending (belum or ditolak). */
  terlambat: z.number().int(),
  /** Targets whose latest submission came after the deadline. */
  late: z.number().int(),
});

export const pactCampaignSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  legalBasis: z.string(),
  electionId: nullableOut,
  regionCode: z.string(),
  regionName: z.string(),
  deadline: z.string().meta({ description: 'ISO 8601, UTC' }),
  timeZone: z.string().meta({ example: 'Asia/Makassar' }),
  requiresDocument: z.boolean(),
  requiresVideo: z.boolean(),
  requiresSigner: z.boolean(),
  requiresSignedOn: z.boolean(),
  notes: z.string(),
  version: z.number().int(),
  counts: pactCountsSchema,
}).meta({ id: 'PactCampaignSummary' });
export type PactCampaignSummary = z.infer<typeof pactCampaignSummarySchema>;

export const pactCampaignListSchema = z.object({ items: z.array(pactCampaignSummarySchema), total: z.number().int() });

export const pactTargetSchema = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  name: z.string(),
  kind: z.enum(PACT_TARGET_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  unitId: z.number().int().nullable(),
  contactName: nullableOut,
  contactEmail: nullableOut,
  contactPhone: nullableOut,
  state: z.enum(PACT_TARGET_STATES),
  status: z.enum(PACT_TARGET_STATUSES),
  submittedAt: nullableOut,
  late: z.boolean(),
  reviewedAt: nullableOut,
  reviewerName: nullableOut,
  rejectReason: nullableOut,
  link: z.object({ issued: z.boolean(), expiresAt: nullableOut, usedAt: nullableOut }),
  version: z.number().int(),
}).meta({ id: 'PactTarget' });
export type PactTarget = z.infer<typeof pactTargetSchema>;

export const pactTargetListQuerySchema = z.object({
  status: z.enum(PACT_TARGET_STATUSES).optional(),
  kind: z.enum(PACT_TARGET_KINDS).optional(),
  regionCode: regionCodeSchema.optional(),
  q: z.string().trim().max(200).optional(),
}).strict();
export type PactTargetListQuery = z.infer<typeof pactTargetListQuerySchema>;

export const pactTargetListSchema = z.object({ items: z.array(pactTargetSchema), total: z.number().int() });

const contact = (max: number) => z.string().trim().max(max).nullable().optional();
export const pactTargetInputSchema = z.object({
  name: text(MAX_NAME_LENGTH).min(1),
  kind: z.enum(PACT_TARGET_KINDS),
  regionCode: regionCodeSchema,
  unitId: idSchema.nullable().optional(),
  contactName: contact(200),
  contactEmail: z.email().max(200).nullable().optional(),
  contactPhone: z.string().trim().regex(/^\+?[0-9][0-9 ().-]{5,24}$/).nullable().optional(),
}).strict();
export type PactTargetInput = z.infer<typeof pactTargetInputSchema>;

export const pactTargetsCreateSchema = z.object({ targets: z.array(pactTargetInputSchema).min(1).max(MAX_TARGETS_PER_REQUEST) }).strict();
export const pactTargetsFromUnitsSchema = z.object({
  unitIds: z.array(idSchema).min(1).max(MAX_TARGETS_PER_REQUEST),
  kind: z.enum(PACT_TARGET_KINDS).default('perangkat_daerah'),
}).strict();
export const pactTargetsCreatedSchema = z.object({ created: z.array(pactTargetSchema) });

export const pactImportResultSchema = z.object({
  created: z.array(pactTargetSchema),
  rows: z.array(z.object({ row: z.number().int(), ok: z.boolean(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
});
export type PactImportResult = z.infer<typeof pactImportResultSchema>;

export const pactLinkIssueSchema = z.object({ expiresInDays: z.number().int().min(1).max(MAX_LINK_DAYS).default(DEFAULT_LINK_DAYS) }).strict();
export const pactLinkSchema = z.object({ url: z.string(), token: z.string(), expiresAt: z.string() });
export const pactBulkLinksSchema = z.object({ targetIds: z.array(idSchema).min(1).max(MAX_TARGETS_PER_REQUEST).optional() }).strict();
export const pactBulkLinksResultSchema = z.object({
  links: z.array(z.object({ targetId: z.number().int(), name: z.string(), url: z.string(), expiresAt: z.string() })),
});

export const pactReviewSchema = z.object({
  version,
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.string().trim().max(MAX_REASON_LENGTH).optional(),
}).strict();
export type PactReview = z.infer<typeof pactReviewSchema>;

/** The text parts of a submission (multipart), empty parts read as absent. */
const formText = (max: number) => z.string().trim().max(max).transform((value) => (value === '' ? null : value)).nullable().default(null);
export const pactSubmissionFieldsSchema = z.object({
  signerName: formText(200),
  signerNip: z.string().trim().transform((v) => v.replace(/\s+/g, '')).pipe(z.union([z.literal(''), z.string().regex(NIP_PATTERN, { message: 'nip' })]))
    .transform((value) => (value === '' ? null : value)).nullable().default(null),
  signerPosition: formText(200),
  signedOn: z.union([z.literal(''), isoDateSchema]).transform((value) => (value === '' ? null : value)).nullable().default(null),
  videoUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).transform((value) => (value === '' ? null : value)).nullable().default(null),
  note: formText(2000),
}).strict();
export type PactSubmissionFields = z.infer<typeof pactSubmissionFieldsSchema>;

export const pactSubmissionResultSchema = z.object({ submittedAt: z.string(), late: z.boolean() });

export const pactSubmissionSchema = z.object({
  id: z.number().int(),
  channel: z.enum(PACT_SUBMISSION_CHANNELS),
  submittedAt: z.string(),
  late: z.boolean(),
  signerName: nullableOut,
  signerNip: nullableOut,
  signerPosition: nullableOut,
  signedOn: nullableOut,
  videoUrl: nullableOut,
  document: z.object({ fileId: z.number().int(), name: z.string(), mediaType: z.string(), size: z.number().int() }).nullable(),
  note: nullableOut,
}).meta({ id: 'PactSubmission' });
export type PactSubmission = z.infer<typeof pactSubmissionSchema>;
export const pactSubmissionListSchema = z.array(pactSubmissionSchema);
export const pactSubmissionParamsSchema = z.object({ id: idParamSchema });

/** What the public page shows to the holder of a link: this target and its campaign, nothing of others. */
export const pactLinkViewSchema = z.object({
  target: z.object({ name: z.string(), kind: z.enum(PACT_TARGET_KINDS), regionName: z.string() }),
  campaign: z.object({
    title: z.string(), legalBasis: z.string(), deadline: z.string(), timeZone: z.string(),
    requiresDocument: z.boolean(), requiresVideo: z.boolean(), requiresSigner: z.boolean(), requiresSignedOn: z.boolean(),
  }),
  state: z.enum(PACT_TARGET_STATES),
  alreadySubmitted: z.boolean(),
  expiresAt: z.string(),
});
export type PactLinkView = z.infer<typeof pactLinkViewSchema>;
