/**
 * Map outlines (GeoJSON of provinces and kabupaten/kota) in the hostile-input suite's endpoint
 * table: the layers the maps draw, and the outlines a desk imports in place of the vendored ones.
 * Examples ask for Bali's kabupaten/kota and import, replace and drop Bangli's outline (a fixture
 * that is put back after each case).
 *
 * The entries form the family 'geo' (one contract, one service).
 */
import { HOSTILE_FIXTURES, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'geo';
const MiB = 1024 * 1024;
const { importedOutline } = HOSTILE_FIXTURES;

const flag = (name: string): FieldSpec => ({ in: 'query', name, kind: 'enum', values: ['true', 'false'] });
const OUTLINE_FILE = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: importedOutline.regionCode }, geometry: importedOutline.geometry }] });
const outlineFile = { file: { filename: 'batas-bangli.geojson', contentType: 'application/geo+json', content: OUTLINE_FILE } };

export const GEO_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/geo/outlines', auth: 'session', family,
    fields: [{ in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 }],
    example: { query: { parent: '51' } },
  },
  { method: 'GET', url: '/api/v1/geo/outline-imports', auth: 'session', family, fields: [], example: {} },
  {
    method: 'POST', url: '/api/v1/geo/outline-imports', note: 'dry run', auth: 'session', family,
    fields: [
      { in: 'file', name: 'file', kind: 'geojson', required: true, maxLength: 25 * MiB },
      flag('keepValid'),
      { in: 'query', name: 'codeProperty', kind: 'text', maxLength: 60 },
      { in: 'query', name: 'lang', kind: 'enum', values: ['id', 'en'] },
    ],
    example: { query: { dryRun: 'true', keepValid: 'false', lang: 'en' }, files: outlineFile },
  },
  {
    method: 'POST', url: '/api/v1/geo/outline-imports', note: 'import', auth: 'session', family, writes: ['region_outlines'], restores: ['importedOutline'],
    fields: [flag('dryRun')],
    example: { query: { dryRun: 'false' }, files: outlineFile },
  },
  {
    method: 'DELETE', url: '/api/v1/geo/outline-imports/:code', auth: 'session', family, writes: ['region_outlines'], restores: ['importedOutline'],
    fields: [{ in: 'path', name: 'code', kind: 'regionCode', required: true, maxLength: 13 }],
    example: { path: { code: importedOutline.regionCode } },
  },
];
