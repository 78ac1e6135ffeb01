import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import {
  mediaFeedCreateSchema, mediaFeedKeptSchema, mediaFeedListSchema, mediaFeedParamsSchema, mediaFeedPollResultSchema, mediaFeedSchema, mediaFeedUpdateSchema,
} from '../../contracts/media-feeds.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { MediaFeedService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['media'];

/** The RSS/Atom feeds of media monitoring (issue 9): administrators and coordinators only. */
export function mediaFeedRoutes(service: MediaFeedService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/media/feeds', {
      schema: { tags, summary: 'The feeds the desk follows, with how their last poll went', response: { 200: mediaFeedListSchema, ...errors } },
    }, async (request) => service.list(requireActor(request)));

    app.post('/media/feeds', {
      schema: {
        tags, summary: 'Follow a feed (http/https address; 409 when the address is already followed); polled every pollMinutes (5–1440)',
        body: mediaFeedCreateSchema, response: { 201: mediaFeedSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.create(requireActor(request), request.body, requestContext(request))));

    app.put('/media/feeds/:feedId', {
      schema: {
        tags, summary: 'Change a feed at the version you read (409 when stale or when the new address is already followed)',
        params: mediaFeedParamsSchema, body: mediaFeedUpdateSchema, response: { 200: mediaFeedSchema, ...errors },
      },
    }, async (request) => service.update(requireActor(request), request.params.feedId, request.body, requestContext(request)));

    app.delete('/media/feeds/:feedId', {
      schema: {
        tags, summary: 'Stop following a feed: deleted (204) when no article came from it, else kept disabled (200) so its articles keep their source',
        params: mediaFeedParamsSchema, response: { 200: mediaFeedKeptSchema, 204: z.null(), ...errors },
      },
    }, async (request, reply) => {
      const result = await service.remove(requireActor(request), request.params.feedId, requestContext(request));
      return 'deleted' in result ? reply.code(204).send(null) : reply.code(200).send(result);
    });

    app.post('/media/feeds/:feedId/poll', {
      schema: {
        tags, summary: 'Poll a feed now: items become articles (duplicates by address or text are counted, not stored); a feed that fails answers 200 with `error` (in the Accept-Language)',
        params: mediaFeedParamsSchema, response: { 200: mediaFeedPollResultSchema, ...errors },
      },
    }, async (request) => service.pollNow(requireActor(request), request.params.feedId, requestContext(request), languageFromHeader(request.headers['accept-language'])));
  };
}
