import { z } from 'zod';
import { idParamSchema, idSchema } from './common.js';

export const personSchema = z
  .object({
    id: z.number().int(),
    fullName: z.string(),
    position: z.string().nullable(),
    unitId: z.number().int(),
    unitName: z.string(),
    regionCode: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

/** Indonesian numbers as people write them: +62…, 62…, 08…, with spaces, dots or dashes. */
const phoneSchema = z.string().trim().max(30).regex(/^\+?[0-9][0-9 .()-]{5,28}$/, 'phone');

export const createPersonSchema = z
  .object({
    fullName: z.string().trim().min(2).max(200),
    position: z.string().trim().max(200).nullable().default(null),
    unitId: idSchema,
    phone: phoneSchema.nullable().default(null),
    email: z.string().trim().toLowerCase().max(254).email().nullable().default(null),
  })
  .strict();
export type CreatePerson = z.infer<typeof createPersonSchema>;

/** Corrections to a person: any field, including moving them to another unit. */
export const updatePersonSchema = z
  .object({
    fullName: z.string().trim().min(2).max(200).optional(),
    position: z.string().trim().max(200).nullable().optional(),
    unitId: idSchema.optional(),
    phone: phoneSchema.nullable().optional(),
    email: z.string().trim().toLowerCase().max(254).email().nullable().optional(),
  })
  .strict();
export type UpdatePerson = z.infer<typeof updatePersonSchema>;

export const personListQuerySchema = z.object({
  unit: idParamSchema.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const personListSchema = z.object({ items: z.array(personSchema), total: z.number().int() });
export const personParamsSchema = z.object({ id: idParamSchema });
