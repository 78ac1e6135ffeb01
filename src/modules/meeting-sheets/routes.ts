import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  actionItemExportQuerySchema, attendanceImportQuerySchema, attendanceImportReportSchema, attendanceRatesQuerySchema, attendanceRatesSchema,
  meetingExportQuerySchema, sheetLanguageQuerySchema,
} from '../../contracts/meeting-sheets.js';
import { meetingParamsSchema } from '../../contracts/meetings.js';
import { languageFromHeader, type Language } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { readUpload } from '../../server/upload.js';
import { readSpreadsheet } from '../units/import-file.js';
import type { MeetingSheets } from './service.js';
import { XLSX_MEDIA_TYPE, type XlsxFile } from './workbook.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const XLSX_NOTE = `Answers ${XLSX_MEDIA_TYPE} as an attachment; headers and labels in \`lang\` (else Accept-Language, else Bahasa Indonesia).`;

/** The `lang` query parameter, else Accept-Language, else Bahasa Indonesia. */
function languageOf(request: FastifyRequest): Language {
  const { lang } = request.query as { lang?: Language };
  return lang ?? languageFromHeader(request.headers['accept-language']);
}

function sendWorkbook(reply: FastifyReply, file: XlsxFile) {
  return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
}

export function meetingSheetRoutes(sheets: MeetingSheets): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/meetings/export.xlsx', {
      schema: { tags: ['meetings'], summary: 'Meetings as XLSX, one row each, with the filters of GET /meetings (at most 50,000 rows, else 422 too_many_rows)', description: XLSX_NOTE, querystring: meetingExportQuerySchema, response: { ...errors, 422: errorSchema } },
    }, async (request, reply) => sendWorkbook(reply, await sheets.exports.meetings(requireActor(request), request.query, languageOf(request))));

    app.get('/meetings/:id/attendance.xlsx', {
      schema: { tags: ['meetings'], summary: 'A meeting’s invitations, RSVP and attendance as XLSX (arrival times in the meeting’s zone)', description: XLSX_NOTE, params: meetingParamsSchema, querystring: sheetLanguageQuerySchema, response: errors },
    }, async (request, reply) => sendWorkbook(reply, await sheets.exports.attendance(requireActor(request), request.params.id, languageOf(request))));

    app.get('/action-items/export.xlsx', {
      schema: { tags: ['action items'], summary: 'Action items as XLSX with the filters of GET /action-items (at most 50,000 rows, else 422 too_many_rows)', description: XLSX_NOTE, querystring: actionItemExportQuerySchema, response: { ...errors, 422: errorSchema } },
    }, async (request, reply) => sendWorkbook(reply, await sheets.exports.actionItems(requireActor(request), request.query, languageOf(request))));

    app.get('/meetings/attendance-rates', {
      schema: { tags: ['meetings'], summary: 'Attendance per agency across the visible meetings that have started, best rate first', querystring: attendanceRatesQuerySchema, response: { 200: attendanceRatesSchema, ...errors } },
    }, async (request) => sheets.rates.rates(requireActor(request), request.query));

    app.get('/meetings/attendance-rates.xlsx', {
      schema: { tags: ['meetings'], summary: 'Attendance per agency as XLSX', description: XLSX_NOTE, querystring: attendanceRatesQuerySchema, response: errors },
    }, async (request, reply) => sendWorkbook(reply, await sheets.rates.ratesXlsx(requireActor(request), request.query, languageOf(request))));

    app.post('/meetings/:id/attendance/import', {
      schema: {
        tags: ['meetings'],
        summary: 'Take attendance from a CSV or XLSX file (multipart field "file"): rows matched to invitations by unit name or id, or person name; every row checked; all or nothing unless keepValid=true',
        params: meetingParamsSchema, querystring: attendanceImportQuerySchema,
        response: { 200: attendanceImportReportSchema, ...errors, 409: errorSchema, 413: errorSchema, 415: errorSchema },
      },
    }, async (request) => {
      const { dryRun, keepValid, invite } = request.query;
      const options = { dryRun: dryRun === 'true', keepValid: keepValid === 'true', invite: invite === 'true', lang: languageOf(request) };
      const readSheet = async () => readSpreadsheet((await readUpload(request)).bytes);
      return sheets.attendance.importAttendance(requireActor(request), request.params.id, readSheet, options, requestContext(request));
    });
  };
}
