import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import {
  importedOutlineListSchema, importedOutlineParamsSchema, outlineCollectionSchema, outlineImportQuerySchema, outlineImportReportSchema, outlineQuerySchema,
} from '../../contracts/geo.js';
import { AppError } from '../../domain/errors.js';
import { parseRegionCode } from '../../domain/regions/codes.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { readUpload } from '../../server/upload.js';
import type { GeoService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['regions'];

/** A GeoJSON of every kabupaten/kota is about 10 MB before simplification; more than this is not an outline file. */
export const MAX_OUTLINE_FILE_BYTES = 25 * 1024 * 1024;

export function geoRoutes(geo: GeoService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/geo/outlines', {
      schema: {
        tags,
        summary: 'Outlines for a map (GeoJSON): the provinces, or the kabupaten/kota of one province (parent); imported outlines stand in for the vendored ones (properties.imported)',
        querystring: outlineQuerySchema,
        response: { 200: outlineCollectionSchema, 304: z.null(), ...errors },
      },
    }, async (request, reply) => {
      requireActor(request);
      const { parent } = request.query;
      if (parent !== undefined && parseRegionCode(parent)?.level !== 'province') throw new AppError('invalid', 400, { detail: 'parent: a province code' });
      const found = await geo.layer(parent ?? null);
      if (!found) throw new AppError('not_found', 404, { what: 'region' });
      // Imports change a layer at any time: the browser keeps it but asks again, and gets a 304 while it is the same.
      const etag = `"outlines-${parent ?? 'id'}-${found.version}"`;
      void reply.header('cache-control', 'private, no-cache').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return found.layer;
    });

    app.get('/geo/outline-imports', {
      schema: { tags, summary: 'The outlines a desk imported in place of the vendored ones (without their geometry)', response: { 200: importedOutlineListSchema, ...errors } },
    }, async (request) => {
      requireActor(request);
      return { items: await geo.imported() };
    });

    app.post('/geo/outline-imports', {
      schema: {
        tags,
        summary: 'Import outlines from a GeoJSON file (multipart field "file"), keyed by Kemendagri code: every feature checked (unmatched codes, invalid geometry); all or nothing unless keepValid=true',
        querystring: outlineImportQuerySchema,
        response: { 200: outlineImportReportSchema, 413: errorSchema, ...errors },
      },
    }, async (request) => {
      const actor = requireActor(request);
      const { dryRun, keepValid, codeProperty, lang } = request.query;
      return geo.importOutlines(actor, () => readUpload(request, MAX_OUTLINE_FILE_BYTES), {
        dryRun: dryRun === 'true', keepValid: keepValid === 'true', codeProperty, lang: lang ?? languageFromHeader(request.headers['accept-language']),
      }, requestContext(request));
    });

    app.delete('/geo/outline-imports/:code', {
      schema: { tags, summary: 'Drop an imported outline: the map goes back to the vendored one', params: importedOutlineParamsSchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await geo.removeImported(requireActor(request), request.params.code, requestContext(request));
      return reply.code(204).send(null);
    });
  };
}
