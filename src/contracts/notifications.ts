import { z } from 'zod';
import { DELIVERY_STATUSES, NOTIFICATION_CHANNEL_KINDS, NOTIFICATION_KINDS } from '../domain/notifications/vocabulary.js';
import { idParamSchema } from './common.js';

/** Text a person types: no control characters (they cannot be meant, and would reach mail headers). */
const plain = (max: number) => z.string().max(max).refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: 'control characters' });

export const unitParamsSchema = z.object({ id: idParamSchema });
export const channelParamsSchema = z.object({ id: idParamSchema });
export const notificationParamsSchema = z.object({ id: idParamSchema });
export const deliveryParamsSchema = z.object({ id: idParamSchema });

export const createChannelSchema = z
  .object({
    kind: z.enum(NOTIFICATION_CHANNEL_KINDS),
    /** An e-mail address, or the webhook's http(s) URL. */
    target: plain(500).meta({ example: 'piket@bawaslu-bangli.go.id' }),
    /** Webhooks: the signing key; one is made when none is given. Ignored for e-mail. */
    secret: plain(200).optional(),
    active: z.boolean().default(true),
  })
  .strict();
export type CreateChannel = z.infer<typeof createChannelSchema>;

export const updateChannelSchema = z
  .object({ target: plain(500).optional(), active: z.boolean().optional(), secret: plain(200).optional() })
  .strict();
export type UpdateChannel = z.infer<typeof updateChannelSchema>;

export const channelSchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: z.enum(NOTIFICATION_CHANNEL_KINDS),
  target: z.string(),
  active: z.boolean(),
  /** Webhooks: whether a signing secret is set; the secret itself is shown once, when it is made. */
  hasSecret: z.boolean(),
  createdAt: z.string(),
});
/** A channel as created or changed: with its webhook secret, for the receiver's configuration. */
export const channelWithSecretSchema = channelSchema.extend({ secret: z.string().nullable() });

const bilingual = z.object({ id: z.string(), en: z.string() });
export const notificationPayloadSchema = z.object({
  reference: z.string().optional(), category: bilingual.optional(), regionName: z.string().optional(), unitName: z.string().optional(),
  reason: z.string().optional(), clockName: bilingual.optional(), at: z.string().optional(), dueAt: z.string().optional(),
  summary: z.string().optional(), severity: z.string().optional(),
});

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  unit: z.object({ id: z.number().int(), name: z.string() }),
  incident: z.object({ id: z.number().int(), reference: z.string() }).nullable(),
  alertId: z.number().int().nullable(),
  regionCode: z.string().nullable(),
  /** The facts; the screen words them in its own language. */
  payload: notificationPayloadSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationListQuerySchema = z
  .object({
    /** "true": only those not yet read. */
    unread: z.enum(['true', 'false']).optional().transform((value) => value === 'true'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationListSchema = z.object({
  items: notificationSchema.array(),
  total: z.number().int(),
  /** Unread among all the caller reaches (the bell's number), whatever the filter. */
  unread: z.number().int(),
});

export const deliveryListQuerySchema = z
  .object({
    status: z.enum(DELIVERY_STATUSES).default('failed'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type DeliveryListQuery = z.infer<typeof deliveryListQuerySchema>;

export const deliverySchema = z.object({
  id: z.number().int(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  channel: z.object({ id: z.number().int(), kind: z.enum(NOTIFICATION_CHANNEL_KINDS), target: z.string() }),
  unit: z.object({ id: z.number().int(), name: z.string(), regionCode: z.string() }),
  notification: z.object({
    id: z.number().int(), kind: z.enum(NOTIFICATION_KINDS), incident: z.object({ id: z.number().int(), reference: z.string() }).nullable(),
    alertId: z.number().int().nullable(), createdAt: z.string(),
  }),
});
export const deliveryListSchema = z.object({ items: deliverySchema.array(), total: z.number().int() });
