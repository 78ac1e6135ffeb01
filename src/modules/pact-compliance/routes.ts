import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  complianceLanguageQuerySchema, complianceOverviewQuerySchema, complianceOverviewSchema, complianceParamsSchema, complianceSchema, reminderListSchema,
  reminderQuerySchema,
} from '../../contracts/pact-compliance.js';
import { languageFromHeader, type Language } from '../../i18n/messages.js';
import { requireActor } from '../../server/auth.js';
import { contentDisposition } from '../files/repo.js';
import { XLSX_MEDIA_TYPE } from '../meeting-sheets/workbook.js';
import type { PactCompliance } from './wiring.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['integrity pacts'];
const FILE_NOTE = 'Headers and labels in `lang` (else Accept-Language, else Bahasa Indonesia); times in the campaign region’s zone (WIB/WITA/WIT).';

/** The `lang` query parameter, else Accept-Language, else Bahasa Indonesia. */
function languageOf(request: FastifyRequest): Language {
  const { lang } = request.query as { lang?: Language };
  return lang ?? languageFromHeader(request.headers['accept-language']);
}

/** A download, kept out of caches: it lists contacts. (A plain reply: the JSON response schema does not apply to files.) */
function sendFile(reply: FastifyReply, type: string, fileName: string, body: Readable | Buffer | string) {
  return reply.type(type).header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(body);
}

export function pactComplianceRoutes({ service, exports, recap }: PactCompliance): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/pact-campaigns/:id/compliance', {
      schema: {
        tags, summary: 'A campaign’s compliance: totals, per region and kind, cumulative daily progress (local days), late submitters and targets still owing a pact',
        params: complianceParamsSchema, response: { 200: complianceSchema, ...errors },
      },
    }, async (request) => service.compliance(requireActor(request), request.params.id));

    app.get('/pact-campaigns/:id/reminders', {
      schema: {
        tags, summary: 'Targets not yet verified, with contacts and a ready-to-copy Indonesian reminder; ?format=json (default), csv or xlsx',
        description: FILE_NOTE, params: complianceParamsSchema, querystring: reminderQuerySchema, response: { 200: reminderListSchema, ...errors },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      if (request.query.format === 'json') return service.reminders(actor, id);
      const file = request.query.format === 'csv'
        ? await exports.remindersCsv(actor, id, languageOf(request)).then((f) => ({ ...f, type: 'text/csv; charset=utf-8' }))
        : await exports.remindersXlsx(actor, id, languageOf(request)).then((f) => ({ ...f, type: XLSX_MEDIA_TYPE }));
      return sendFile(reply, file.type, file.fileName, file.body);
    });

    app.get('/pact-campaigns/:id/recap.xlsx', {
      schema: { tags, summary: 'The campaign recap as XLSX: Ringkasan, Per wilayah, Per jenis, Daftar sasaran', description: FILE_NOTE, params: complianceParamsSchema, querystring: complianceLanguageQuerySchema, response: errors },
    }, async (request, reply) => {
      const file = await exports.recapXlsx(requireActor(request), request.params.id, languageOf(request));
      return sendFile(reply, XLSX_MEDIA_TYPE, file.fileName, file.body);
    });

    app.get('/pact-campaigns/:id/recap.pdf', {
      schema: { tags, summary: 'The campaign recap as PDF under the letterhead of the creator’s unit (else a plain header)', description: FILE_NOTE, params: complianceParamsSchema, querystring: complianceLanguageQuerySchema, response: errors },
    }, async (request, reply) => {
      const { bytes, fileName } = await recap.pdf(requireActor(request), request.params.id, languageOf(request));
      return sendFile(reply, 'application/pdf', fileName, bytes);
    });

    app.get('/pact-compliance', {
      schema: {
        tags, summary: 'Every campaign in your scope (inside regionCode when given) with targets, verified, late and missing: the province at a glance',
        querystring: complianceOverviewQuerySchema, response: { 200: complianceOverviewSchema, ...errors },
      },
    }, async (request) => service.overview(requireActor(request), request.query));
  };
}
