/**
 * Daily situation reports (issue 10) in the hostile-input suite's endpoint table: make one, list,
 * download PDF/XLSX, read and set the schedules (family 'sitrep', one module: src/modules/sitrep).
 * The downloads name the stored report of sitrep-fixtures.ts (Bangli).
 */
import { SITREP_FIXTURES } from './sitrep-fixtures.js';
import { MAX_INT4, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'sitrep';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const { report } = SITREP_FIXTURES;
const reportId: FieldSpec = { in: 'path', name: 'reportId', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const region: FieldSpec = { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 };

export const SITREP_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'POST', url: '/api/v1/situation-reports', auth: 'session', family, writes: ['situation_reports'],
    fields: [
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
      { in: 'body', name: 'date', kind: 'date', required: true },
      { in: 'body', name: 'language', kind: 'enum', values: ['id', 'en'] },
    ],
    example: { body: { regionCode: report.regionCode, date: report.reportDate, language: 'id' } },
  },
  {
    method: 'GET', url: '/api/v1/situation-reports', auth: 'session', family,
    fields: [
      region,
      { in: 'query', name: 'from', kind: 'date' },
      { in: 'query', name: 'to', kind: 'date' },
      { in: 'query', name: 'limit', kind: 'int', min: 1, max: 200 },
      { in: 'query', name: 'offset', kind: 'int', min: 0, max: 1_000_000 },
    ],
    example: { query: { region: report.regionCode, from: '2024-11-01', to: '2024-11-30', limit: '20', offset: '0' } },
  },
  { method: 'GET', url: '/api/v1/situation-reports/:reportId/report.pdf', auth: 'session', family, produces: 'application/pdf', fields: [reportId], example: { path: { reportId: String(report.id) } } },
  { method: 'GET', url: '/api/v1/situation-reports/:reportId/report.xlsx', auth: 'session', family, produces: XLSX, fields: [reportId], example: { path: { reportId: String(report.id) } } },
  { method: 'GET', url: '/api/v1/situation-report-schedules', auth: 'session', family, fields: [region], example: { query: { region: report.regionCode } } },
  {
    method: 'PUT', url: '/api/v1/situation-report-schedules', auth: 'session', family, writes: ['situation_report_schedules'],
    fields: [
      { in: 'body', name: 'regionCode', kind: 'regionCode', required: true, maxLength: 13 },
      { in: 'body', name: 'localHour', kind: 'int', required: true, min: 0, max: 23 },
      { in: 'body', name: 'enabled', kind: 'boolean', required: true },
    ],
    example: { body: { regionCode: report.regionCode, localHour: 6, enabled: false } },
  },
];
