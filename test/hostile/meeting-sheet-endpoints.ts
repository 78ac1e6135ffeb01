/**
 * Meeting spreadsheets in the hostile-input suite's endpoint table (issue 5): the XLSX exports of
 * meetings, attendance and action items, attendance rates, and the attendance import. Their
 * examples name the meeting fixture of HOSTILE_FIXTURES and its invitation of the fixture unit.
 *
 * Every entry belongs to the family 'meeting-sheets' (one contract file, one service, the meetings'
 * access guards): the payloads about the request as a whole are dealt out among them.
 */
import { ACTION_STATUSES, MEETING_KINDS } from '../../src/domain/meetings/vocabulary.js';
import { HOSTILE_FIXTURES, serialId, type EndpointSpec, type FieldSpec } from './spec.js';

const { unit, meeting } = HOSTILE_FIXTURES;
const family = 'meeting-sheets';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MiB = 1024 * 1024;

const query = (name: string, kind: FieldSpec['kind'], extra: Partial<FieldSpec> = {}): FieldSpec => ({ in: 'query', name, kind, ...extra });
const lang = query('lang', 'enum', { values: ['id', 'en'] });
const flag = (name: string) => query(name, 'enum', { values: ['true', 'false'] });
const period: FieldSpec[] = [query('region', 'regionCode', { maxLength: 13 }), query('from', 'datetime'), query('to', 'datetime')];
const meetingPath = { id: String(meeting.id) };

/** The meeting fixture starts at 09:00 WITA: its unit came at 09:05, represented by its chairman. */
const ATTENDANCE_CSV = `unit;hadir;jam datang;diwakili oleh\n${unit.name};ya;09:05;I Made Hostile\n`;
const attendanceFile = { file: { filename: 'kehadiran.csv', contentType: 'text/csv', content: ATTENDANCE_CSV } };

export const MEETING_SHEET_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'GET', url: '/api/v1/meetings/export.xlsx', auth: 'session', family, produces: XLSX,
    fields: [
      ...period, query('agency', 'identifier', { maxLength: 40 }), query('kind', 'enum', { values: MEETING_KINDS }), query('q', 'text', { maxLength: 200 }), lang,
    ],
    example: {
      query: { region: '51', from: '2024-01-01T00:00:00+07:00', to: '2025-01-01T00:00:00+08:00', agency: unit.agencyCode, kind: meeting.kind, q: 'koordinasi', lang: 'en' },
    },
  },
  {
    method: 'GET', url: '/api/v1/meetings/:id/attendance.xlsx', auth: 'session', family, produces: XLSX,
    fields: [serialId, lang],
    example: { path: meetingPath, query: { lang: 'id' } },
  },
  {
    method: 'GET', url: '/api/v1/action-items/export.xlsx', auth: 'session', family, produces: XLSX,
    fields: [
      query('mine', 'enum', { values: ['unit', 'region'] }), query('status', 'enum', { values: ACTION_STATUSES }), flag('overdue'),
      query('region', 'regionCode', { maxLength: 13 }), lang,
    ],
    example: { query: { mine: 'region', status: 'open', overdue: 'true', region: '51', lang: 'en' } },
  },
  {
    method: 'GET', url: '/api/v1/meetings/attendance-rates', auth: 'session', family,
    fields: [...period, lang],
    example: { query: { region: meeting.regionCode, from: '2024-01-01T00:00:00+08:00', to: '2025-01-01T00:00:00+08:00', lang: 'en' } },
  },
  {
    method: 'GET', url: '/api/v1/meetings/attendance-rates.xlsx', auth: 'session', family, produces: XLSX,
    fields: [...period, lang],
    example: { query: { region: '51', from: '2024-01-01T00:00:00+08:00', to: '2025-01-01T00:00:00+08:00', lang: 'id' } },
  },
  {
    // Every file case is a dry run: whatever the file holds, nothing may be written.
    method: 'POST', url: '/api/v1/meetings/:id/attendance/import', note: 'dry run', auth: 'session', family,
    fields: [
      serialId, { in: 'file', name: 'file', kind: 'spreadsheet', required: true, maxLength: 5 * MiB }, flag('keepValid'), flag('invite'), lang,
    ],
    example: { path: meetingPath, query: { dryRun: 'true', keepValid: 'false', invite: 'false', lang: 'en' }, files: attendanceFile },
  },
  {
    // A clean file, really imported: the fixture invitation is put back after each case.
    method: 'POST', url: '/api/v1/meetings/:id/attendance/import', note: 'import', auth: 'session', family,
    writes: ['meeting_invitations'], restores: ['invitation'],
    fields: [flag('dryRun')],
    example: { path: meetingPath, query: { dryRun: 'false' }, files: attendanceFile },
  },
];
