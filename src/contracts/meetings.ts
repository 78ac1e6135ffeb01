import { z } from 'zod';
import {
  ACTION_STATUSES, FINDING_DOMAINS, MEETING_KINDS, MEETING_LEVELS, MEETING_MODES, RSVP_STATES, SEVERITIES,
} from '../domain/meetings/vocabulary.js';
import { INVITATION_TEMPLATE_NAMES } from '../domain/meetings/invitation-templates.js';
import { normaliseRegulation } from '../domain/regulations/normalise.js';
import { idParamSchema, idSchema, instantSchema, isoDateSchema, regionCodeSchema } from './common.js';

const longText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A legal basis as typed ("Permendagri No. 61 Tahun 2011"), stored normalised ("PERMENDAGRI 61/2011"). */
const regulationSchema = z.string().max(300).transform((value, ctx) => {
  const normal = normaliseRegulation(value);
  if (normal === null) {
    ctx.addIssue({ code: 'custom', message: 'regulation' });
    return z.NEVER;
  }
  return normal;
});

const meetingFields = {
  kind: z.enum(MEETING_KINDS),
  title: longText(300),
  organiserUnitId: idSchema,
  level: z.enum(MEETING_LEVELS).optional(),
  regionCodes: z.array(regionCodeSchema).min(1).max(60),
  electionId: z.string().max(64).nullable().optional(),
  stageCode: z.string().max(64).nullable().optional(),
  contestIds: z.array(idSchema).max(600).optional(),
  startsAt: instantSchema,
  endsAt: instantSchema.nullable().optional(),
  venue: optionalText(300),
  mode: z.enum(MEETING_MODES),
  legalBasis: z.array(regulationSchema).max(20),
  agenda: optionalText(5000),
  summary: optionalText(20000),
  /** Printed under the signature blocks of the minutes. */
  chairName: optionalText(200),
  chairPosition: optionalText(200),
  minuteTakerName: optionalText(200),
  minuteTakerPosition: optionalText(200),
};

export const createMeetingSchema = z
  .object({ ...meetingFields, mode: meetingFields.mode.default('luring'), legalBasis: meetingFields.legalBasis.default([]) })
  .strict();
export type CreateMeeting = z.infer<typeof createMeetingSchema>;

/**
 * Any field of a meeting, with the version the client last read (a stale one is refused with 409).
 * Built from fields without defaults: a default would silently reset what the client left out.
 */
export const updateMeetingSchema = z
  .object({
    ...Object.fromEntries(Object.entries(meetingFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof meetingFields]: z.ZodOptional<(typeof meetingFields)[K]>;
    },
    version: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();
export type UpdateMeeting = z.infer<typeof updateMeetingSchema>;

export const meetingSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(MEETING_KINDS),
    title: z.string(),
    organiser: z.object({ unitId: z.number().int(), name: z.string(), agencyCode: z.string(), regionCode: z.string() }),
    level: z.enum(MEETING_LEVELS),
    regions: z.array(z.object({ code: z.string(), name: z.string() })),
    electionId: z.string().nullable(),
    stageCode: z.string().nullable(),
    contestIds: z.array(z.number().int()),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    timeZone: z.enum(['WIB', 'WITA', 'WIT']),
    venue: z.string().nullable(),
    mode: z.enum(MEETING_MODES),
    legalBasis: z.array(z.string()),
    agenda: z.string().nullable(),
    summary: z.string().nullable(),
    chairName: z.string().nullable(),
    chairPosition: z.string().nullable(),
    minuteTakerName: z.string().nullable(),
    minuteTakerPosition: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingListQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  agency: z.string().max(40).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
export const meetingListSchema = z.object({ items: z.array(meetingSchema), total: z.number().int() });
export const meetingParamsSchema = z.object({ id: idParamSchema });
export const meetingPartParamsSchema = z.object({ id: idParamSchema, partId: idParamSchema });

export const invitationSchema = z
  .object({
    id: z.number().int(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    agencyCode: z.string().nullable(),
    personId: z.number().int().nullable(),
    personName: z.string().nullable(),
    rsvp: z.enum(RSVP_STATES),
    attendedAt: z.string().nullable(),
    representative: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

/** Units and people by id, and/or a template resolved at a region (the meeting's first by default). */
export const inviteSchema = z
  .object({
    unitIds: z.array(idSchema).max(500).default([]),
    personIds: z.array(idSchema).max(500).default([]),
    template: z.enum(INVITATION_TEMPLATE_NAMES as [string, ...string[]]).optional(),
    templateRegion: regionCodeSchema.optional(),
  })
  .strict();
export type Invite = z.infer<typeof inviteSchema>;
export const inviteResultSchema = z.object({ added: z.number().int(), missingAgencies: z.array(z.string()), invitations: z.array(invitationSchema) });

/** RSVP and attendance: `attended` true stamps the arrival time (now, or `attendedAt`); false clears it. */
export const updateInvitationSchema = z
  .object({
    rsvp: z.enum(RSVP_STATES).optional(),
    attended: z.boolean().optional(),
    attendedAt: instantSchema.optional(),
    representative: optionalText(200),
  })
  .strict();
export type UpdateInvitation = z.infer<typeof updateInvitationSchema>;

export const speakerSchema = z.object({
  id: z.number().int(), position: z.number().int(), personId: z.number().int().nullable(), unitId: z.number().int().nullable(),
  name: z.string(), title: z.string().nullable(), points: z.array(z.string()),
}).meta({ id: 'Speaker' });
export const createSpeakerSchema = z
  .object({
    name: longText(200),
    title: optionalText(200),
    personId: idSchema.nullable().optional(),
    unitId: idSchema.nullable().optional(),
    points: z.array(longText(2000)).max(50).default([]),
  })
  .strict();
export type CreateSpeaker = z.infer<typeof createSpeakerSchema>;

export const findingSchema = z.object({
  id: z.number().int(), problem: z.string(), domain: z.enum(FINDING_DOMAINS), regionCode: z.string().nullable(),
  severity: z.enum(SEVERITIES), version: z.number().int(),
}).meta({ id: 'Finding' });
const findingFields = { problem: longText(2000), domain: z.enum(FINDING_DOMAINS), regionCode: regionCodeSchema.nullable().optional(), severity: z.enum(SEVERITIES).default('sedang') };
export const createFindingSchema = z.object(findingFields).strict();
export type CreateFinding = z.infer<typeof createFindingSchema>;
export const updateFindingSchema = z
  .object({
    problem: findingFields.problem.optional(), domain: findingFields.domain.optional(), regionCode: findingFields.regionCode,
    severity: z.enum(SEVERITIES).optional(), version: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();
export type UpdateFinding = z.infer<typeof updateFindingSchema>;

export const strategySchema = z.object({ id: z.number().int(), text: z.string(), findingIds: z.array(z.number().int()), version: z.number().int() }).meta({ id: 'Strategy' });
export const createStrategySchema = z.object({ text: longText(2000), findingIds: z.array(idSchema).max(50).default([]) }).strict();
export type CreateStrategy = z.infer<typeof createStrategySchema>;

export const decisionSchema = z.object({ id: z.number().int(), text: z.string() }).meta({ id: 'Decision' });
export const createDecisionSchema = z.object({ text: longText(2000) }).strict();

export const actionItemSchema = z
  .object({
    id: z.number().int(),
    meetingId: z.number().int(),
    meetingTitle: z.string(),
    meetingStartsAt: z.string(),
    findingId: z.number().int().nullable(),
    strategyId: z.number().int().nullable(),
    title: z.string(),
    ownerUnitId: z.number().int(),
    ownerUnitName: z.string(),
    ownerRegionCode: z.string(),
    ownerPersonId: z.number().int().nullable(),
    ownerPersonName: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    overdue: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ActionItem' });
export type ActionItem = z.infer<typeof actionItemSchema>;

export const createActionItemSchema = z
  .object({
    title: longText(1000),
    ownerUnitId: idSchema,
    ownerPersonId: idSchema.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
    findingId: idSchema.nullable().optional(),
    strategyId: idSchema.nullable().optional(),
  })
  .strict();
export type CreateActionItem = z.infer<typeof createActionItemSchema>;

export const updateActionItemSchema = z
  .object({
    title: longText(1000).optional(),
    ownerUnitId: idSchema.optional(),
    ownerPersonId: idSchema.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    /** Why, or what was done: kept in the item's history with the status move. */
    note: optionalText(4000),
    version: z.number().int().min(1).max(2_147_483_647),
  })
  .strict();
export type UpdateActionItem = z.infer<typeof updateActionItemSchema>;

export const actionItemEventSchema = z.object({
  id: z.number().int(), at: z.string(), actorLabel: z.string(), fromStatus: z.enum(ACTION_STATUSES).nullable(),
  toStatus: z.enum(ACTION_STATUSES).nullable(), note: z.string().nullable(),
  file: z.object({ id: z.number().int(), name: z.string(), mediaType: z.string(), size: z.number().int() }).nullable(),
}).meta({ id: 'ActionItemEvent' });
export const actionItemDetailSchema = actionItemSchema.extend({
  history: z.array(actionItemEventSchema),
  carriedTo: z.array(z.object({ meetingId: z.number().int(), title: z.string(), startsAt: z.string() })),
});

/** The text fields of an evidence upload (multipart), checked like a JSON body. */
export const evidenceFieldsSchema = z.object({ note: optionalText(4000) }).strict();
export const evidenceParamsSchema = z.object({ id: idParamSchema, fileId: idParamSchema });

export const actionItemListQuerySchema = z.object({
  /** `unit`: the caller's own unit (officers); `region`: everything in the caller's scope. */
  mine: z.enum(['unit', 'region']).default('region'),
  status: z.enum(ACTION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  region: regionCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ActionItemListQuery = z.infer<typeof actionItemListQuerySchema>;
export const actionItemListSchema = z.object({ items: z.array(actionItemSchema), total: z.number().int() });
export const carryForwardSchema = z.object({ actionItemIds: z.array(idSchema).min(1).max(500) }).strict();

export const signatorySchema = z.object({
  id: z.number().int(), unitId: z.number().int().nullable(), personId: z.number().int().nullable(), name: z.string(),
  position: z.string().nullable(), signedAt: z.string().nullable(),
});
export const declarationSchema = z.object({ id: z.number().int(), title: z.string(), text: z.string(), signatories: z.array(signatorySchema) }).meta({ id: 'Declaration' });
export const createDeclarationSchema = z
  .object({
    title: longText(300),
    text: longText(20000),
    signatories: z
      .array(z.object({ unitId: idSchema.nullable().optional(), personId: idSchema.nullable().optional(), name: longText(200), position: optionalText(200) }).strict())
      .max(200)
      .default([]),
  })
  .strict();
export type CreateDeclaration = z.infer<typeof createDeclarationSchema>;
export const signSchema = z.object({ signed: z.boolean() }).strict();
export const signatoryParamsSchema = z.object({ id: idParamSchema, partId: idParamSchema, signatoryId: idParamSchema });

export const meetingDetailSchema = meetingSchema.extend({
  invitations: z.array(invitationSchema),
  speakers: z.array(speakerSchema),
  findings: z.array(findingSchema),
  strategies: z.array(strategySchema),
  decisions: z.array(decisionSchema),
  actionItems: z.array(actionItemSchema),
  carriedItems: z.array(actionItemSchema),
  declarations: z.array(declarationSchema),
  /** What the caller may do here, so the web app shows only working buttons. */
  canEdit: z.boolean(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const searchQuerySchema = z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) });
export const searchResultSchema = z.object({
  items: z.array(z.object({
    type: z.enum(['meeting', 'finding', 'strategy', 'action_item']),
    id: z.number().int(),
    meetingId: z.number().int(),
    meetingTitle: z.string(),
    startsAt: z.string(),
    text: z.string(),
    rank: z.number(),
  })),
});
