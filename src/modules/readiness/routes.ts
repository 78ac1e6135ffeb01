import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  assessmentListQuerySchema, assessmentListSchema, assessmentSchema, createAssessmentSchema, gapActionItemsResultSchema, gapActionItemsSchema,
  idParamsSchema, readinessScoresQuerySchema, readinessScoresSchema, regionParamsSchema, regionReadinessSchema, templateSchema, updateAssessmentSchema,
} from '../../contracts/readiness.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { ReadinessService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['readiness'];

export function readinessRoutes(service: ReadinessService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/readiness/templates', {
      schema: { tags, summary: 'Readiness checklists (kesiapan), every version: domain, stage, items with guidance and weight', response: { 200: templateSchema.array(), ...errors } },
    }, async (request) => service.templates(requireActor(request)));

    app.get('/readiness/templates/:id', {
      schema: { tags, summary: 'One version of a readiness checklist', params: idParamsSchema, response: { 200: templateSchema, ...errors } },
    }, async (request) => service.template(requireActor(request), request.params.id));

    app.post('/readiness/assessments', {
      schema: {
        tags,
        summary: 'Assess a province or kabupaten/kota against a checklist version on a day (default: today in its zone); items not given start as "belum"; 409 when that day already has one',
        body: createAssessmentSchema, response: { 201: assessmentSchema, ...errors, 409: errorSchema },
      },
    }, async (request, reply) => reply.code(201).send(await service.create(requireActor(request), request.body, requestContext(request))));

    app.get('/readiness/assessments', {
      schema: {
        tags, summary: 'Assessments in your scope, newest day first, with their percent (filters: region subtree, template version, domain)',
        querystring: assessmentListQuerySchema, response: { 200: assessmentListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.query));

    app.get('/readiness/assessments/:id', {
      schema: { tags, summary: 'An assessment with every item (label, guidance, weight, status, evidence) and its percent', params: idParamsSchema, response: { 200: assessmentSchema, ...errors } },
    }, async (request) => service.detail(requireActor(request), request.params.id));

    app.patch('/readiness/assessments/:id', {
      schema: {
        tags, summary: 'Change an assessment and its items at the version you read (409 stale_version otherwise)',
        params: idParamsSchema, body: updateAssessmentSchema, response: { 200: assessmentSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/readiness/assessments/:id/action-items', {
      schema: {
        tags,
        summary: 'Turn the gaps (belum, sebagian) into action items of a meeting, one per item, linked from it; gaps with an open action item are skipped',
        params: idParamsSchema, body: gapActionItemsSchema, response: { 200: gapActionItemsResultSchema, 201: gapActionItemsResultSchema, ...errors },
      },
    }, async (request, reply) => {
      const { created, result } = await service.gapActionItems(requireActor(request), request.params.id, request.body, requestContext(request));
      return reply.code(created ? 201 : 200).send(result);
    });

    app.get('/readiness/scores', {
      schema: {
        tags,
        summary: 'Overall readiness of the provinces, or of one province’s kabupaten/kota (parent), for a map: each region’s percent as its page shows it, its band (siap, sebagian, belum) and last assessment day; only regions you may read',
        querystring: readinessScoresQuerySchema, response: { 200: readinessScoresSchema, ...errors },
      },
    }, async (request) => service.scores(requireActor(request), request.query));

    app.get('/readiness/regions/:code', {
      schema: {
        tags,
        summary: 'A region’s readiness: per domain each checklist’s latest assessment and history, domain percents, and for a province the roll-up of its kabupaten/kota',
        params: regionParamsSchema, response: { 200: regionReadinessSchema, ...errors },
      },
    }, async (request) => service.region(requireActor(request), request.params.code));
  };
}
