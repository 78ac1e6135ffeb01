/**
 * Every HTTP endpoint of the API, described for the hostile-input suite (src/server/hostile.test.ts).
 *
 * Adding an endpoint = adding one entry to ENDPOINTS: its method, URL template, the fields it reads
 * with their kinds, whether it needs a signed-in session, and one valid example request. The suite
 * crosses each entry with every payload that applies to it (test/hostile/payloads.ts). For example:
 *
 *   {
 *     method: 'POST', url: '/api/v1/things/:id/notes', auth: 'session', writes: ['notes'],
 *     fields: [
 *       { in: 'path', name: 'id', kind: 'int', required: true, min: 1 },
 *       { in: 'body', name: 'text', kind: 'text', required: true, maxLength: 2000 },
 *     ],
 *     example: { path: { id: '1' }, body: { text: 'Rapat koordinasi' } },
 *   },
 *
 * Declare in `writes` every table a well-formed request may change, and set `endsSession` when the
 * request may end the session it carries (or other sessions of its account). A new field kind needs
 * its own hostile values in KIND_VALUES (payloads.ts).
 *
 * Examples that name stored rows (a unit, a person, a token, an account, a meeting and its parts) use
 * HOSTILE_FIXTURES: the suite creates those rows with exactly these ids before the first case; an
 * entry whose example changes or deletes one of them names it in `restores`. An uploaded file is a
 * field `in: 'file'` with its example in `example.files` (text parts: `in: 'form'`, `example.form`);
 * the request then goes as multipart/form-data. A body member holding a list is a field with `list`.
 * Two entries may share a method and URL when their `note`s differ (a dry run and a real import).
 * The types are in spec.ts; a feature's entries may live in a file of their own (meeting-endpoints.ts,
 * meeting-sheet-endpoints.ts, letterhead-endpoints.ts), usually as one `family`.
 *
 * src/server/route-coverage.test.ts fails, naming the route, when the app has a route under /api/v1
 * without an entry here.
 */

import { ROLES } from '../../src/domain/access/rules.js';
import { LETTERHEAD_ENDPOINTS } from './letterhead-endpoints.js';
import { MEETING_ENDPOINTS } from './meeting-endpoints.js';
import { MEETING_SHEET_ENDPOINTS } from './meeting-sheet-endpoints.js';
import { VULNERABILITY_ENDPOINTS } from './vulnerability-endpoints.js';
import { VULNERABILITY_EXPORT_ENDPOINTS } from './vulnerability-export-endpoints.js';
import { GEO_ENDPOINTS } from './geo-endpoints.js';
import { LIVE_ENDPOINTS } from './live-endpoints.js';
import { READINESS_ENDPOINTS } from './readiness-endpoints.js';
import { INCIDENT_ENDPOINTS } from './incident-endpoints.js';
import { ALERT_ENDPOINTS } from './alert-endpoints.js';
import { POLITICAL_REPORT_ENDPOINTS } from './political-report-endpoints.js';
import { NOTIFICATION_ENDPOINTS } from './notification-endpoints.js';
import { INCIDENT_ATTACHMENT_ENDPOINTS } from './incident-attachment-endpoints.js';
import { INCIDENT_DUPLICATE_ENDPOINTS } from './incident-duplicate-endpoints.js';
import { NEUTRALITY_ENDPOINTS } from './neutrality-endpoints.js';
import { INCIDENT_CATEGORY_ENDPOINTS } from './incident-category-endpoints.js';
import { GATEWAY_ENDPOINTS } from './gateway-endpoints.js';
import { INCIDENT_IMPORT_ENDPOINTS } from './incident-import-endpoints.js';
import { INCIDENT_EXPORT_ENDPOINTS } from './incident-export-endpoints.js';
import { PACT_ENDPOINTS } from './pact-endpoints.js';
import { PACT_COMPLIANCE_ENDPOINTS } from './pact-compliance-endpoints.js';
import { MEDIA_FEED_ENDPOINTS } from './media-feed-endpoints.js';
import { MEDIA_ENDPOINTS } from './media-endpoints.js';
import { SITREP_ENDPOINTS } from './sitrep-endpoints.js';
import { DASHBOARD_ENDPOINTS } from './dashboard-endpoints.js';
import { HOSTILE_ADMIN, HOSTILE_FIXTURES, HOSTILE_SPARE, limit, offset, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

export * from './spec.js';

const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
const OFFICES = ['gubernur', 'bupati', 'walikota'] as const;

const electionId: FieldSpec = { in: 'path', name: 'id', kind: 'identifier', required: true, maxLength: 64 };
const LANGUAGES = ['id', 'en'] as const;
const { unit, person, token, viewer } = HOSTILE_FIXTURES;

const MiB = 1024 * 1024;
/** A clean import: known agencies, a region inside the admin's scope, new names. */
const IMPORT_DRY_RUN_CSV = 'agency,region,name\nBAWASLU,51.06,Panwascam Bangli (hostile dry run)\nKPU,51.06,PPK Bangli (hostile dry run)\n';
const IMPORT_CSV = 'instansi;kode_wilayah;nama\nKPU;51.06;PPK Susut (hostile import)\n';
const importFile = (content: string) => ({ file: { filename: 'units.csv', contentType: 'text/csv', content } });

const auditQuery: readonly FieldSpec[] = [
  { in: 'query', name: 'actor', kind: 'uuid' },
  { in: 'query', name: 'entityType', kind: 'identifier', maxLength: 60 },
  { in: 'query', name: 'entityId', kind: 'identifier', maxLength: 100 },
  { in: 'query', name: 'from', kind: 'datetime' },
  { in: 'query', name: 'to', kind: 'datetime' },
  limit(500),
  offset(10_000_000),
];
/** The viewer's one sign-in: a filter that matches one row whatever else the cases wrote. */
const auditExample = {
  query: {
    actor: viewer.id, entityType: 'session', entityId: viewer.id,
    from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00+07:00', limit: '10', offset: '0',
  },
};

export const ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/health', auth: 'public', fields: [], example: {} },
  { method: 'GET', url: '/api/v1/openapi.json', auth: 'public', fields: [], example: {} },
  {
    method: 'GET',
    url: '/api/v1/regions',
    auth: 'public',
    fields: [
      { in: 'query', name: 'q', kind: 'text', maxLength: 100 },
      { in: 'query', name: 'level', kind: 'enum', values: REGION_LEVELS },
      { in: 'query', name: 'parent', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'within', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 500 },
      { in: 'query', name: 'offset', kind: 'int', min: 0, max: 100_000 },
    ],
    example: { query: { q: 'bangli', level: 'regency', within: '51', limit: '5', offset: '0' } },
  },
  {
    method: 'GET',
    url: '/api/v1/regions/:code',
    auth: 'public',
    fields: [{ in: 'path', name: 'code', kind: 'regionCode', required: true, maxLength: 40 }],
    example: { path: { code: '51.06' } },
  },
  { method: 'GET', url: '/api/v1/elections', auth: 'public', fields: [], example: {} },
  { method: 'GET', url: '/api/v1/elections/:id', auth: 'public', fields: [electionId], example: { path: { id: 'pilkada-2024' } } },
  {
    method: 'GET',
    url: '/api/v1/elections/:id/stages',
    auth: 'public',
    fields: [electionId, { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }],
    example: { path: { id: 'pilkada-2024' }, query: { region: '51.06' } },
  },
  {
    method: 'GET',
    url: '/api/v1/elections/:id/contests',
    auth: 'public',
    fields: [
      electionId,
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'office', kind: 'enum', values: OFFICES },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 1000 },
      { in: 'query', name: 'offset', kind: 'int', min: 0 },
    ],
    example: { path: { id: 'pilkada-2024' }, query: { region: '51', office: 'bupati', limit: '10', offset: '0' } },
  },
  {
    method: 'POST',
    url: '/api/v1/auth/login',
    auth: 'public',
    endsSession: true,
    throttled: true,
    writes: ['sessions', 'audit_log', 'rate_counters'],
    fields: [
      { in: 'body', name: 'email', kind: 'email', required: true, maxLength: 254 },
      { in: 'body', name: 'password', kind: 'password', required: true, maxLength: 256 },
    ],
    example: { body: { email: HOSTILE_ADMIN.email, password: HOSTILE_ADMIN.password } },
  },
  { method: 'POST', url: '/api/v1/auth/logout', auth: 'public', endsSession: true, writes: ['audit_log'], fields: [], example: {} },
  { method: 'POST', url: '/api/v1/auth/logout-everywhere', auth: 'session', endsSession: true, writes: ['audit_log'], fields: [], example: {} },
  { method: 'GET', url: '/api/v1/auth/me', auth: 'session', fields: [], example: {} },
  {
    method: 'PATCH',
    url: '/api/v1/auth/me',
    auth: 'session',
    writes: ['users'],
    fields: [
      { in: 'body', name: 'language', kind: 'enum', values: LANGUAGES },
      { in: 'body', name: 'displayName', kind: 'text', maxLength: 200 },
    ],
    example: { body: { language: 'id', displayName: HOSTILE_ADMIN.displayName } },
  },
  {
    method: 'POST',
    url: '/api/v1/auth/password',
    auth: 'session',
    endsSession: true,
    changesPassword: true,
    writes: ['users'],
    fields: [
      { in: 'body', name: 'currentPassword', kind: 'password', required: true, maxLength: 256 },
      { in: 'body', name: 'newPassword', kind: 'password', required: true, maxLength: 256 },
    ],
    example: { body: { currentPassword: HOSTILE_SPARE.password, newPassword: 'a brand new horse battery staple' } },
  },
  { method: 'GET', url: '/api/v1/tokens', auth: 'session', fields: [], example: {} },
  {
    method: 'POST',
    url: '/api/v1/tokens',
    auth: 'session',
    writes: ['api_tokens'],
    fields: [
      { in: 'body', name: 'name', kind: 'text', required: true, maxLength: 100 },
      { in: 'body', name: 'role', kind: 'enum', required: true, values: ROLES },
      { in: 'body', name: 'scopeRegionCode', kind: 'regionCode', maxLength: 13 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1 },
      { in: 'body', name: 'expiresInDays', kind: 'int', min: 1, max: 365 },
    ],
    example: { body: { name: 'SMS gateway Bangli', role: 'officer', scopeRegionCode: unit.regionCode, unitId: unit.id, expiresInDays: 30 } },
  },
  {
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    auth: 'session',
    writes: ['api_tokens'],
    fields: [serialId],
    example: { path: { id: String(token.id) } },
  },
  {
    method: 'GET',
    url: '/api/v1/units',
    auth: 'session',
    fields: [
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'agency', kind: 'identifier', maxLength: 40 },
      limit(500),
      offset(1_000_000),
    ],
    example: { query: { region: '51', agency: unit.agencyCode, limit: '10', offset: '0' } },
  },
  { method: 'GET', url: '/api/v1/units/:id', auth: 'session', fields: [serialId], example: { path: { id: String(unit.id) } } },
  {
    method: 'POST',
    url: '/api/v1/units',
    auth: 'session',
    writes: ['units'],
    fields: [
      { in: 'body', name: 'agencyCode', kind: 'identifier', required: true, maxLength: 40 },
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
      { in: 'body', name: 'name', kind: 'text', required: true, maxLength: 200 },
    ],
    example: { body: { agencyCode: 'KPU', regionCode: '51.06', name: 'KPU Kabupaten Bangli (hostile suite)' } },
  },
  {
    // Every file case is a dry run: whatever the file holds, nothing may be written.
    method: 'POST',
    url: '/api/v1/units/import',
    note: 'dry run',
    auth: 'session',
    fields: [{ in: 'file', name: 'file', kind: 'spreadsheet', required: true, maxLength: 5 * MiB }],
    example: { query: { dryRun: 'true' }, files: importFile(IMPORT_DRY_RUN_CSV) },
  },
  {
    // A clean file, really imported (once: later cases find its unit already there).
    method: 'POST',
    url: '/api/v1/units/import',
    note: 'import',
    auth: 'session',
    writes: ['units'],
    fields: [{ in: 'query', name: 'dryRun', kind: 'enum', values: ['true', 'false'] }],
    example: { query: { dryRun: 'false' }, files: importFile(IMPORT_CSV) },
  },
  { method: 'GET', url: '/api/v1/users', auth: 'session', fields: [limit(500), offset(1_000_000)], example: { query: { limit: '10', offset: '0' } } },
  {
    method: 'GET',
    url: '/api/v1/users/:id',
    auth: 'session',
    fields: [{ in: 'path', name: 'id', kind: 'uuid', required: true }],
    example: { path: { id: viewer.id } },
  },
  {
    method: 'POST',
    url: '/api/v1/users',
    auth: 'session',
    writes: ['users'],
    fields: [
      { in: 'body', name: 'email', kind: 'email', required: true, maxLength: 254 },
      { in: 'body', name: 'displayName', kind: 'text', required: true, maxLength: 200 },
      { in: 'body', name: 'password', kind: 'password', required: true, maxLength: 256 },
      { in: 'body', name: 'role', kind: 'enum', required: true, values: ROLES },
      { in: 'body', name: 'scopeRegionCode', kind: 'regionCode', required: true, maxLength: 13 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1 },
      { in: 'body', name: 'language', kind: 'enum', values: LANGUAGES },
    ],
    example: {
      body: {
        email: 'hostile-officer@desk.go.id', displayName: 'Hostile Officer', password: 'officer horse battery staple',
        role: 'officer', scopeRegionCode: unit.regionCode, unitId: unit.id, language: 'en',
      },
    },
  },
  {
    method: 'PATCH',
    url: '/api/v1/users/:id',
    auth: 'session',
    writes: ['users'],
    fields: [
      { in: 'path', name: 'id', kind: 'uuid', required: true },
      { in: 'body', name: 'displayName', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'role', kind: 'enum', values: ROLES },
      { in: 'body', name: 'scopeRegionCode', kind: 'regionCode', maxLength: 13 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1 },
      { in: 'body', name: 'language', kind: 'enum', values: LANGUAGES },
      { in: 'body', name: 'disabled', kind: 'boolean' },
    ],
    example: { path: { id: viewer.id }, body: { displayName: viewer.displayName, role: 'viewer', scopeRegionCode: viewer.scopeRegionCode, language: 'id', disabled: false } },
  },
  {
    method: 'POST',
    url: '/api/v1/users/:id/password',
    auth: 'session',
    writes: ['users'],
    fields: [
      { in: 'path', name: 'id', kind: 'uuid', required: true },
      { in: 'body', name: 'newPassword', kind: 'password', required: true, maxLength: 256 },
    ],
    example: { path: { id: viewer.id }, body: { newPassword: viewer.password } },
  },
  {
    method: 'PATCH',
    url: '/api/v1/units/:id',
    auth: 'session',
    writes: ['units'],
    fields: [
      serialId,
      { in: 'body', name: 'agencyCode', kind: 'identifier', maxLength: 40 },
      { in: 'body', name: 'name', kind: 'text', maxLength: 200 },
    ],
    example: { path: { id: String(unit.id) }, body: { agencyCode: unit.agencyCode, name: unit.name } },
  },
  { method: 'GET', url: '/api/v1/agencies', auth: 'session', fields: [], example: {} },
  {
    method: 'GET',
    url: '/api/v1/people',
    auth: 'session',
    fields: [
      { in: 'query', name: 'unit', kind: 'int', min: 1 },
      { in: 'query', name: 'q', kind: 'text', maxLength: 100 },
      limit(500),
      offset(1_000_000),
    ],
    example: { query: { unit: String(unit.id), q: 'made', limit: '10', offset: '0' } },
  },
  { method: 'GET', url: '/api/v1/people/:id', auth: 'session', fields: [serialId], example: { path: { id: String(person.id) } } },
  {
    method: 'POST',
    url: '/api/v1/people',
    auth: 'session',
    writes: ['people'],
    fields: [
      { in: 'body', name: 'fullName', kind: 'text', required: true, maxLength: 200 },
      { in: 'body', name: 'position', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'unitId', kind: 'int', required: true, min: 1 },
      { in: 'body', name: 'phone', kind: 'phone', maxLength: 30 },
      { in: 'body', name: 'email', kind: 'email', maxLength: 254 },
    ],
    example: { body: { fullName: 'Ni Luh Hostile', position: 'Anggota', unitId: unit.id, phone: '+62 812-3456-7890', email: 'ni.luh@bawaslu.go.id' } },
  },
  {
    method: 'PATCH',
    url: '/api/v1/people/:id',
    auth: 'session',
    writes: ['people'],
    fields: [
      serialId,
      { in: 'body', name: 'fullName', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'position', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'unitId', kind: 'int', min: 1 },
      { in: 'body', name: 'phone', kind: 'phone', maxLength: 30 },
      { in: 'body', name: 'email', kind: 'email', maxLength: 254 },
    ],
    example: {
      path: { id: String(person.id) },
      body: { fullName: person.fullName, position: person.position, unitId: unit.id, phone: person.phone, email: person.email },
    },
  },
  { method: 'GET', url: '/api/v1/audit', auth: 'session', fields: auditQuery, example: auditExample },
  { method: 'GET', url: '/api/v1/audit/export.csv', auth: 'session', produces: 'text/csv', fields: auditQuery, example: auditExample },
  ...MEETING_ENDPOINTS,
  ...MEETING_SHEET_ENDPOINTS,
  ...LETTERHEAD_ENDPOINTS,
  ...VULNERABILITY_ENDPOINTS,
  ...VULNERABILITY_EXPORT_ENDPOINTS,
  ...GEO_ENDPOINTS,
  ...LIVE_ENDPOINTS,
  ...READINESS_ENDPOINTS,
  ...INCIDENT_ENDPOINTS,
  ...ALERT_ENDPOINTS,
  ...POLITICAL_REPORT_ENDPOINTS,
  ...NOTIFICATION_ENDPOINTS,
  ...INCIDENT_ATTACHMENT_ENDPOINTS,
  ...INCIDENT_DUPLICATE_ENDPOINTS,
  ...NEUTRALITY_ENDPOINTS,
  ...INCIDENT_CATEGORY_ENDPOINTS,
  ...GATEWAY_ENDPOINTS,
  ...INCIDENT_IMPORT_ENDPOINTS,
  ...INCIDENT_EXPORT_ENDPOINTS,
  ...PACT_ENDPOINTS,
  ...PACT_COMPLIANCE_ENDPOINTS,
  ...MEDIA_FEED_ENDPOINTS,
  ...MEDIA_ENDPOINTS,
  ...SITREP_ENDPOINTS,
  ...DASHBOARD_ENDPOINTS,
];
