import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  contestListSchema, contestQuerySchema, electionListSchema, electionParamsSchema, electionSchema, stageListSchema, stageQuerySchema,
} from '../../contracts/elections.js';
import type { ElectionService } from './service.js';

export function electionRoutes(service: ElectionService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/elections', {
      schema: { tags: ['elections'], summary: 'Election cycles', response: { 200: electionListSchema } },
    }, async () => service.list());

    app.get('/elections/:id', {
      schema: { tags: ['elections'], summary: 'One election cycle', params: electionParamsSchema, response: { 200: electionSchema, 404: errorSchema } },
    }, async (request) => service.get(request.params.id));

    app.get('/elections/:id/stages', {
      schema: {
        tags: ['elections'],
        summary: 'Stages (tahapan), each marked past, current or upcoming in the region’s time zone',
        params: electionParamsSchema,
        querystring: stageQuerySchema,
        response: { 200: stageListSchema, 400: errorSchema, 404: errorSchema },
      },
    }, async (request) => service.stages(request.params.id, request.query.region));

    app.get('/elections/:id/contests', {
      schema: {
        tags: ['elections'],
        summary: 'Contests of a cycle, optionally those that concern one region',
        params: electionParamsSchema,
        querystring: contestQuerySchema,
        response: { 200: contestListSchema, 400: errorSchema, 404: errorSchema },
      },
    }, async (request) => service.contests(request.params.id, request.query));
  };
}
