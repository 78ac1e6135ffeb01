/**
 * Early-warning rules and alerts (issue 7) in the hostile-input suite's endpoint table. Examples
 * name the fixture rule and alert of test/hostile/alert-fixtures.ts (put back after each case that
 * changes them). A rule's `params` is one JSON object checked per kind by the service; it is not a
 * field here (the table has no object kind), so every accepted rule keeps the example's numbers,
 * which can never fire. The entries form the family 'alerts'.
 */
import { ALERT_RULE_KINDS, ALERT_STATUSES } from '../../src/domain/alerts/vocabulary.js';
import { INCIDENT_CATEGORY_CODES } from '../../src/domain/incidents/categories.js';
import { ALERT_FIXTURES } from './alert-fixtures.js';
import { HOSTILE_FIXTURES, limit, MAX_INT4, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { rule, alert } = ALERT_FIXTURES;
const family = 'alerts';
const version: FieldSpec = { in: 'body', name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const ruleFields: FieldSpec[] = [
  { in: 'body', name: 'name', kind: 'text', required: true, maxLength: 200 },
  { in: 'body', name: 'kind', kind: 'enum', values: ALERT_RULE_KINDS, required: true },
  { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
  { in: 'body', name: 'category', kind: 'enum', values: INCIDENT_CATEGORY_CODES, required: true },
  { in: 'body', name: 'active', kind: 'boolean' },
];
const ruleBody = { name: rule.name, kind: rule.kind, regionCode: rule.regionCode, category: 'politik_uang', params: rule.params, active: false };
const alertPath = { path: { id: String(alert.id) } };

export const ALERT_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/alert-rules', auth: 'session', family, fields: [], example: {} },
  { method: 'POST', url: '/api/v1/alert-rules', auth: 'session', family, writes: ['alert_rules'], fields: ruleFields, example: { body: ruleBody } },
  { method: 'GET', url: '/api/v1/alert-rules/:id', auth: 'session', family, fields: [serialId], example: { path: { id: String(rule.id) } } },
  {
    method: 'PUT', url: '/api/v1/alert-rules/:id', auth: 'session', family, writes: ['alert_rules'], restores: ['alertRule'],
    fields: [serialId, ...ruleFields, version], example: { path: { id: String(rule.id) }, body: { ...ruleBody, version: 1 } },
  },
  {
    method: 'GET', url: '/api/v1/alerts', auth: 'session', family,
    fields: [
      { in: 'query', name: 'status', kind: 'enum', values: ALERT_STATUSES }, { in: 'query', name: 'open', kind: 'enum', values: ['true', 'false'] },
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }, limit(500), offset(1_000_000),
    ],
    example: { query: { status: 'baru', open: 'true', region: '51', limit: '10', offset: '0' } },
  },
  { method: 'GET', url: '/api/v1/alerts/:id', auth: 'session', family, fields: [serialId], example: alertPath },
  {
    method: 'POST', url: '/api/v1/alerts/:id/acknowledge', auth: 'session', family, writes: ['alerts'], restores: ['alert'],
    fields: [serialId, version], example: { ...alertPath, body: { version: 1 } },
  },
  {
    // Assigning tells the unit (the notifications module, hooked to the alerts' onNotice).
    method: 'POST', url: '/api/v1/alerts/:id/assign', auth: 'session', family, writes: ['alerts', 'notifications', 'notification_deliveries'], restores: ['alert'],
    fields: [serialId, version, { in: 'body', name: 'unitId', kind: 'int', required: true, min: 1, max: MAX_INT4 }, { in: 'body', name: 'userId', kind: 'uuid' }],
    example: { ...alertPath, body: { version: 1, unitId: HOSTILE_FIXTURES.unit.id, userId: HOSTILE_FIXTURES.viewer.id } },
  },
  {
    method: 'POST', url: '/api/v1/alerts/:id/close', auth: 'session', family, writes: ['alerts'], restores: ['alert'],
    fields: [serialId, version, { in: 'body', name: 'note', kind: 'text', required: true, maxLength: 2000 }],
    example: { ...alertPath, body: { version: 1, note: 'Sudah ditangani (hostile suite)' } },
  },
];
