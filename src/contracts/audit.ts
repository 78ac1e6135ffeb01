import { z } from 'zod';
import { instantSchema } from './common.js';

export const auditQuerySchema = z.object({
  actor: z.uuid().optional(),
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditItemSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), label: z.string() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    regionCode: z.string().nullable(),
    changes: z.json(),
    ip: z.string().nullable(),
    client: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const auditListSchema = z.object({ items: z.array(auditItemSchema), total: z.number().int() });
