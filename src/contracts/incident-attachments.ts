import { z } from 'zod';
import { idParamSchema } from './common.js';

export const attachmentParamsSchema = z.object({ id: idParamSchema, attachmentId: idParamSchema });

/**
 * A file attached to a report: what it is, never what it holds (no EXIF, no location: those stay in
 * the original bytes, which only the download gives).
 */
export const incidentAttachmentSchema = z
  .object({
    id: z.number().int(),
    incidentId: z.number().int(),
    name: z.string().meta({ example: 'foto-amplop.jpg' }),
    mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']),
    size: z.number().int().meta({ description: 'bytes' }),
    sha256: z.string().meta({ description: 'of the stored bytes, hex' }),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string().meta({ description: 'ISO 8601, UTC' }),
    /** The caller may delete it now (its own within the window, or a coordinator/admin over the region). */
    canDelete: z.boolean(),
  })
  .meta({ id: 'IncidentAttachment' });

export const incidentAttachmentListSchema = z.object({
  items: incidentAttachmentSchema.array(),
  /** Whether the caller may attach more (a limit still applies). */
  canAttach: z.boolean(),
  maxAttachments: z.number().int(),
  maxBytes: z.number().int(),
  mediaTypes: z.string().array(),
});

/** What an upload answers: the attachments it stands for (an existing one when the same bytes were already there). */
export const incidentAttachmentUploadSchema = z.object({
  items: z.array(incidentAttachmentSchema.extend({ duplicate: z.boolean() })),
});

export type IncidentAttachment = z.infer<typeof incidentAttachmentSchema>;
export type IncidentAttachmentList = z.infer<typeof incidentAttachmentListSchema>;
export type IncidentAttachmentUpload = z.infer<typeof incidentAttachmentUploadSchema>;
