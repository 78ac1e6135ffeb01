import { SEVERITIES, type Severity } from '../meetings/vocabulary.js';

/** The closed vocabularies of incidents besides categories (categories.ts), statuses (workflow.ts) and regimes (regime.ts). */

/** How bad it is: the same scale as a meeting's findings, so a finding and a report compare. */
export const INCIDENT_SEVERITIES = SEVERITIES;
export type IncidentSeverity = Severity;

/** A severity's place on the scale, mildest first: comparing two ranks compares two severities. */
export const severityRank = (severity: IncidentSeverity): number => INCIDENT_SEVERITIES.indexOf(severity);

/** The severities at or above `least`, mildest first (what "from this severity up" means in a filter). */
export const severitiesFrom = (least: IncidentSeverity): readonly IncidentSeverity[] => INCIDENT_SEVERITIES.slice(severityRank(least));

/**
 * How a report arrived: typed in the web app, sent by an integration through the API, an SMS or a
 * WhatsApp message through the gateway, a row of an imported spreadsheet, or picked up from the media.
 */
export const INCIDENT_CHANNELS = ['web', 'api', 'sms', 'whatsapp', 'import', 'media'] as const;
export type IncidentChannel = (typeof INCIDENT_CHANNELS)[number];

/**
 * Roughly Indonesia with a margin (Sabang to Merauke, Miangas to Rote): coordinates outside it are
 * almost always latitude and longitude swapped, or a sign lost.
 */
export const INDONESIA_BOUNDS = { minLatitude: -12, maxLatitude: 7, minLongitude: 94, maxLongitude: 142 } as const;

/** Whether a point lies inside INDONESIA_BOUNDS. */
export function withinIndonesia(latitude: number, longitude: number): boolean {
  const b = INDONESIA_BOUNDS;
  return latitude >= b.minLatitude && latitude <= b.maxLatitude && longitude >= b.minLongitude && longitude <= b.maxLongitude;
}
