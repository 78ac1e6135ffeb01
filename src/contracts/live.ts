import { z } from 'zod';

export const liveQuerySchema = z
  .object({
    types: z.string().max(200).regex(/^[a-z_]+(,[a-z_]+)*$/).optional().meta({
      description: 'Only events whose type starts with one of these comma-separated words (incident, alert). Without it: every event.',
      example: 'incident,alert',
    }),
  })
  .strict();
export type LiveQuery = z.infer<typeof liveQuerySchema>;
