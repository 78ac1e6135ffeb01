/**
 * A point inside a region's outline, where the map can be clicked for that region (browser tests) and
 * a marker for the region as a whole could sit. Pure: no map library involved.
 */

type Position = readonly number[];
type Ring = readonly Position[];

/** Twice the signed area of a ring (shoelace), in squared degrees. */
function doubledArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum;
}

function centroid(ring: Ring): [number, number] {
  const area = doubledArea(ring);
  if (area === 0) {
    const n = ring.length;
    return [ring.reduce((s, p) => s + p[0]!, 0) / n, ring.reduce((s, p) => s + p[1]!, 0) / n];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    x += (ring[j]![0]! + ring[i]![0]!) * cross;
    y += (ring[j]![1]! + ring[i]![1]!) * cross;
  }
  return [x / (3 * area), y / (3 * area)];
}

/** Where a horizontal line at `lat` crosses the ring's edges, west to east. */
function crossings(ring: Ring, lat: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = [ring[j]![0]!, ring[j]![1]!];
    const [x2, y2] = [ring[i]![0]!, ring[i]![1]!];
    if ((y1 > lat) !== (y2 > lat)) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
  }
  return xs.sort((a, b) => a - b);
}

function inside(ring: Ring, [x, y]: readonly [number, number]): boolean {
  return crossings(ring, y).filter((cx) => cx < x).length % 2 === 1;
}

/** The polygons' outer rings of a GeoJSON Polygon or MultiPolygon; nothing for anything else. */
function outerRings(geometry: unknown): Ring[] {
  if (typeof geometry !== 'object' || geometry === null) return [];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return [];
  const polygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : [];
  return polygons
    .map((polygon) => (Array.isArray(polygon) ? polygon[0] : undefined))
    .filter((ring): ring is Ring => Array.isArray(ring) && ring.length >= 3 && ring.every((p) => Array.isArray(p) && p.length >= 2));
}

/**
 * [lon, lat] inside the largest polygon of the outline: its centroid when that lies inside (most
 * regions), else the middle of the widest stretch of the polygon along the centroid's latitude (a
 * crescent or a U-shaped coast). Holes are not considered; null for a geometry without polygons.
 */
export function interiorPoint(geometry: unknown): [number, number] | null {
  const rings = outerRings(geometry);
  if (rings.length === 0) return null;
  const largest = rings.reduce((best, ring) => (Math.abs(doubledArea(ring)) > Math.abs(doubledArea(best)) ? ring : best));
  const middle = centroid(largest);
  if (inside(largest, middle)) return middle;
  const xs = crossings(largest, middle[1]);
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [west, east] = [xs[i]!, xs[i + 1]!];
    if (!best || east - west > best[1] - best[0]) best = [west, east];
  }
  return best ? [(best[0] + best[1]) / 2, middle[1]] : middle;
}
