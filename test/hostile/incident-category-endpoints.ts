/**
 * The desk's settings of its incident category catalogue (issue 7) in the hostile-input suite's
 * endpoint table: save one (PUT) and remove one (DELETE). Both examples work on the fixture setting
 * of HOSTILE_FIXTURES.incidentCategory (golput, as built in, at version 1), put back after each case;
 * the catalogue itself is read at GET /incidents/categories (incident-endpoints.ts).
 *
 * The entries form the family 'incident-categories' (one contract file, one service).
 */
import { AGENCIES } from '../../src/domain/agencies/catalogue.js';
import { CLOCK_CODES } from '../../src/domain/incidents/regime.js';
import { INCIDENT_SEVERITIES } from '../../src/domain/incidents/vocabulary.js';
import { HOSTILE_FIXTURES, MAX_INT4, type EndpointSpec, type FieldSpec } from './spec.js';

const { incidentCategory } = HOSTILE_FIXTURES;
const family = 'incident-categories';
const URL = '/api/v1/incident-categories/:code';
const AGENCY_CODES = AGENCIES.map((agency) => agency.code);

const code: FieldSpec = { in: 'path', name: 'code', kind: 'identifier', required: true, maxLength: 100 };
const version = (where: 'body' | 'query', min: number): FieldSpec => ({ in: where, name: 'version', kind: 'int', required: true, min, max: MAX_INT4 });

export const INCIDENT_CATEGORY_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'PUT', url: URL, auth: 'session', family, writes: ['incident_category_settings'], restores: ['incidentCategory'],
    fields: [
      code,
      { in: 'body', name: 'name.id', kind: 'text', required: true, maxLength: 200 }, { in: 'body', name: 'name.en', kind: 'text', required: true, maxLength: 200 },
      { in: 'body', name: 'keywords', kind: 'text', required: true, maxLength: 80, list: { maxItems: 100 } },
      { in: 'body', name: 'defaultSeverity', kind: 'enum', values: INCIDENT_SEVERITIES, required: true },
      { in: 'body', name: 'referralAgency', kind: 'enum', values: AGENCY_CODES, required: true },
      { in: 'body', name: 'alsoConcerns', kind: 'enum', values: AGENCY_CODES, required: true, list: { maxItems: 20 } },
      { in: 'body', name: 'clocks', kind: 'enum', values: CLOCK_CODES, required: true, list: { maxItems: CLOCK_CODES.length } },
      { in: 'body', name: 'clockRules.pelaporan.pilkada.amount', kind: 'int', min: 1, max: 365 },
      { in: 'body', name: 'clockRules.pelaporan.pilkada.unit', kind: 'enum', values: ['calendar_days', 'working_days', 'hours'] },
      { in: 'body', name: 'active', kind: 'boolean', required: true },
      version('body', 0),
    ],
    example: {
      path: { code: incidentCategory.code },
      body: {
        name: { id: 'Ajakan golput', en: 'Calls to abstain' }, keywords: ['golput', 'ajakan golput', 'tidak memilih'], defaultSeverity: 'rendah',
        referralAgency: 'KPU', alsoConcerns: ['BAWASLU'], clocks: ['pelaporan'], clockRules: { pelaporan: { pilkada: { amount: 5, unit: 'calendar_days' } } },
        active: true, version: incidentCategory.version,
      },
    },
  },
  {
    method: 'DELETE', url: URL, auth: 'session', family, writes: ['incident_category_settings'], restores: ['incidentCategory'],
    fields: [code, version('query', 1)],
    example: { path: { code: incidentCategory.code }, query: { version: String(incidentCategory.version) } },
  },
];
