import { z } from 'zod';
import { isRegionCode } from '../domain/regions/codes.js';

/** A Kemendagri code in its dotted form, e.g. "51.06". */
export const regionCodeSchema = z
  .string()
  .max(13)
  // The message is a catalogue key, translated when the error is sent (src/i18n/messages.ts).
  .refine(isRegionCode, { message: 'region_code' })
  .meta({ example: '51.06' });

export const errorSchema = z
  .object({
    code: z.string().meta({ example: 'not_found' }),
    message: z.string().meta({ example: 'Wilayah tidak ditemukan.' }),
  })
  .meta({ id: 'Error' });

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
