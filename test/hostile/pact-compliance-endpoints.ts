/**
 * Integrity-pact compliance (issue 8) in the hostile-input suite's endpoint table: a campaign's
 * figures, its reminder list (JSON, CSV, XLSX), the recap XLSX and PDF, and the overview of every
 * campaign in scope. All read-only; examples name the campaign of HOSTILE_FIXTURES (Bangli).
 * The entries form the family 'pact-compliance' (one module: src/modules/pact-compliance).
 */
import { HOSTILE_FIXTURES, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { pactCampaign } = HOSTILE_FIXTURES;
const family = 'pact-compliance';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const path = { id: String(pactCampaign.id) };
const lang: FieldSpec = { in: 'query', name: 'lang', kind: 'enum', values: ['id', 'en'] };

export const PACT_COMPLIANCE_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/pact-campaigns/:id/compliance', auth: 'session', family, fields: [serialId], example: { path } },
  {
    method: 'GET', url: '/api/v1/pact-campaigns/:id/reminders', auth: 'session', family,
    fields: [serialId, { in: 'query', name: 'format', kind: 'enum', values: ['json', 'csv', 'xlsx'] }, lang],
    example: { path, query: { format: 'json', lang: 'id' } },
  },
  {
    method: 'GET', url: '/api/v1/pact-campaigns/:id/reminders', note: 'as CSV', auth: 'session', family, produces: 'text/csv',
    fields: [serialId, lang], example: { path, query: { format: 'csv', lang: 'en' } },
  },
  {
    method: 'GET', url: '/api/v1/pact-campaigns/:id/reminders', note: 'as XLSX', auth: 'session', family, produces: XLSX,
    fields: [serialId, lang], example: { path, query: { format: 'xlsx', lang: 'id' } },
  },
  { method: 'GET', url: '/api/v1/pact-campaigns/:id/recap.xlsx', auth: 'session', family, produces: XLSX, fields: [serialId, lang], example: { path, query: { lang: 'en' } } },
  { method: 'GET', url: '/api/v1/pact-campaigns/:id/recap.pdf', auth: 'session', family, produces: 'application/pdf', fields: [serialId, lang], example: { path, query: { lang: 'id' } } },
  {
    method: 'GET', url: '/api/v1/pact-compliance', auth: 'session', family,
    fields: [{ in: 'query', name: 'regionCode', kind: 'regionCode', maxLength: 13 }], example: { query: { regionCode: pactCampaign.regionCode } },
  },
];
