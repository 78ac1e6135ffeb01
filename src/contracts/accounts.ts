import { z } from 'zod';
import { ROLES } from '../domain/access/rules.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/access/session-policy.js';
import { currentUserSchema } from './auth.js';
import { idParamSchema, idSchema, regionCodeSchema } from './common.js';


export const unitSchema = z
  .object({ id: z.number().int(), agencyCode: z.string(), regionCode: z.string(), name: z.string(), regionName: z.string() })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

export const createUnitSchema = z
  .object({ agencyCode: z.string().trim().min(2).max(40), regionCode: regionCodeSchema, name: z.string().trim().min(2).max(200) })
  .strict();
export type CreateUnit = z.infer<typeof createUnitSchema>;

/** Rename a unit or correct its agency; its region stays (accounts and records hang on it). */
export const updateUnitSchema = z
  .object({ agencyCode: z.string().trim().min(2).max(40).optional(), name: z.string().trim().min(2).max(200).optional() })
  .strict();
export type UpdateUnit = z.infer<typeof updateUnitSchema>;

export const agencySchema = z
  .object({
    code: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    aliases: z.array(z.string()),
    validTo: z.string().nullable(),
    successorCode: z.string().nullable(),
  })
  .meta({ id: 'Agency' });
export type Agency = z.infer<typeof agencySchema>;
export const agencyListSchema = z.object({ items: z.array(agencySchema) });

export const unitListQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  agency: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const unitListSchema = z.object({ items: z.array(unitSchema), total: z.number().int() });
export const unitParamsSchema = z.object({ id: idParamSchema });

/** An account as administrators see it: the signed-in view plus whether it is disabled. */
export const userSchema = currentUserSchema.extend({ disabled: z.boolean() }).meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).email(),
    displayName: z.string().trim().min(1).max(200),
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
    role: z.enum(ROLES),
    scopeRegionCode: regionCodeSchema.nullable(),
    unitId: idSchema.nullable().default(null),
    language: z.enum(['id', 'en']).default('id'),
  })
  .strict();
export type CreateUser = z.infer<typeof createUserSchema>;

/**
 * What an administrator or coordinator may change about an account. Every field is optional; a
 * role other than officer drops the unit.
 */
export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    scopeRegionCode: regionCodeSchema.nullable().optional(),
    unitId: idSchema.nullable().optional(),
    language: z.enum(['id', 'en']).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export type UpdateUser = z.infer<typeof updateUserSchema>;

/** A password set by an administrator for someone who lost theirs; it ends all of that account's sessions. */
export const resetPasswordSchema = z.object({ newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH) }).strict();

export const userListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const userListSchema = z.object({ items: z.array(userSchema), total: z.number().int() });
export const userParamsSchema = z.object({ id: z.uuid() });

export const unitImportQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('false') });
export const unitImportReportSchema = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    dryRun: z.boolean(),
    errors: z.array(z.object({ row: z.number().int(), column: z.enum(['agency', 'region', 'name']).nullable(), problem: z.string(), value: z.string(), message: z.string() })),
  })
  .meta({ id: 'UnitImportReport' });
