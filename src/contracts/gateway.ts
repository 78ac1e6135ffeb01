import { z } from 'zod';
import { hasControlCharacters, normalisePhone } from '../domain/incidents/intake.js';
import { REGIMES } from '../domain/incidents/regime.js';
import { GATEWAY_CHANNELS } from '../domain/incidents/triage.js';
import { instantSchema } from './common.js';

/** The longest message taken: an incident's description holds up to 10,000 characters. */
export const MAX_GATEWAY_TEXT = 10_000;

export const gatewayParamsSchema = z.object({ channel: z.enum(GATEWAY_CHANNELS) });

/**
 * One inbound message as a generic SMS/WhatsApp gateway posts it. `messageId` is the gateway's own id:
 * a repeat with the same id (a retry after a timeout) is answered as the first delivery was.
 */
export const gatewayMessageSchema = z
  .object({
    messageId: z.string().refine((value) => /^[\x21-\x7e]{1,200}$/.test(value), { message: 'gateway.message_id' }).meta({ example: 'SM7f2c9a41d0' }),
    /** The sender's phone number, as the gateway writes it; stored in international form. */
    from: z.string().max(40)
      .refine((value) => normalisePhone(value) !== null, { message: 'gateway.sender' })
      .transform((value) => normalisePhone(value)!)
      .meta({ example: '+62 812-3456-7890' }),
    text: z.string().max(MAX_GATEWAY_TEXT)
      .refine((value) => !hasControlCharacters(value), { message: 'gateway.text_control' })
      .refine((value) => value.trim().length > 0, { message: 'gateway.text_empty' })
      .meta({ example: 'LAPOR#Bangli#politik uang#Ada pembagian amplop di Desa Kayubihi TPS 05' }),
    /** When the gateway received it; default: when it reaches Sinergi. A time ahead of the server's clock counts as now. */
    receivedAt: instantSchema.optional(),
  })
  .strict();
export type GatewayMessage = z.infer<typeof gatewayMessageSchema>;

const problemSchema = z.object({
  part: z.enum(['format', 'region', 'category', 'description']),
  reason: z.string().meta({ description: 'no_keyword, no_separator, missing, invalid_code, unknown, not_found, ambiguous' }),
  /** What the sender wrote for it. */
  text: z.string().optional(),
  /** For an ambiguous region: the regions it may mean. */
  codes: z.array(z.string()).optional(),
});

/**
 * The answer: `reply` is the text for the gateway to send back to the sender, in Bahasa Indonesia
 * (or the Accept-Language's). A report has an incident reference ("INS-2024-000123"); a message
 * waiting for a person a triage reference ("TRI-2024-000045").
 */
export const gatewayAnswerSchema = z
  .object({
    outcome: z.enum(['incident', 'triage']),
    reference: z.string().meta({ example: 'INS-2024-000123' }),
    reply: z.string(),
    incidentId: z.number().int().nullable(),
    triageId: z.number().int().nullable(),
    /** True when this answers a repeat of a message already received. */
    replayed: z.boolean(),
    recognised: z.object({
      region: z.object({ code: z.string(), name: z.string() }).nullable(),
      category: z.string().nullable(),
      regime: z.enum(REGIMES).nullable(),
      tps: z.string().nullable(),
    }),
    problems: z.array(problemSchema),
  })
  .meta({ id: 'GatewayAnswer' });
export type GatewayAnswer = z.infer<typeof gatewayAnswerSchema>;
