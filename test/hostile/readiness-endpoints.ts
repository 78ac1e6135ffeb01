/**
 * Readiness checklists (issue 6) in the hostile-input suite's endpoint table: templates, assessments
 * (create, read, change, list), a region's readiness, the map's scores and gaps turned into action items. Examples name
 * the readiness template and assessment of HOSTILE_FIXTURES (at Bangli) and the fixture meeting.
 *
 * The entries form the family 'readiness' (one contract file, one service).
 */
import { READINESS_DOMAINS } from '../../src/domain/readiness/default-templates.js';
import { READINESS_STATUSES } from '../../src/domain/readiness/score.js';
import { HOSTILE_FIXTURES, limit, MAX_INT4, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { unit, meeting, readinessTemplate, readinessAssessment } = HOSTILE_FIXTURES;
const family = 'readiness';
const ASSESSMENTS = '/api/v1/readiness/assessments';
const assessmentPath = { id: String(readinessAssessment.id) };

const bodyId = (name: string, required = false): FieldSpec => ({ in: 'body', name, kind: 'int', required, min: 1, max: MAX_INT4 });
const text = (name: string, maxLength: number, required = false): FieldSpec => ({ in: 'body', name, kind: 'text', required, maxLength });
const date = (name: string): FieldSpec => ({ in: 'body', name, kind: 'date' });
const status = (name: string, required = false): FieldSpec => ({ in: 'body', name, kind: 'enum', required, values: READINESS_STATUSES });
const itemFields = (statusRequired: boolean): FieldSpec[] => [
  text('items.0.code', 40, true), status('items.0.status', statusRequired), text('items.0.note', 2000), text('items.0.evidence', 1000),
  bodyId('items.0.responsibleUnitId'),
];

export const READINESS_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/readiness/templates', auth: 'session', family, fields: [], example: {} },
  { method: 'GET', url: '/api/v1/readiness/templates/:id', auth: 'session', family, fields: [serialId], example: { path: { id: String(readinessTemplate.id) } } },
  {
    method: 'POST', url: ASSESSMENTS, auth: 'session', family, writes: ['readiness_assessments', 'readiness_assessment_items'], restores: ['readinessAssessment'],
    fields: [
      bodyId('templateId', true), { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 }, date('assessedOn'),
      bodyId('responsibleUnitId'), text('note', 4000), ...itemFields(true),
    ],
    example: {
      body: {
        templateId: readinessTemplate.id, regionCode: unit.regionCode, assessedOn: '2024-10-01', responsibleUnitId: unit.id, note: 'Monev kesiapan logistik',
        items: [{ code: 'gudang', status: 'siap', note: 'Gudang disewa', evidence: 'https://kpu-banglikab.go.id/sk-gudang', responsibleUnitId: unit.id }],
      },
    },
  },
  { method: 'GET', url: `${ASSESSMENTS}/:id`, auth: 'session', family, fields: [serialId], example: { path: assessmentPath } },
  {
    method: 'PATCH', url: `${ASSESSMENTS}/:id`, auth: 'session', family, writes: ['readiness_assessments', 'readiness_assessment_items'], restores: ['readinessAssessment'],
    fields: [serialId, bodyId('version', true), bodyId('responsibleUnitId'), text('note', 4000), ...itemFields(false)],
    example: {
      path: assessmentPath,
      body: {
        version: 1, responsibleUnitId: unit.id, note: 'Monev kedua',
        items: [{ code: 'distribusi', status: 'siap', note: 'Sampai di PPK', evidence: 'Berita acara serah terima', responsibleUnitId: unit.id }],
      },
    },
  },
  {
    method: 'GET', url: ASSESSMENTS, auth: 'session', family,
    fields: [
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }, { in: 'query', name: 'templateId', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'query', name: 'domain', kind: 'enum', values: READINESS_DOMAINS }, limit(500), offset(1_000_000),
    ],
    example: { query: { region: '51', templateId: String(readinessTemplate.id), domain: 'logistik', limit: '10', offset: '0' } },
  },
  {
    method: 'GET', url: '/api/v1/readiness/regions/:code', auth: 'session', family,
    fields: [{ in: 'path', name: 'code', kind: 'regionCode', required: true, maxLength: 13 }],
    example: { path: { code: '51' } },
  },
  {
    method: 'GET', url: '/api/v1/readiness/scores', auth: 'session', family,
    fields: [{ in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 }],
    example: { query: { parent: '51' } },
  },
  {
    method: 'POST', url: `${ASSESSMENTS}/:id/action-items`, auth: 'session', family, writes: ['action_items', 'action_item_events', 'readiness_assessment_items'],
    fields: [
      serialId, bodyId('meetingId', true), { in: 'body', name: 'itemCodes', kind: 'text', maxLength: 40, list: { minItems: 1, maxItems: 200 } },
      date('dueDate'), bodyId('ownerUnitId'),
    ],
    example: { path: assessmentPath, body: { meetingId: meeting.id, itemCodes: ['distribusi', 'rute-sulit'], dueDate: '2024-10-15', ownerUnitId: unit.id } },
  },
];
