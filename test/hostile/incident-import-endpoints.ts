/**
 * Imports of reports from CSV/XLSX (issue 7) in the hostile-input suite's endpoint table. The example
 * is a dry run; a case that leaves dryRun out really imports the example's one row (once: later ones
 * find it imported before). Each accepted upload adds an incident_imports row, checked in the
 * background of the server; that work may still be writing when the suite moves on, so every entry of
 * the family declares incident_imports (reading an import also marks stale ones gagal).
 *
 * The entries form the family 'incident-imports' (one contract file, one service).
 */
import { MAX_INCIDENT_IMPORT_BYTES } from '../../src/modules/incident-imports/limits.js';
import { HOSTILE_FIXTURES, serialId, type EndpointSpec } from './spec.js';

const family = 'incident-imports';
const IMPORTS = '/api/v1/incidents/imports';
const { incident } = HOSTILE_FIXTURES;
const CSV = `Kategori;Uraian;Wilayah;Waktu kejadian;Rezim\npolitik uang;Amplop dibagikan di banjar (hostile dry run);${incident.regionCode};19/11/2024 20:00;pilkada\n`;
const writes = ['incident_imports'];
const importWrites = ['incident_imports', 'incidents', 'incident_idempotency'];

export const INCIDENT_IMPORT_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'POST', url: IMPORTS, auth: 'session', family, writes: importWrites,
    fields: [
      { in: 'form', name: 'keepValid', kind: 'enum', values: ['true', 'false'] },
      { in: 'form', name: 'dryRun', kind: 'enum', values: ['true', 'false'] },
      { in: 'file', name: 'file', kind: 'spreadsheet', required: true, maxLength: MAX_INCIDENT_IMPORT_BYTES },
    ],
    example: { form: { keepValid: 'false', dryRun: 'true' }, files: { file: { filename: 'laporan.csv', contentType: 'text/csv', content: CSV } } },
  },
  { method: 'GET', url: IMPORTS, auth: 'session', family, writes, fields: [], example: {} },
  { method: 'GET', url: `${IMPORTS}/template.xlsx`, auth: 'session', family, writes, produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fields: [], example: {} },
  { method: 'GET', url: `${IMPORTS}/template.csv`, auth: 'session', family, writes, produces: 'text/csv', fields: [], example: {} },
  // Import 1 exists once the POST's first case ran (ids start at 1 in the suite's database).
  { method: 'GET', url: `${IMPORTS}/:id`, auth: 'session', family, writes, fields: [serialId], example: { path: { id: '1' } } },
];
