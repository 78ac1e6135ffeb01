import { z } from 'zod';
import { ROLES } from '../domain/access/rules.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/access/session-policy.js';

export const loginBodySchema = z
  .object({
    email: z.string().trim().max(254).email(),
    // Any length is checked against the stored hash; the bound only stops abuse of the hasher.
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .strict();

export const currentUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    scopeRegionCode: z.string().nullable(),
    unitId: z.number().int().nullable(),
    language: z.enum(['id', 'en']),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const updateProfileSchema = z
  .object({ language: z.enum(['id', 'en']).optional(), displayName: z.string().trim().min(1).max(200).optional() })
  .strict();
export type UpdateProfile = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH) })
  .strict();
