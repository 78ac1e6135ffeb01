import { z } from 'zod';
import { OFFICES, REGIMES } from '../domain/elections/types.js';
import { TIME_ZONES } from '../domain/regions/timezones.js';
import { isoDateSchema, regionCodeSchema } from './common.js';
import { regionSummarySchema } from './regions.js';

export const electionSchema = z
  .object({
    id: z.string(),
    regime: z.enum(REGIMES),
    nameId: z.string(),
    nameEn: z.string(),
    votingDate: isoDateSchema,
    legalBasis: z.string(),
    contestCount: z.number().int(),
    stageCount: z.number().int(),
  })
  .meta({ id: 'Election' });
export type Election = z.infer<typeof electionSchema>;

export const electionListSchema = z.object({ items: z.array(electionSchema) }).meta({ id: 'ElectionList' });

export const electionParamsSchema = z.object({ id: z.string().max(64) });

export const stageSchema = z
  .object({
    position: z.number().int(),
    code: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    legalBasis: z.string(),
    isVotingDay: z.boolean(),
    phase: z.enum(['past', 'current', 'upcoming']),
  })
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof stageSchema>;

export const stageQuerySchema = z.object({
  region: regionCodeSchema.optional().meta({ description: 'Region whose time zone decides today (default: WIB).' }),
});

export const stageListSchema = z
  .object({
    electionId: z.string(),
    timeZone: z.enum(TIME_ZONES),
    /** The local date in that zone at the time of the request. */
    today: isoDateSchema,
    items: z.array(stageSchema),
  })
  .meta({ id: 'StageList' });
export type StageList = z.infer<typeof stageListSchema>;

export const contestQuerySchema = z.object({
  region: regionCodeSchema
    .optional()
    .meta({ description: 'Contests that concern this region: its own, those of the regions above it and below it.' }),
  office: z.enum(OFFICES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const contestSchema = z
  .object({ id: z.number().int(), electionId: z.string(), office: z.enum(OFFICES), region: regionSummarySchema })
  .meta({ id: 'Contest' });
export type Contest = z.infer<typeof contestSchema>;

export const contestListSchema = z.object({ items: z.array(contestSchema), total: z.number().int() }).meta({ id: 'ContestList' });
export type ContestList = z.infer<typeof contestListSchema>;
