import { describe, expect, it } from 'vitest';
import { interiorPoint } from './interior-point';

const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('interiorPoint', () => {
  it('takes the centroid of a convex polygon', () => {
    expect(interiorPoint({ type: 'Polygon', coordinates: [square(115, -8.5, 1)] })).toEqual([115.5, -8]);
  });

  it('takes the largest polygon of a MultiPolygon (the main island, not an islet)', () => {
    const point = interiorPoint({ type: 'MultiPolygon', coordinates: [[square(120, 0, 0.1)], [square(115, -9, 2)], [square(118, 2, 0.5)]] });
    expect(point).toEqual([116, -8]);
  });

  it('finds a point inside a U shape whose centroid lies in the gap', () => {
    // A U open to the north: arms 0–1 and 3–4 wide, joined by a base 0–4 × 0–1; the centroid (2, ~1.2) is in the gap.
    const u = [[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]];
    const [x, y] = interiorPoint({ type: 'Polygon', coordinates: [u] })!;
    const inArm = (x > 0 && x < 1) || (x > 3 && x < 4);
    const inBase = y > 0 && y < 1 && x > 0 && x < 4;
    expect(inArm || inBase).toBe(true);
  });

  it('answers null for what holds no polygon', () => {
    expect(interiorPoint(null)).toBeNull();
    expect(interiorPoint({ type: 'Point', coordinates: [115, -8] })).toBeNull();
    expect(interiorPoint({ type: 'Polygon', coordinates: [] })).toBeNull();
    expect(interiorPoint({ type: 'Polygon', coordinates: [[[1, 2]]] })).toBeNull();
  });
});
