import { z } from 'zod';
import { idParamSchema } from './common.js';

/** Longest kop surat: five lines (government, agency, sub-office, …) of at most 200 characters. */
export const LETTERHEAD_MAX_LINES = 5;
export const LETTERHEAD_LINE_MAX = 200;
export const LETTERHEAD_ADDRESS_MAX = 300;
/** A logo is printed about 2 cm wide: 1 MB of PNG or JPEG is plenty. */
export const LETTERHEAD_LOGO_MAX_BYTES = 1024 * 1024;

export const letterheadSchema = z
  .object({
    unitId: z.number().int(),
    lines: z.array(z.string()),
    address: z.string().nullable(),
    hasLogo: z.boolean(),
    /** Null while the unit has never set a letterhead (the minutes then print the unit's name). */
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Letterhead' });
export type Letterhead = z.infer<typeof letterheadSchema>;

export const updateLetterheadSchema = z
  .object({
    lines: z.array(z.string().trim().min(1).max(LETTERHEAD_LINE_MAX)).max(LETTERHEAD_MAX_LINES),
    address: z.string().trim().max(LETTERHEAD_ADDRESS_MAX).nullable().optional(),
  })
  .strict();
export type UpdateLetterhead = z.infer<typeof updateLetterheadSchema>;

export const letterheadParamsSchema = z.object({ id: idParamSchema });
