import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agencyListSchema, createUnitSchema, updateUnitSchema, unitImportQuerySchema, unitImportReportSchema, unitListQuerySchema, unitListSchema, unitParamsSchema, unitSchema,
} from '../../contracts/accounts.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { readSpreadsheet } from './import-file.js';
import { readUpload } from '../../server/upload.js';
import { errorSchema } from '../../contracts/common.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { UnitService } from './service.js';

export function unitRoutes(units: UnitService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units', {
      schema: { tags: ['units'], summary: 'Units (an agency at a region) inside your scope', querystring: unitListQuerySchema, response: { 200: unitListSchema, 401: errorSchema, 403: errorSchema } },
    }, async (request) => units.list(requireActor(request), request.query));

    app.get('/units/:id', {
      schema: { tags: ['units'], summary: 'One unit', params: unitParamsSchema, response: { 200: unitSchema, 401: errorSchema, 404: errorSchema } },
    }, async (request) => units.get(requireActor(request), request.params.id));

    app.post('/units/import', {
      schema: {
        tags: ['units'], summary: 'Import units from a CSV or XLSX file (multipart field "file"): every row checked, all or nothing',
        querystring: unitImportQuerySchema,
        response: { 200: unitImportReportSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema, 415: errorSchema },
      },
    }, async (request) => {
      const actor = requireActor(request);
      const sheet = await readSpreadsheet((await readUpload(request)).bytes);
      const lang = languageFromHeader(request.headers['accept-language']);
      return units.importRows(actor, sheet, { dryRun: request.query.dryRun === 'true', lang }, requestContext(request));
    });

    app.patch('/units/:id', {
      schema: {
        tags: ['units'], summary: 'Rename a unit or correct its agency', params: unitParamsSchema, body: updateUnitSchema,
        response: { 200: unitSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    }, async (request) => units.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.get('/agencies', {
      schema: { tags: ['units'], summary: 'The agency catalogue with names in Indonesian and English', response: { 200: agencyListSchema, 401: errorSchema } },
    }, async (request) => {
      requireActor(request);
      return units.agencies();
    });

    app.post('/units', {
      schema: { tags: ['units'], summary: 'Create a unit', body: createUnitSchema, response: { 201: unitSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema } },
    }, async (request, reply) => reply.status(201).send(await units.create(requireActor(request), request.body, requestContext(request))));
  };
}
