import { describe, expect, it } from 'vitest';
import type { OutlineFeature } from '../geo/outlines';
import { alertPosition } from './alertPosition';

/** Two kabupaten of a made-up province as squares: 51.06 (lon 115–116, lat −9 to −8) and 51.71 beside it. */
const square = (west: number, south: number): unknown => ({
  type: 'Polygon', coordinates: [[[west, south], [west + 1, south], [west + 1, south + 1], [west, south + 1], [west, south]]],
});
const outlines: OutlineFeature[] = [
  { type: 'Feature', properties: { code: '51.06', name: 'Bangli' }, geometry: square(115, -9) },
  { type: 'Feature', properties: { code: '51.71', name: 'Denpasar' }, geometry: square(116, -9) },
];

describe('alertPosition', () => {
  it('keeps an alert’s own position (a cluster’s centre)', () => {
    expect(alertPosition({ regionCode: '51.06', latitude: -8.4, longitude: 115.3 }, outlines)).toEqual({ lat: -8.4, lon: 115.3, onRegion: false });
  });

  it('draws a spike without a position inside the kabupaten that holds its region, down to a desa', () => {
    expect(alertPosition({ regionCode: '51.71', latitude: null, longitude: null }, outlines)).toEqual({ lon: 116.5, lat: -8.5, onRegion: true });
    expect(alertPosition({ regionCode: '51.06.01.2001', latitude: null, longitude: null }, outlines)).toEqual({ lon: 115.5, lat: -8.5, onRegion: true });
  });

  it('has no place for an alert no outline on the map holds, nor before the outlines load', () => {
    expect(alertPosition({ regionCode: '52.01', latitude: null, longitude: null }, outlines)).toBeNull();
    expect(alertPosition({ regionCode: '51', latitude: null, longitude: null }, outlines)).toBeNull();
    // Codes are compared segment by segment, not as text: 51.061 is not inside 51.06.
    expect(alertPosition({ regionCode: '51.061', latitude: null, longitude: null }, outlines)).toBeNull();
    expect(alertPosition({ regionCode: '51.06', latitude: null, longitude: null }, undefined)).toBeNull();
  });
});
