import { z } from 'zod';
import { NEUTRALITY_OUTCOMES } from '../domain/neutrality/vocabulary.js';
import { idSchema, isoDateSchema } from './common.js';

const text = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

/** NIP of a civil servant: 18 digits (birth date, appointment month, sex, sequence). */
export const nipSchema = z.string().trim().regex(/^\d{18}$/, 'NIP: 18 digits');

/**
 * The ASN side of a neutrality report as recorded: the office (a catalogue unit and/or the pact target
 * that office is in a campaign), the official, and the outcome. `version` is the case's, absent on the first save.
 */
export const neutralityCaseInputSchema = z.object({
  version: z.number().int().min(1).max(2_147_483_647).optional(),
  unitId: idSchema.nullable().default(null),
  pactTargetId: idSchema.nullable().default(null),
  officeName: text(300),
  personName: text(200),
  personNip: nipSchema.nullable().default(null),
  personPosition: text(200),
  outcome: z.enum(NEUTRALITY_OUTCOMES).default('dalam_proses'),
  decidedBy: text(200),
  decidedOn: isoDateSchema.nullable().default(null),
  outcomeNote: text(4000),
}).strict();
export type NeutralityCaseInput = z.infer<typeof neutralityCaseInputSchema>;

export const neutralityCaseSchema = z.object({
  incidentId: z.number().int(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  pactTargetId: z.number().int().nullable(),
  pactTarget: z.object({ name: z.string(), campaignId: z.number().int(), campaignTitle: z.string(), state: z.string() }).nullable(),
  officeName: z.string().nullable(),
  personName: z.string().nullable(),
  personNip: z.string().nullable(),
  personPosition: z.string().nullable(),
  outcome: z.enum(NEUTRALITY_OUTCOMES),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type NeutralityCase = z.infer<typeof neutralityCaseSchema>;

/** What GET answers: the case, or null while none is recorded (the report still may have one). */
export const neutralityCaseAnswerSchema = z.object({ case: neutralityCaseSchema.nullable(), mayEdit: z.boolean() });
export type NeutralityCaseAnswer = z.infer<typeof neutralityCaseAnswerSchema>;

/** Neutrality cases linked to one pact target (the office's record, seen from its campaign). */
export const neutralityCaseListSchema = z.object({
  items: z.array(z.object({ incidentId: z.number().int(), reference: z.string(), occurredAt: z.string(), regionCode: z.string(), personName: z.string().nullable(), outcome: z.enum(NEUTRALITY_OUTCOMES) })),
});
