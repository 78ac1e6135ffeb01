import Supercluster from 'supercluster';
import type { IncidentMap, IncidentMapPoint, IncidentMapQuery } from '../../contracts/incident-map.js';
import { AppError } from '../../domain/errors.js';
import { INCIDENT_SEVERITIES, severityRank } from '../../domain/incidents/vocabulary.js';
import { MAX_MAP_ZOOM } from '../../domain/incidents/map-zoom.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createIncidentMapRepo, type PlacedIncident } from './map-repo.js';
import type { IncidentVisibility } from './repo.js';

/** The most reports one map reads: beyond it the answer says `capped` and shows the latest. */
export const MAP_POINT_LIMIT = 50_000;
/** Without `from`, the map shows the last 30 days of events. */
const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60_000;
/** Markers closer than this many pixels merge (the largest marker is 44 px across). */
const CLUSTER_RADIUS_PX = 40;
const TOP_CATEGORIES = 3;

/** What a cluster carries up from its reports: counts per category and the highest severity's rank. */
interface Summary {
  categories: Record<string, number>;
  severity: number;
}


function topCategories(categories: Record<string, number>): IncidentMapPoint['categories'] {
  return Object.entries(categories)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, TOP_CATEGORIES)
    .map(([code, count]) => ({ code, count }));
}

/**
 * Clusters reports for a map at `zoom` with supercluster (tile pixels of 256 at that zoom, as
 * src/domain/incidents/map-zoom.ts computes the zoom), so the browser draws tens of markers, never
 * tens of thousands.
 */
export function clusterIncidents(incidents: readonly PlacedIncident[], zoom: number): IncidentMapPoint[] {
  const index = new Supercluster<PlacedIncident, Summary>({
    // Clusters up to one zoom short of the closest: there every report is its own marker, even two at one spot.
    radius: CLUSTER_RADIUS_PX, extent: 256, maxZoom: MAX_MAP_ZOOM - 1,
    map: (incident) => ({ categories: { [incident.category]: 1 }, severity: severityRank(incident.severity) }),
    reduce: (into, from) => {
      for (const [code, count] of Object.entries(from.categories)) into.categories[code] = (into.categories[code] ?? 0) + count;
      into.severity = Math.max(into.severity, from.severity);
    },
  });
  index.load(incidents.map((incident) => ({
    type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [incident.longitude, incident.latitude] }, properties: incident,
  })));
  return index.getClusters([-180, -85, 180, 85], zoom).map((feature): IncidentMapPoint => {
    // Supercluster projects and back, which blurs the last digits: clusters are rounded to ~0.1 m.
    const [lon, lat] = (feature.geometry.coordinates as [number, number]).map((degrees) => Math.round(degrees * 1e6) / 1e6) as [number, number];
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      return {
        id: `c${properties.cluster_id}`, lon, lat, count: properties.point_count, categories: topCategories(properties.categories),
        severity: INCIDENT_SEVERITIES[properties.severity] ?? 'rendah', incident: null,
      };
    }
    const incident = properties as PlacedIncident;
    return {
      id: `i${incident.id}`, lon: incident.longitude, lat: incident.latitude, count: 1, categories: [{ code: incident.category, count: 1 }], severity: incident.severity,
      incident: { id: incident.id, reference: incident.reference, category: incident.category, severity: incident.severity },
    };
  });
}

/** GET /incidents/map-points: the visible, matching reports with coordinates, clustered for one map. */
export async function incidentMapPoints(db: Db, clock: Clock, visibility: IncidentVisibility, query: IncidentMapQuery): Promise<IncidentMap> {
  const repo = createIncidentMapRepo(db);
  let parent: IncidentMap['parent'] = null;
  if (query.parent !== undefined) {
    const region = await repo.region(query.parent);
    if (!region) throw new AppError('not_found', 404, { what: 'region' });
    if (region.level !== 1) throw new AppError('invalid', 400, { detail: 'parent: a province code' });
    parent = { code: region.code, name: region.name };
  }
  const from = query.from ?? new Date(clock.now().getTime() - DEFAULT_WINDOW_MS).toISOString();
  const to = query.to ?? null;
  const filter = { visibility, within: parent?.code ?? null, from, to, category: query.category ?? null, status: query.status ?? null };
  const read = await repo.placed(filter, MAP_POINT_LIMIT + 1);
  const capped = read.length > MAP_POINT_LIMIT;
  const placed = capped ? read.slice(0, MAP_POINT_LIMIT) : read;
  return {
    parent, zoom: query.zoom, from, to, placed: placed.length, unplaced: await repo.unplaced(filter), capped, limit: MAP_POINT_LIMIT,
    points: clusterIncidents(placed, query.zoom),
  };
}
