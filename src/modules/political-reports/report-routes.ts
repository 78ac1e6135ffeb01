import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createCommentSchema, createReportSchema, exportLangSchema, recapQuerySchema, reportCommentSchema, reportDetailSchema, reportListQuerySchema,
  reportListSchema, reportParamsSchema, reportVersionSchema, reviewSchema, rollupSchema, saveDraftSchema, statusQuerySchema, statusSchema,
  versionOnlySchema, versionParamsSchema,
} from '../../contracts/political-reports.js';
import { errorSchema } from '../../contracts/common.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { contentDisposition } from '../files/repo.js';
import { XLSX_MEDIA_TYPE } from '../meeting-sheets/workbook.js';
import type { PoliticalReportExports } from './exports.js';
import type { PoliticalReportService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const flow = { ...errors, 409: errorSchema, 422: errorSchema };
const tags = ['political-reports'];

/** Reports: list (owed ones materialised on read), incidental filing, drafting, submitting, review, comments, roll-up, status, exports. */
export function politicalReportRoutes(reports: PoliticalReportService, exports: PoliticalReportExports): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/political-reports', {
      schema: { tags, summary: 'Reports in your scope, owed ones included; filters: region subtree, state, kind, month, late, due/happened from–to', querystring: reportListQuerySchema, response: { 200: reportListSchema, ...errors } },
    }, async (request) => reports.list(requireActor(request), request.query));

    app.post('/political-reports', {
      schema: { tags, summary: 'An incidental report of a province or kabupaten/kota', body: createReportSchema, response: { 201: reportDetailSchema, ...errors } },
    }, async (request, reply) => reply.code(201).send(await reports.create(requireActor(request), request.body, requestContext(request))));

    app.get('/political-reports/status', {
      schema: { tags, summary: 'Who has reported for a month: every region of the level in your scope (or regionCode), with totals', querystring: statusQuerySchema, response: { 200: statusSchema, ...errors } },
    }, async (request) => reports.status(requireActor(request), request.query));

    app.get('/political-reports/recap.xlsx', {
      schema: { tags, summary: 'The who-has-reported recap of a month as XLSX', querystring: recapQuerySchema },
    }, async (request, reply) => {
      const { lang, ...query } = request.query;
      const file = await exports.recap(requireActor(request), query, lang ?? languageFromHeader(request.headers['accept-language']));
      return reply.type(XLSX_MEDIA_TYPE).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(file.body);
    });

    app.get('/political-reports/:id', {
      schema: { tags, summary: 'A report with its outline, current content, versions, comments and what you may do', params: reportParamsSchema, response: { 200: reportDetailSchema, ...errors } },
    }, async (request) => reports.detail(requireActor(request), request.params.id));

    app.put('/political-reports/:id/draft', {
      schema: { tags, summary: 'Save the draft (overwrites the open draft; a new version after a submitted one)', params: reportParamsSchema, body: saveDraftSchema, response: { 200: reportDetailSchema, ...flow } },
    }, async (request) => reports.saveDraft(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/political-reports/:id/submit', {
      schema: { tags, summary: 'Submit (needs a summary and one written section: 422 otherwise)', params: reportParamsSchema, body: versionOnlySchema, response: { 200: reportDetailSchema, ...flow } },
    }, async (request) => reports.submit(requireActor(request), request.params.id, request.body.version, requestContext(request)));

    app.post('/political-reports/:id/review', {
      schema: { tags, summary: 'Review: mulai, kembalikan (with a comment) or terima; 409 when the state does not allow it', params: reportParamsSchema, body: reviewSchema, response: { 200: reportDetailSchema, ...flow } },
    }, async (request) => reports.review(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/political-reports/:id/comments', {
      schema: { tags, summary: 'Comment on the current version, optionally on one section', params: reportParamsSchema, body: createCommentSchema, response: { 201: reportCommentSchema, ...errors } },
    }, async (request, reply) => reply.code(201).send(await reports.comment(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.get('/political-reports/:id/versions/:number', {
      schema: { tags, summary: 'The content of one version', params: versionParamsSchema, response: { 200: reportVersionSchema, ...errors } },
    }, async (request) => reports.version(requireActor(request), request.params.id, request.params.number));

    app.get('/political-reports/:id/rollup', {
      schema: { tags, summary: 'A province report: its kabupaten/kota reports of the same period, and who is missing', params: reportParamsSchema, response: { 200: rollupSchema, ...errors, 409: errorSchema } },
    }, async (request) => reports.rollup(requireActor(request), request.params.id));

    app.post('/political-reports/:id/rollup', {
      schema: { tags, summary: 'Copy the kabupaten/kota summaries into the draft’s rollup section', params: reportParamsSchema, body: versionOnlySchema, response: { 200: reportDetailSchema, ...flow } },
    }, async (request) => reports.applyRollup(requireActor(request), request.params.id, request.body.version, requestContext(request), languageFromHeader(request.headers['accept-language'])));

    app.get('/political-reports/:id/report.pdf', {
      schema: { tags, summary: 'The report as PDF with its unit’s letterhead; ?lang=id|en, else Accept-Language', params: reportParamsSchema, querystring: exportLangSchema },
    }, async (request, reply) => {
      const lang = request.query.lang ?? languageFromHeader(request.headers['accept-language']);
      const { bytes, fileName } = await exports.pdf(requireActor(request), request.params.id, lang);
      return reply.type('application/pdf').header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(bytes);
    });
  };
}
