/**
 * Near-duplicate suggestions and bulk triage (issue 7) in the hostile-input suite's endpoint table:
 * the candidates for the fixture report of HOSTILE_FIXTURES, and a bulk verification of it (put back
 * after each case). The entries form the family 'incident-duplicates'.
 */
import { MAX_BULK_IDS } from '../../src/contracts/incident-duplicates.js';
import { SIMILAR_AREA_LEVELS } from '../../src/domain/incidents/similarity.js';
import { INCIDENT_ACTIONS } from '../../src/domain/incidents/workflow.js';
import { HOSTILE_FIXTURES, MAX_INT4, serialId, type EndpointSpec } from './spec.js';

const { incident } = HOSTILE_FIXTURES;
const family = 'incident-duplicates';

export const INCIDENT_DUPLICATE_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/incidents/:id/similar', auth: 'session', family,
    fields: [
      serialId, { in: 'query', name: 'level', kind: 'enum', values: SIMILAR_AREA_LEVELS }, { in: 'query', name: 'anyCategory', kind: 'enum', values: ['true', 'false'] },
      { in: 'query', name: 'windowHours', kind: 'int', min: 1, max: 720 }, { in: 'query', name: 'minPercent', kind: 'int', min: 5, max: 100 },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 50 },
    ],
    example: { path: { id: String(incident.id) }, query: { level: 'kecamatan', anyCategory: 'false', windowHours: '48', minPercent: '30', limit: '10' } },
  },
  {
    method: 'POST', url: '/api/v1/incidents/bulk-transitions', auth: 'session', family, writes: ['incidents', 'incident_transitions'], restores: ['incident'],
    fields: [
      { in: 'body', name: 'ids', kind: 'int', required: true, min: 1, max: MAX_INT4, list: { minItems: 1, maxItems: MAX_BULK_IDS } },
      { in: 'body', name: 'versions', kind: 'int', min: 1, max: MAX_INT4, list: { maxItems: MAX_BULK_IDS } },
      { in: 'body', name: 'action', kind: 'enum', values: INCIDENT_ACTIONS, required: true },
      { in: 'body', name: 'reason', kind: 'text', required: true, maxLength: 2000 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'body', name: 'duplicateOf', kind: 'int', min: 1, max: MAX_INT4 },
    ],
    example: { body: { ids: [incident.id], versions: [1], action: 'verifikasi', reason: 'Dikonfirmasi Panwaslu Kelurahan' } },
  },
];
