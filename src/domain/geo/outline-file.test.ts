import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_OUTLINE_FEATURES, OutlineFileError, checkGeometry, normaliseOutlineCode, outlineCodeOf, readOutlineFile } from './outline-file.js';

// A 0.5° square near Bali, closed, counter-clockwise; and a bow tie whose edges cross in the middle.
const SQUARE = [[115, -8], [115, -8.5], [115.5, -8.5], [115.5, -8], [115, -8]];
const BOW_TIE = [[115, -8], [115.5, -8.5], [115.5, -8], [115, -8.5], [115, -8]];
const HOLE = [[115.1, -8.1], [115.2, -8.1], [115.2, -8.2], [115.1, -8.2], [115.1, -8.1]];

function feature(properties: Record<string, unknown>, geometry: unknown) {
  return { type: 'Feature', properties, geometry };
}
function polygon(...rings: unknown[]) {
  return { type: 'Polygon', coordinates: rings };
}
function file(...features: unknown[]) {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

describe('outline codes', () => {
  it.each([
    ['51', '51'], ['5103', '51.03'], ['51.03', '51.03'], [' 51.03 ', '51.03'], [5103, '51.03'], [51, '51'], ['', null], [null, null], [{}, null],
  ] as const)('%j reads as %j', (raw, code) => {
    expect(normaliseOutlineCode(raw)).toBe(code);
  });

  it('finds the code under the property names of common exports, in any letter case', () => {
    expect(outlineCodeOf({ KDPKAB: '5103', NAMOBJ: 'Badung' }, undefined)).toBe('51.03');
    expect(outlineCodeOf({ kode_wilayah: '51' }, undefined)).toBe('51');
    expect(outlineCodeOf({ name: 'Badung' }, undefined)).toBeNull();
  });

  it('reads only the property the user named when one is named', () => {
    expect(outlineCodeOf({ code: '51.03', KODE_BPS: '5103' }, 'KODE_BPS')).toBe('51.03');
    expect(outlineCodeOf({ code: '51.03' }, 'KODE_BPS')).toBeNull();
  });
});

describe('reading an outline file', () => {
  it('accepts a valid polygon, a polygon with a hole and a multipolygon, with their bounds', () => {
    const { candidates, problems } = readOutlineFile(file(
      feature({ code: '51.03' }, polygon(SQUARE)),
      feature({ code: '51.04' }, polygon(SQUARE, HOLE)),
      feature({ code: '51.05' }, { type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE.map(([x, y]) => [x! + 1, y!])]] }),
    ));
    expect(problems).toEqual([]);
    expect(candidates.map((c) => [c.feature, c.code, c.geometry.type])).toEqual([[1, '51.03', 'Polygon'], [2, '51.04', 'Polygon'], [3, '51.05', 'MultiPolygon']]);
    expect(candidates[2]!.bbox).toEqual([115, -8.5, 116.5, -8]);
  });

  it('takes a single Feature as a file of one', () => {
    expect(readOutlineFile(JSON.stringify(feature({ code: '51' }, polygon(SQUARE)))).candidates.map((c) => c.code)).toEqual(['51']);
  });

  it('reports each broken feature with its number and where its geometry fails, and keeps the good ones', () => {
    const { candidates, problems } = readOutlineFile(file(
      feature({ name: 'tanpa kode' }, polygon(SQUARE)),
      feature({ code: '51.01' }, polygon(BOW_TIE)),
      feature({ code: '51.02' }, polygon(SQUARE.slice(0, 4))),
      feature({ code: '51.03' }, polygon([[115, -8], [115.5, -8], [115, -8]])),
      feature({ code: '51.04' }, { type: 'Point', coordinates: [115, -8] }),
      feature({ code: '51.05' }, null),
      feature({ code: '51.06' }, polygon([[115, -8], ['115.5', -8], [115.5, -8.5], [115, -8]])),
      feature({ code: '51.07' }, polygon(SQUARE.map(([x, y]) => [x! * 1000, y!]))),
      feature({ code: '51.08' }, polygon(SQUARE.map(([x, y]) => [y!, x! - 100]))),
      feature({ code: '51.09' }, { type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE, BOW_TIE.map(([x, y]) => [115.1 + (x! - 115) / 5, -8.1 + (y! + 8) / 5])]] }),
      feature({ code: '51.01' }, polygon(SQUARE)),
      feature({ code: '51.71' }, polygon(SQUARE)),
    ));
    expect(problems).toEqual([
      { feature: 1, code: null, problem: 'code_missing', at: null },
      { feature: 2, code: '51.01', problem: 'self_intersection', at: { polygon: 1, ring: 1 } },
      { feature: 3, code: '51.02', problem: 'ring_not_closed', at: { polygon: 1, ring: 1 } },
      { feature: 4, code: '51.03', problem: 'ring_too_short', at: { polygon: 1, ring: 1 } },
      { feature: 5, code: '51.04', problem: 'geometry_type', at: null },
      { feature: 6, code: '51.05', problem: 'geometry_missing', at: null },
      { feature: 7, code: '51.06', problem: 'coordinates_malformed', at: { polygon: 1, ring: 1 } },
      { feature: 8, code: '51.07', problem: 'coordinates_range', at: { polygon: 1, ring: 1 } },
      { feature: 9, code: '51.08', problem: 'outside_indonesia', at: null },
      { feature: 10, code: '51.09', problem: 'self_intersection', at: { polygon: 2, ring: 2 } },
      { feature: 11, code: '51.01', problem: 'duplicate_in_file', at: null },
    ]);
    expect(candidates.map((c) => c.code)).toEqual(['51.71']);
  });

  it('allows a hole that touches its outer ring at one corner', () => {
    const touchingHole = [[115, -8], [115.2, -8.1], [115.2, -8.2], [115, -8]];
    expect(readOutlineFile(file(feature({ code: '51' }, polygon(SQUARE, touchingHole)))).problems).toEqual([]);
  });

  it('names the hole when a hole crosses its outer ring', () => {
    const crossingHole = [[115.4, -8.1], [115.7, -8.1], [115.7, -8.2], [115.4, -8.2], [115.4, -8.1]];
    expect(readOutlineFile(file(feature({ code: '51' }, polygon(SQUARE, crossingHole)))).problems.map((p) => p.at)).toEqual([{ polygon: 1, ring: 2 }]);
  });

  it.each(['provinces', 'regencies'])('passes every vendored %s outline (data/geo), so they can be exported and imported back', (layer) => {
    const text = fs.readFileSync(new URL(`../../../data/geo/${layer}.geojson`, import.meta.url), 'utf8');
    const { candidates, problems } = readOutlineFile(text);
    expect(problems).toEqual([]);
    expect(candidates).toHaveLength(layer === 'provinces' ? 38 : 514);
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", ', 'not_json'],
    ['JSON that is not GeoJSON', '[1, 2]', 'not_geojson'],
    ['a bare geometry', JSON.stringify(polygon(SQUARE)), 'not_geojson'],
    ['an empty collection', file(), 'no_features'],
    ['too many features', file(...Array.from({ length: MAX_OUTLINE_FEATURES + 1 }, () => feature({}, null))), 'too_many_features'],
  ])('refuses %s as a whole', (_what, text, problem) => {
    expect(() => readOutlineFile(text)).toThrow(new OutlineFileError(problem as never));
    try {
      readOutlineFile(text);
    } catch (error) {
      expect((error as OutlineFileError).problem).toBe(problem);
    }
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readOutlineFile(`\uFEFF${file(feature({ code: '51' }, polygon(SQUARE)))}`).candidates).toHaveLength(1);
  });
});

describe('bounds on one file', () => {
  it('stops the whole file once its positions pass the budget, before checking for crossings', () => {
    const square = [[115, -8], [115, -8.1], [115.1, -8.1], [115.1, -8], [115, -8]];
    expect(checkGeometry({ type: 'Polygon', coordinates: [square] }, 5)).toMatchObject({ positions: 5 });
    expect(() => checkGeometry({ type: 'Polygon', coordinates: [square] }, 4)).toThrow(new OutlineFileError('too_many_positions'));
  });
});
