import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import { LETTERHEAD_LOGO_MAX_BYTES, letterheadParamsSchema, letterheadSchema, updateLetterheadSchema } from '../../contracts/letterheads.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { readUpload } from '../../server/upload.js';
import type { LetterheadService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function letterheadRoutes(letterheads: LetterheadService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/units/:id/letterhead', {
      schema: { tags: ['units'], summary: 'The unit’s letterhead (kop surat) printed on minutes', params: letterheadParamsSchema, response: { 200: letterheadSchema, ...errors } },
    }, async (request) => letterheads.get(requireActor(request), request.params.id));

    app.put('/units/:id/letterhead', {
      schema: {
        tags: ['units'], summary: 'Set the letterhead’s lines (up to 5) and address; the logo stays', params: letterheadParamsSchema, body: updateLetterheadSchema,
        response: { 200: letterheadSchema, ...errors },
      },
    }, async (request) => letterheads.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.put('/units/:id/letterhead/logo', {
      schema: {
        tags: ['units'], summary: 'Upload the letterhead’s logo (multipart field "file"): PNG or JPEG, at most 1 MB',
        params: letterheadParamsSchema, response: { 200: letterheadSchema, 413: errorSchema, 415: errorSchema, ...errors },
      },
    }, async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request, LETTERHEAD_LOGO_MAX_BYTES);
      return letterheads.setLogo(actor, request.params.id, upload, requestContext(request));
    });

    app.get('/units/:id/letterhead/logo', {
      schema: { tags: ['units'], summary: 'The letterhead’s logo image (PNG or JPEG)', params: letterheadParamsSchema },
    }, async (request, reply) => {
      const logo = await letterheads.logo(requireActor(request), request.params.id);
      return reply.type(logo.mediaType).header('cache-control', 'private, no-cache').send(logo.content);
    });
  };
}
