/**
 * ASN neutrality cases (issue 8) in the hostile-input suite's endpoint table: the case of the fixture
 * neutrality report (recorded by the example and removed after each case), and the cases listed for a
 * pact target. The entries form the family 'neutrality'.
 */
import { NEUTRALITY_OUTCOMES } from '../../src/domain/neutrality/vocabulary.js';
import { HOSTILE_FIXTURES, MAX_INT4, serialId, type EndpointSpec } from './spec.js';

const { neutralityIncident, pactTarget, unit } = HOSTILE_FIXTURES;
const family = 'neutrality';

export const NEUTRALITY_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/incidents/:id/neutrality', auth: 'session', family, fields: [serialId],
    example: { path: { id: String(neutralityIncident.id) } },
  },
  {
    method: 'PUT', url: '/api/v1/incidents/:id/neutrality', auth: 'session', family, writes: ['neutrality_cases'], restores: ['neutralityCase'],
    fields: [
      serialId,
      { in: 'body', name: 'version', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'body', name: 'pactTargetId', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'body', name: 'officeName', kind: 'text', maxLength: 300 },
      { in: 'body', name: 'personName', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'personPosition', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'outcome', kind: 'enum', values: NEUTRALITY_OUTCOMES },
      { in: 'body', name: 'decidedBy', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'decidedOn', kind: 'date' },
      { in: 'body', name: 'outcomeNote', kind: 'text', maxLength: 4000 },
    ],
    example: {
      path: { id: String(neutralityIncident.id) },
      body: { unitId: unit.id, personName: 'I Made Hostile', personNip: '198503152010011002', personPosition: 'Camat', outcome: 'rekomendasi', decidedBy: 'Bawaslu Bangli', decidedOn: '2024-11-25' },
    },
  },
  {
    method: 'GET', url: '/api/v1/pact-targets/:targetId/neutrality-cases', auth: 'session', family, fields: [{ ...serialId, name: 'targetId' }],
    example: { path: { targetId: String(pactTarget.id) } },
  },
];
