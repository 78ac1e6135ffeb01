/**
 * Map outlines (GeoJSON of provinces and kabupaten/kota) in the hostile-input suite's endpoint
 * table. Read-only reference data from data/geo; the example asks for Bali's kabupaten/kota.
 *
 * The entries form the family 'geo' (one contract, one store).
 */
import type { EndpointSpec } from './spec.js';

const family = 'geo';

export const GEO_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/geo/outlines', auth: 'session', family,
    fields: [{ in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 }],
    example: { query: { parent: '51' } },
  },
];
