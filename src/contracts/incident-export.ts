import { z } from 'zod';
import { incidentFilterSchema } from './incidents.js';

export const INCIDENT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type IncidentExportFormat = (typeof INCIDENT_EXPORT_FORMATS)[number];

/**
 * GET /incidents/export: the list's filters (the same reports as GET /incidents shows), the file
 * format, and the language of the headers (else Accept-Language, else Bahasa Indonesia).
 */
export const incidentExportQuerySchema = incidentFilterSchema
  .extend({
    format: z.enum(INCIDENT_EXPORT_FORMATS).default('csv'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();
export type IncidentExportQuery = z.infer<typeof incidentExportQuerySchema>;
