/**
 * Political-development reports (issue 8) in the hostile-input suite's endpoint table. Examples name
 * the rows of test/hostile/political-report-fixtures.ts (put back after each case that changes them).
 * A draft's `sections` is one JSON object of texts by section key; it is not a field here (the table
 * has no object kind), so every accepted draft keeps the example's. Reads that materialise owed
 * reports (list, status, recap, roll-up) may add to political_reports: a schedule a POST case made
 * may owe something. The entries form the family 'political-reports'.
 */
import {
  POLITICAL_REPORT_KINDS, POLITICAL_REPORT_LEVELS, POLITICAL_REPORT_PERIODS, POLITICAL_REPORT_STATES,
} from '../../src/domain/political-reports/vocabulary.js';
import { REVIEW_ACTIONS } from '../../src/domain/political-reports/workflow.js';
import { POLITICAL_REPORT_FIXTURES as F } from './political-report-fixtures.js';
import { MAX_INT4, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'political-reports';
const version: FieldSpec = { in: 'body', name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const month = (required: boolean): FieldSpec => ({ in: 'query', name: 'period', kind: 'text', required, maxLength: 7 });
const lang: FieldSpec = { in: 'query', name: 'lang', kind: 'enum', values: ['id', 'en'] };
const at = (id: number) => ({ path: { id: String(id) } });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const materialises = ['political_reports'];
const statusFields: FieldSpec[] = [
  month(true), { in: 'query', name: 'level', kind: 'enum', values: POLITICAL_REPORT_LEVELS, required: true }, { in: 'query', name: 'regionCode', kind: 'regionCode', maxLength: 13 },
];
const statusQuery = { period: '2024-07', level: 'kabkota', regionCode: '51' };
const templateFields: FieldSpec[] = [
  { in: 'body', name: 'nameId', kind: 'text', required: true, maxLength: 200 },
  { in: 'body', name: 'nameEn', kind: 'text', required: true, maxLength: 200 },
  { in: 'body', name: 'sections.0.key', kind: 'identifier', required: true, maxLength: 40 },
  { in: 'body', name: 'sections.0.titleId', kind: 'text', required: true, maxLength: 200 },
  { in: 'body', name: 'sections.0.titleEn', kind: 'text', required: true, maxLength: 200 },
  { in: 'body', name: 'active', kind: 'boolean' },
];
const sections = [{ key: 'isi', titleId: 'Isi laporan', titleEn: 'Content' }];

export const POLITICAL_REPORT_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/political-report-templates', auth: 'session', family, fields: [], example: {} },
  {
    method: 'POST', url: '/api/v1/political-report-templates', auth: 'session', family, writes: ['political_report_templates'], restores: ['politicalReportNewTemplate'],
    fields: [
      { in: 'body', name: 'code', kind: 'identifier', required: true, maxLength: 64 }, { in: 'body', name: 'kind', kind: 'enum', values: POLITICAL_REPORT_KINDS, required: true },
      ...templateFields,
    ],
    example: { body: { code: F.newTemplateCode, nameId: 'Templat baru', nameEn: 'New template', kind: 'insidental', sections, active: true } },
  },
  {
    method: 'PATCH', url: '/api/v1/political-report-templates/:id', auth: 'session', family, writes: ['political_report_templates'], restores: ['politicalReportTemplate'],
    fields: [serialId, version, ...templateFields.map((f) => ({ ...f, required: false }))],
    example: { ...at(F.incidentalTemplate.id), body: { version: 1, nameId: 'Templat diubah', nameEn: 'Changed template', sections, active: true } },
  },
  { method: 'GET', url: '/api/v1/political-report-schedules', auth: 'session', family, fields: [], example: {} },
  {
    method: 'POST', url: '/api/v1/political-report-schedules', auth: 'session', family, writes: ['political_report_schedules'],
    fields: [
      { in: 'body', name: 'templateId', kind: 'int', required: true, min: 1, max: MAX_INT4 },
      { in: 'body', name: 'level', kind: 'enum', values: POLITICAL_REPORT_LEVELS, required: true },
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
      { in: 'body', name: 'period', kind: 'enum', values: POLITICAL_REPORT_PERIODS, required: true },
      { in: 'body', name: 'dueDays', kind: 'int', required: true, min: 0, max: 60 },
      { in: 'body', name: 'startsOn', kind: 'date', required: true },
    ],
    // From 2100: a schedule the example makes owes nothing yet.
    example: { body: { templateId: F.periodicTemplate.id, level: 'kabkota', regionCode: '51', period: 'tahunan', dueDays: 10, startsOn: '2100-01-01' } },
  },
  {
    method: 'PATCH', url: '/api/v1/political-report-schedules/:id', auth: 'session', family, writes: ['political_report_schedules'], restores: ['politicalReportSchedule'],
    fields: [
      serialId, version, { in: 'body', name: 'period', kind: 'enum', values: POLITICAL_REPORT_PERIODS }, { in: 'body', name: 'dueDays', kind: 'int', min: 0, max: 60 },
      { in: 'body', name: 'startsOn', kind: 'date' }, { in: 'body', name: 'active', kind: 'boolean' },
    ],
    example: { ...at(F.schedule.id), body: { version: 1, dueDays: 5, startsOn: '2100-01-01', active: false } },
  },
  {
    method: 'DELETE', url: '/api/v1/political-report-schedules/:id', auth: 'session', family, writes: ['political_report_schedules'], restores: ['politicalReportSchedule'],
    fields: [serialId, { in: 'query', name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 }],
    example: { ...at(F.schedule.id), query: { version: '1' } },
  },
  {
    method: 'GET', url: '/api/v1/political-reports', auth: 'session', family, writes: materialises,
    fields: [
      { in: 'query', name: 'regionCode', kind: 'regionCode', maxLength: 13 }, { in: 'query', name: 'state', kind: 'enum', values: POLITICAL_REPORT_STATES },
      { in: 'query', name: 'kind', kind: 'enum', values: POLITICAL_REPORT_KINDS }, month(false), { in: 'query', name: 'late', kind: 'enum', values: ['true', 'false'] },
      { in: 'query', name: 'from', kind: 'date' }, { in: 'query', name: 'to', kind: 'date' },
      { in: 'query', name: 'page', kind: 'int', min: 1, max: 10_000 }, { in: 'query', name: 'pageSize', kind: 'int', min: 1, max: 200 },
    ],
    example: { query: { regionCode: '51', state: 'belum', kind: 'periodik', period: '2024-07', late: 'true', from: '2024-01-01', to: '2024-12-31', page: '1', pageSize: '20' } },
  },
  {
    method: 'POST', url: '/api/v1/political-reports', auth: 'session', family, writes: ['political_reports'],
    fields: [
      { in: 'body', name: 'kind', kind: 'enum', values: ['insidental'], required: true }, { in: 'body', name: 'templateId', kind: 'int', min: 1, max: MAX_INT4 },
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 }, { in: 'body', name: 'title', kind: 'text', required: true, maxLength: 300 },
      { in: 'body', name: 'occurredAt', kind: 'datetime', required: true },
    ],
    example: { body: { kind: 'insidental', templateId: F.incidentalTemplate.id, regionCode: '51.06', title: 'Bentrok massa (hostile suite)', occurredAt: '2024-08-09T21:30:00+08:00' } },
  },
  { method: 'GET', url: '/api/v1/political-reports/status', auth: 'session', family, writes: materialises, fields: statusFields, example: { query: statusQuery } },
  {
    method: 'GET', url: '/api/v1/political-reports/recap.xlsx', auth: 'session', family, writes: materialises, produces: XLSX,
    fields: [...statusFields, lang], example: { query: { ...statusQuery, lang: 'id' } },
  },
  { method: 'GET', url: '/api/v1/political-reports/:id', auth: 'session', family, fields: [serialId], example: at(F.submitted.id) },
  {
    method: 'PUT', url: '/api/v1/political-reports/:id/draft', auth: 'session', family, writes: ['political_reports', 'political_report_versions'], restores: ['politicalReportBlank'],
    fields: [serialId, version, { in: 'body', name: 'summary', kind: 'text', required: true, maxLength: 4000 }],
    example: { ...at(F.blank.id), body: { version: 1, sections: { politik: 'Kondusif.' }, summary: 'Situasi kondusif.' } },
  },
  {
    method: 'POST', url: '/api/v1/political-reports/:id/submit', auth: 'session', family, writes: ['political_reports', 'political_report_versions'], restores: ['politicalReportDrafted'],
    fields: [serialId, version], example: { ...at(F.drafted.id), body: { version: 1 } },
  },
  {
    method: 'POST', url: '/api/v1/political-reports/:id/review', auth: 'session', family, writes: ['political_reports', 'political_report_comments'], restores: ['politicalReportSubmitted'],
    fields: [serialId, version, { in: 'body', name: 'action', kind: 'enum', values: REVIEW_ACTIONS, required: true }, { in: 'body', name: 'comment', kind: 'text', maxLength: 4000 }],
    example: { ...at(F.submitted.id), body: { version: 1, action: 'kembalikan', comment: 'Lengkapi bagian keamanan.' } },
  },
  {
    method: 'POST', url: '/api/v1/political-reports/:id/comments', auth: 'session', family, writes: ['political_report_comments'],
    fields: [serialId, { in: 'body', name: 'body', kind: 'text', required: true, maxLength: 4000 }, { in: 'body', name: 'sectionKey', kind: 'identifier', maxLength: 40 }],
    example: { ...at(F.submitted.id), body: { body: 'Data DPRD dari Setwan.', sectionKey: 'politik' } },
  },
  {
    method: 'GET', url: '/api/v1/political-reports/:id/versions/:number', auth: 'session', family,
    fields: [serialId, { in: 'path', name: 'number', kind: 'int', required: true, min: 1, max: 100_000 }],
    example: { path: { id: String(F.submitted.id), number: '1' } },
  },
  { method: 'GET', url: '/api/v1/political-reports/:id/rollup', auth: 'session', family, writes: materialises, fields: [serialId], example: at(F.province.id) },
  {
    method: 'POST', url: '/api/v1/political-reports/:id/rollup', auth: 'session', family, writes: [...materialises, 'political_report_versions'], restores: ['politicalReportProvince'],
    fields: [serialId, version], example: { ...at(F.province.id), body: { version: 1 } },
  },
  {
    method: 'GET', url: '/api/v1/political-reports/:id/report.pdf', auth: 'session', family, produces: 'application/pdf',
    fields: [serialId, lang], example: { ...at(F.submitted.id), query: { lang: 'en' } },
  },
];
