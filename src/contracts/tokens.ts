import { z } from 'zod';
import { ROLES } from '../domain/access/rules.js';
import { idParamSchema, idSchema, regionCodeSchema } from './common.js';

export const MAX_TOKEN_DAYS = 365;

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    /** Omitted: the creator's own region. */
    scopeRegionCode: regionCodeSchema.nullable().optional(),
    unitId: idSchema.nullable().optional(),
    expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(90),
  })
  .strict();
export type CreateToken = z.infer<typeof createTokenSchema>;

export const tokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(ROLES),
    scopeRegionCode: z.string().nullable(),
    unitId: z.number().int().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof tokenSchema>;

export const createdTokenSchema = tokenSchema.extend({ token: z.string() }).meta({ id: 'CreatedApiToken' });
export const tokenListSchema = z.object({ items: z.array(tokenSchema) });
export const tokenParamsSchema = z.object({ id: idParamSchema });
