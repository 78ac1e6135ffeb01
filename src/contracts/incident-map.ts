import { z } from 'zod';
import { incidentCategoryCodeSchema } from './incident-categories.js';
import { MAX_MAP_ZOOM, MIN_MAP_ZOOM } from '../domain/incidents/map-zoom.js';
import { INCIDENT_SEVERITIES } from '../domain/incidents/vocabulary.js';
import { INCIDENT_STATUSES } from '../domain/incidents/workflow.js';
import { instantSchema, regionCodeSchema } from './common.js';


export const incidentMapQuerySchema = z
  .object({
    /** A province: its kabupaten/kota map. Without it: the provinces' map. */
    parent: regionCodeSchema.optional(),
    /**
     * The map's zoom as web-map tiles count it (src/domain/incidents/map-zoom.ts):
     * floor(log2(map width in px · 360 / (256 · degrees of longitude shown))), 0–16.
     */
    zoom: z.coerce.number().int().min(MIN_MAP_ZOOM).max(MAX_MAP_ZOOM).default(4),
    /** Occurred at or after; default 30 days before now. */
    from: instantSchema.optional(),
    /** Occurred before. */
    to: instantSchema.optional(),
    category: incidentCategoryCodeSchema.optional(),
    status: z.enum(INCIDENT_STATUSES).optional(),
  })
  .strict();
export type IncidentMapQuery = z.infer<typeof incidentMapQuerySchema>;

export const incidentMapPointSchema = z.object({
  /** `c<cluster id>` for a cluster (valid for this answer only), `i<incident id>` for one report. */
  id: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** Reports it stands for (1 for a single report). */
  count: z.number().int(),
  /** Its most frequent categories, most first (at most three), with their counts. */
  categories: z.array(z.object({ code: z.string(), count: z.number().int() })),
  /** The highest severity among its reports. */
  severity: z.enum(INCIDENT_SEVERITIES),
  /** The report, when the point is a single one. */
  incident: z.object({ id: z.number().int(), reference: z.string(), category: z.string(), severity: z.enum(INCIDENT_SEVERITIES) }).nullable(),
});
export type IncidentMapPoint = z.infer<typeof incidentMapPointSchema>;

export const incidentMapSchema = z
  .object({
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
    zoom: z.number().int(),
    from: z.string(),
    to: z.string().nullable(),
    /** Reports with coordinates that match (at most `limit` are read). */
    placed: z.number().int(),
    /** Reports that match but have no coordinates: not on the map. */
    unplaced: z.number().int(),
    /** More reports matched than were read: the map shows the latest `limit`; narrow the filters. */
    capped: z.boolean(),
    limit: z.number().int(),
    points: z.array(incidentMapPointSchema),
  })
  .meta({ id: 'IncidentMap' });
export type IncidentMap = z.infer<typeof incidentMapSchema>;
