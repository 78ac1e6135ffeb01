/**
 * Letterheads (kop surat) of units in the hostile-input suite's endpoint table: the lines and
 * address, and the logo. Their examples name the unit of HOSTILE_FIXTURES, whose letterhead has a
 * PNG logo; a logo upload's change is put back after each case, so that reading the logo always
 * meets the fixture's PNG.
 *
 * The entries form the family 'letterheads' (one contract, one service, the units' guards).
 */
import { TINY_PNG } from './payloads.js';
import { HOSTILE_FIXTURES, serialId, type EndpointSpec } from './spec.js';

const { unit, logoFile } = HOSTILE_FIXTURES;
const family = 'letterheads';
const LETTERHEAD = '/api/v1/units/:id/letterhead';
const unitPath = { id: String(unit.id) };
const MiB = 1024 * 1024;

export const LETTERHEAD_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: LETTERHEAD, auth: 'session', family, fields: [serialId], example: { path: unitPath } },
  {
    method: 'PUT', url: LETTERHEAD, auth: 'session', family, writes: ['unit_letterheads'],
    fields: [
      serialId,
      { in: 'body', name: 'lines', kind: 'text', required: true, maxLength: 200, list: { maxItems: 5 } },
      { in: 'body', name: 'address', kind: 'text', maxLength: 300 },
    ],
    example: { path: unitPath, body: { lines: ['BADAN PENGAWAS PEMILIHAN UMUM', 'KABUPATEN BANGLI'], address: 'Jl. Brigjen Ngurah Rai No. 1, Bangli' } },
  },
  {
    method: 'PUT', url: `${LETTERHEAD}/logo`, auth: 'session', family, writes: ['files', 'unit_letterheads'], restores: ['logo'],
    fields: [serialId, { in: 'file', name: 'file', kind: 'upload', required: true, maxLength: MiB }],
    example: { path: unitPath, files: { file: { filename: logoFile.name, contentType: 'image/png', content: TINY_PNG } } },
  },
  { method: 'GET', url: `${LETTERHEAD}/logo`, auth: 'session', family, produces: 'image/png', fields: [serialId], example: { path: unitPath } },
];
