import { describe, expect, it } from 'vitest';
import { mapZoom } from './map-zoom.js';

describe('mapZoom', () => {
  it('gives the tile zoom whose world width fits the map, rounded down', () => {
    // 900 · 360 / (256 · 46) = 27.5 → log2 = 4.78
    expect(mapZoom(900, 46)).toBe(4);
    // 900 · 360 / (256 · 1.3) = 973.6 → log2 = 9.93
    expect(mapZoom(900, 1.3)).toBe(9);
    // Exactly one world at 256 px is zoom 0; twice as wide, zoom 1.
    expect(mapZoom(256, 360)).toBe(0);
    expect(mapZoom(512, 360)).toBe(1);
  });

  it('clamps to 0–16 and answers 0 for a map without size or extent', () => {
    expect(mapZoom(100, 360)).toBe(0);
    expect(mapZoom(2000, 0.0001)).toBe(16);
    expect(mapZoom(0, 10)).toBe(0);
    expect(mapZoom(900, 0)).toBe(0);
    expect(mapZoom(Number.NaN, 10)).toBe(0);
  });
});
