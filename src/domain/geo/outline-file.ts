import findSelfIntersections from 'geojson-polygon-self-intersections';

/**
 * Outlines a desk imports to replace or refine the vendored boundaries (data/geo): a GeoJSON
 * FeatureCollection (or one Feature) whose features carry a Kemendagri code in their properties.
 * Every feature is checked on its own and reported with its number, so one broken island does not
 * hide the other 513 kabupaten/kota; the file as a whole is refused only when it is not GeoJSON.
 */

export type OutlineProblem =
  | 'code_missing' | 'region_unknown' | 'region_level' | 'out_of_scope' | 'duplicate_in_file'
  | 'geometry_missing' | 'geometry_type' | 'coordinates_malformed' | 'coordinates_range'
  | 'ring_too_short' | 'ring_not_closed' | 'self_intersection' | 'outside_indonesia';

/** Why the file as a whole cannot be read: a 400 with this as its detail. */
export type OutlineFileProblem = 'not_json' | 'not_geojson' | 'no_features' | 'too_many_features' | 'too_many_positions';

export class OutlineFileError extends Error {
  constructor(readonly problem: OutlineFileProblem) {
    super(problem);
  }
}

/** Where in a geometry a problem lies, 1-based as a person counts: the polygon of a MultiPolygon, the ring of a polygon. */
export interface GeometryPlace {
  polygon: number;
  ring: number;
}

export interface OutlineFeatureProblem {
  /** 1-based position of the feature in the file. */
  feature: number;
  /** The code as the file gives it (normalised when it could be), or null when it has none. */
  code: string | null;
  problem: OutlineProblem;
  at: GeometryPlace | null;
}

export type PolygonCoordinates = number[][][];

/** A feature that passed the checks of the file alone; whether its region exists is asked next. */
export interface CandidateOutline {
  feature: number;
  code: string;
  geometry: { type: 'Polygon'; coordinates: PolygonCoordinates } | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

/** Bounds on one file, so that one upload cannot keep the server busy for minutes. */
export const MAX_OUTLINE_FEATURES = 2_000;
/**
 * Checking a ring for crossings takes about 4 s and 300 MB per million positions on a small server,
 * so a file holds at most half a million: over five times the vendored national kabupaten/kota layer.
 */
export const MAX_OUTLINE_POSITIONS = 500_000;

/**
 * Indonesia's extent with a margin (Sabang ~95.3°E to Merauke ~141°E, Miangas ~5.6°N to Rote ~11°S).
 * A geometry wholly outside it was almost always written with latitude and longitude swapped, or in
 * a projected system (metres) instead of WGS84 degrees.
 */
const INDONESIA = { west: 90, south: -15, east: 145, north: 10 } as const;

/** The property names that hold a Kemendagri code in the files desks meet (ours, BPS/BIG exports, wilayah datasets). */
const CODE_PROPERTIES = ['code', 'kode', 'kode_wilayah', 'kode_kemendagri', 'kdepum', 'kdpkab', 'kdppum', 'kode_prov', 'kode_kab'];

/** "51", "5103", "51.03", 5103: the dotted Kemendagri form of a province or kabupaten/kota code, else the text as given. */
export function normaliseOutlineCode(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (text === '') return null;
  if (/^\d{4}$/.test(text)) return `${text.slice(0, 2)}.${text.slice(2)}`;
  return text;
}

/** The code of a feature: from `codeProperty` when the user named one, else from the first known property that has one. */
export function outlineCodeOf(properties: unknown, codeProperty: string | undefined): string | null {
  if (!isRecord(properties)) return null;
  if (codeProperty !== undefined) return normaliseOutlineCode(properties[codeProperty]);
  const byLowerName = new Map(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
  for (const name of CODE_PROPERTIES) {
    const code = normaliseOutlineCode(byLowerName.get(name));
    if (code !== null) return code;
  }
  return null;
}

/** Parses the file and checks every feature's code (presence, repeats) and geometry. */
export function readOutlineFile(text: string, codeProperty?: string): { candidates: CandidateOutline[]; problems: OutlineFeatureProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new OutlineFileError('not_json');
  }
  const features = featuresOf(parsed);
  if (features.length === 0) throw new OutlineFileError('no_features');
  if (features.length > MAX_OUTLINE_FEATURES) throw new OutlineFileError('too_many_features');

  const candidates: CandidateOutline[] = [];
  const problems: OutlineFeatureProblem[] = [];
  const seen = new Set<string>();
  let positions = 0;
  features.forEach((raw, index) => {
    const feature = index + 1;
    const code = outlineCodeOf(isRecord(raw) ? raw.properties : undefined, codeProperty);
    const report = (problem: OutlineProblem, at: GeometryPlace | null = null) => problems.push({ feature, code, problem, at });
    if (code === null) return report('code_missing');
    if (seen.has(code)) return report('duplicate_in_file');
    seen.add(code);
    const checked = checkGeometry(isRecord(raw) ? raw.geometry : undefined, MAX_OUTLINE_POSITIONS - positions);
    if ('problem' in checked) return report(checked.problem, checked.at);
    positions += checked.positions;
    const bbox = boundsOf(checked.polygons);
    if (bbox[2] < INDONESIA.west || bbox[0] > INDONESIA.east || bbox[3] < INDONESIA.south || bbox[1] > INDONESIA.north) return report('outside_indonesia');
    const geometry = checked.multi
      ? { type: 'MultiPolygon' as const, coordinates: checked.polygons }
      : { type: 'Polygon' as const, coordinates: checked.polygons[0]! };
    candidates.push({ feature, code, geometry, bbox });
  });
  return { candidates, problems };
}

function featuresOf(parsed: unknown): unknown[] {
  if (!isRecord(parsed)) throw new OutlineFileError('not_geojson');
  if (parsed.type === 'FeatureCollection' && Array.isArray(parsed.features)) return parsed.features;
  if (parsed.type === 'Feature') return [parsed];
  throw new OutlineFileError('not_geojson');
}

type GeometryCheck =
  | { problem: OutlineProblem; at: GeometryPlace | null }
  | { multi: boolean; polygons: PolygonCoordinates[]; positions: number };

/**
 * A Polygon or MultiPolygon in WGS84 degrees whose rings are closed, long enough and do not cross
 * themselves or each other. More than `budget` positions stop the whole file before the costly crossing check.
 */
export function checkGeometry(geometry: unknown, budget: number = MAX_OUTLINE_POSITIONS): GeometryCheck {
  if (!isRecord(geometry)) return { problem: 'geometry_missing', at: null };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return { problem: 'geometry_type', at: null };
  const multi = geometry.type === 'MultiPolygon';
  const polygons = multi ? geometry.coordinates : [geometry.coordinates];
  if (!Array.isArray(polygons) || polygons.length === 0) return { problem: 'coordinates_malformed', at: null };
  let positions = 0;
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) return { problem: 'coordinates_malformed', at: { polygon: p + 1, ring: 1 } };
    for (const [r, ring] of polygon.entries()) {
      const at = { polygon: p + 1, ring: r + 1 };
      const problem = ringProblem(ring);
      if (problem) return { problem, at };
      positions += (ring as unknown[]).length;
      if (positions > budget) throw new OutlineFileError('too_many_positions');
    }
    const crossing = crossingOf(polygon as PolygonCoordinates);
    if (crossing) return { problem: 'self_intersection', at: { polygon: p + 1, ring: crossing.ring } };
  }
  return { multi, polygons: polygons as PolygonCoordinates[], positions };
}

function ringProblem(ring: unknown): OutlineProblem | null {
  if (!Array.isArray(ring)) return 'coordinates_malformed';
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2 || position.length > 3 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return 'coordinates_malformed';
    }
    const [longitude, latitude] = position as number[];
    if (Math.abs(longitude!) > 180 || Math.abs(latitude!) > 90) return 'coordinates_range';
  }
  // A closed ring needs three corners and the first repeated at the end (RFC 7946 §3.1.6).
  if (ring.length < 4) return 'ring_too_short';
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'ring_not_closed';
  return null;
}

/**
 * The first ring of a polygon whose edges cross (its own or another ring's). Rings that merely touch
 * at a vertex are allowed: simplified boundaries of neighbouring islands often do.
 */
function crossingOf(polygon: PolygonCoordinates): { ring: number } | null {
  let found: { ring: number } | null = null;
  findSelfIntersections({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: polygon } }, {
    // Within a billionth of an edge of its end is at the vertex: rings that share a vertex would
    // otherwise be reported through floating-point noise (the vendored Papua outlines have such).
    epsilon: 1e-9,
    callbackFunction: ({ ring0, ring1 }) => {
      // A hole crossing the outer ring is the hole's fault more often than not: name the later ring.
      found ??= { ring: Math.max(ring0, ring1) + 1 };
    },
  });
  return found;
}

/** [west, south, east, north] of the outer rings. */
export function boundsOf(polygons: readonly PolygonCoordinates[]): [number, number, number, number] {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const polygon of polygons) {
    // The outer ring bounds its holes.
    for (const [longitude, latitude] of polygon[0]!) {
      west = Math.min(west, longitude!);
      east = Math.max(east, longitude!);
      south = Math.min(south, latitude!);
      north = Math.max(north, latitude!);
    }
  }
  return [west, south, east, north];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
