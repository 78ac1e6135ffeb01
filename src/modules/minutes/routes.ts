import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meetingParamsSchema } from '../../contracts/meetings.js';
import { LANGUAGES, languageFromHeader } from '../../i18n/messages.js';
import { requireActor } from '../../server/auth.js';
import { contentDisposition } from '../files/repo.js';
import type { MinutesService } from './service.js';

/** `lang` wins; without it the minutes follow Accept-Language, and Bahasa Indonesia by default. */
const minutesQuerySchema = z.object({ lang: z.enum(LANGUAGES).optional() });

export function minutesRoutes(minutes: MinutesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/meetings/:id/minutes.pdf', {
      schema: {
        tags: ['meetings'], summary: 'The minutes (notulen) as PDF with the organiser’s letterhead; ?lang=id|en, else Accept-Language, else Indonesian',
        params: meetingParamsSchema, querystring: minutesQuerySchema,
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const lang = request.query.lang ?? languageFromHeader(request.headers['accept-language']);
      const { bytes, fileName } = await minutes.pdf(actor, request.params.id, lang);
      return reply.type('application/pdf').header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(bytes);
    });
  };
}
