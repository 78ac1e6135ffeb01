/**
 * Incident reports (issue 7) in the hostile-input suite's endpoint table: the category catalogue,
 * submission, the list, the map's clustered points, one report, and its transitions. Examples submit a report at a desa of
 * Bangli and verify the fixture report of HOSTILE_FIXTURES (put back after each case).
 * The Idempotency-Key header is not among the fields (the table describes no headers); the module
 * tests (src/modules/incidents/idempotency.test.ts) refuse malformed keys.
 *
 * The entries form the family 'incidents' (one contract file, one service).
 */
import { INCIDENT_CATEGORY_CODES } from '../../src/domain/incidents/categories.js';
import { REGIMES } from '../../src/domain/incidents/regime.js';
import { INCIDENT_CHANNELS, INCIDENT_SEVERITIES } from '../../src/domain/incidents/vocabulary.js';
import { INCIDENT_ACTIONS, INCIDENT_STATUS_FILTERS, INCIDENT_STATUSES } from '../../src/domain/incidents/workflow.js';
import { HOSTILE_FIXTURES, limit, MAX_INT4, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { incident } = HOSTILE_FIXTURES;
const family = 'incidents';
const INCIDENTS = '/api/v1/incidents';

const text = (name: string, maxLength: number, required = false): FieldSpec => ({ in: 'body', name, kind: 'text', required, maxLength });
const bodyId = (name: string, required = false): FieldSpec => ({ in: 'body', name, kind: 'int', required, min: 1, max: MAX_INT4 });
const enumOf = (where: 'body' | 'query', name: string, values: readonly string[], required = false): FieldSpec => ({ in: where, name, kind: 'enum', values, required });
/** Coordinates are decimals; the table has no decimal kind, and an integer's hostile values probe the bounds as well. */
const degrees = (name: string, bound: number): FieldSpec => ({ in: 'body', name, kind: 'int', min: -bound, max: bound });

export const INCIDENT_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: `${INCIDENTS}/categories`, auth: 'session', family, fields: [], example: {} },
  {
    method: 'POST', url: INCIDENTS, auth: 'session', family, writes: ['incidents'],
    fields: [
      enumOf('body', 'category', INCIDENT_CATEGORY_CODES, true), enumOf('body', 'regime', REGIMES, true), text('description', 10_000, true),
      { in: 'body', name: 'occurredAt', kind: 'datetime', required: true }, { in: 'body', name: 'knownAt', kind: 'datetime' },
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 }, degrees('latitude', 90), degrees('longitude', 180),
      text('tps', 40), enumOf('body', 'severity', INCIDENT_SEVERITIES), enumOf('body', 'channel', INCIDENT_CHANNELS), text('reporterName', 200),
      text('reporterContact', 200), { in: 'body', name: 'reporterAnonymous', kind: 'boolean' },
    ],
    example: {
      body: {
        category: 'politik_uang', regime: 'pilkada', description: 'Tim sukses membagikan amplop kepada warga di banjar', occurredAt: '2024-11-19T12:00:00Z',
        knownAt: '2024-11-20T11:00:00+08:00', regionCode: incident.regionCode, latitude: -8.43, longitude: 115.36, tps: 'TPS 003', severity: 'tinggi',
        channel: 'web', reporterName: 'Ni Luh Sari', reporterContact: '+62 812-3456-7890', reporterAnonymous: false,
      },
    },
  },
  {
    method: 'GET', url: INCIDENTS, auth: 'session', family,
    fields: [
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }, enumOf('query', 'status', INCIDENT_STATUS_FILTERS),
      enumOf('query', 'category', INCIDENT_CATEGORY_CODES), enumOf('query', 'severity', INCIDENT_SEVERITIES),
      { in: 'query', name: 'from', kind: 'datetime' }, { in: 'query', name: 'to', kind: 'datetime' }, { in: 'query', name: 'q', kind: 'text', maxLength: 200 },
      limit(500), offset(1_000_000),
    ],
    example: {
      query: { region: '51', status: 'baru', category: 'politik_uang', severity: 'tinggi', from: '2024-01-01T00:00:00Z', to: '2100-01-01T00:00:00+07:00', q: 'amplop', limit: '10', offset: '0' },
    },
  },
  {
    method: 'GET', url: `${INCIDENTS}/map-points`, auth: 'session', family,
    fields: [
      { in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 }, { in: 'query', name: 'zoom', kind: 'int', min: 0, max: 16 },
      { in: 'query', name: 'from', kind: 'datetime' }, { in: 'query', name: 'to', kind: 'datetime' },
      enumOf('query', 'category', INCIDENT_CATEGORY_CODES), enumOf('query', 'status', INCIDENT_STATUSES),
    ],
    example: { query: { parent: '51', zoom: '9', from: '2024-01-01T00:00:00Z', to: '2100-01-01T00:00:00+07:00', category: 'politik_uang', status: 'baru' } },
  },
  { method: 'GET', url: `${INCIDENTS}/:id`, auth: 'session', family, fields: [serialId], example: { path: { id: String(incident.id) } } },
  {
    method: 'POST', url: `${INCIDENTS}/:id/transitions`, auth: 'session', family, writes: ['incidents', 'incident_transitions'], restores: ['incident'],
    fields: [
      serialId, enumOf('body', 'action', INCIDENT_ACTIONS, true), text('reason', 2000, true), bodyId('unitId'), bodyId('duplicateOf'), bodyId('version', true),
    ],
    example: { path: { id: String(incident.id) }, body: { action: 'verifikasi', reason: 'Dikonfirmasi Panwaslu Kelurahan', version: 1 } },
  },
];
