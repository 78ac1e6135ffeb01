/**
 * The incident export (issue 11) in the hostile-input suite's endpoint table: GET /incidents/export
 * takes the list's filters, the format and the language. The example asks for Bali's reports as CSV
 * in English (the fixture report of HOSTILE_FIXTURES is among them).
 *
 * The entries form the family 'incident-export' (one module: src/modules/incident-export).
 */
import { INCIDENT_CATEGORY_CODES } from '../../src/domain/incidents/categories.js';
import { INCIDENT_SEVERITIES } from '../../src/domain/incidents/vocabulary.js';
import { INCIDENT_STATUS_FILTERS } from '../../src/domain/incidents/workflow.js';
import { INCIDENT_EXPORT_FORMATS } from '../../src/contracts/incident-export.js';
import type { EndpointSpec, FieldSpec } from './spec.js';

const family = 'incident-export';
const enumOf = (name: string, values: readonly string[]): FieldSpec => ({ in: 'query', name, kind: 'enum', values });

export const INCIDENT_EXPORT_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/incidents/export', auth: 'session', family, produces: 'text/csv',
    fields: [
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }, enumOf('status', INCIDENT_STATUS_FILTERS), enumOf('category', INCIDENT_CATEGORY_CODES),
      enumOf('severity', INCIDENT_SEVERITIES), { in: 'query', name: 'from', kind: 'datetime' }, { in: 'query', name: 'to', kind: 'datetime' },
      { in: 'query', name: 'q', kind: 'text', maxLength: 200 }, enumOf('format', INCIDENT_EXPORT_FORMATS), enumOf('lang', ['id', 'en']),
    ],
    example: { query: { region: '51', status: 'open', category: 'politik_uang', from: '2024-01-01T00:00:00Z', to: '2100-01-01T00:00:00+07:00', q: 'amplop', format: 'csv', lang: 'en' } },
  },
];
