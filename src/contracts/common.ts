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
    /** Only on some errors: a stale save (409 stale_version) carries `changed` and `current`. */
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' });

/** A calendar day, "2024-10-15": one that exists (no 30 February, no year 0000), so PostgreSQL can store it. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, { message: 'date' });

/** A serial id as clients send it: positive and within PostgreSQL's integer, so it can never overflow a query. */
export const idSchema = z.number().int().positive().max(2_147_483_647);
/** The same, read from a path or query string. */
export const idParamSchema = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * An ISO 8601 instant with offset, limited to years PostgreSQL and people both mean (1970–9999 UTC),
 * and handed on in UTC with milliseconds: PostgreSQL refuses some forms ISO allows (offsets past
 * ±15:59, long fractions), so the text as sent never reaches a query.
 */
export const instantSchema = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 1970 && year <= 9999;
}, { message: 'year' }).transform((value) => new Date(value).toISOString());
