import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acknowledgeAlertSchema, alertDetailSchema, alertListQuerySchema, alertListSchema, alertParamsSchema, alertRuleInputSchema, alertRuleListSchema, alertRuleSchema,
  alertRuleUpdateSchema, assignAlertSchema, closeAlertSchema,
} from '../../contracts/alerts.js';
import { errorSchema } from '../../contracts/common.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { AlertService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['alerts'];
const ruleParams = z.object({ id: alertParamsSchema.shape.id });

export function alertRoutes(service: AlertService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/alert-rules', {
      schema: { tags, summary: 'Early-warning rules in your scope (spike, severity, cluster), with whether you may change each', response: { 200: alertRuleListSchema, ...errors } },
    }, async (request) => service.rules(requireActor(request)));

    app.post('/alert-rules', {
      schema: {
        tags,
        summary: 'A new early-warning rule (administrators and coordinators, inside their scope). params by kind — spike: hours, factor (k, > 1), baselineDays, minCount; severity: minSeverity (hours, default 24); cluster: hours, radiusKm, minReports; every kind: level (province, regency (default), district, village), the region level alerts are raised per',
        body: alertRuleInputSchema, response: { 201: alertRuleSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.createRule(requireActor(request), request.body, requestContext(request), languageFromHeader(request.headers['accept-language']))));

    app.get('/alert-rules/:id', {
      schema: { tags, summary: 'One early-warning rule', params: ruleParams, response: { 200: alertRuleSchema, ...errors } },
    }, async (request) => service.rule(requireActor(request), request.params.id));

    app.put('/alert-rules/:id', {
      schema: {
        tags, summary: 'Change a rule at the version you read (409 when stale); active: false stops it, the alerts it raised stay',
        params: ruleParams, body: alertRuleUpdateSchema, response: { 200: alertRuleSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.updateRule(requireActor(request), request.params.id, request.body, requestContext(request), languageFromHeader(request.headers['accept-language'])));

    app.get('/alerts', {
      schema: {
        tags, summary: 'Alerts in your scope, latest first; filters: status, open (true: baru and diakui), region subtree',
        querystring: alertListQuerySchema, response: { 200: alertListSchema, ...errors },
      },
    }, async (request) => service.list(requireActor(request), request.query));

    app.get('/alerts/:id', {
      schema: { tags, summary: 'An alert with the reports that raised it (those you may read)', params: alertParamsSchema, response: { 200: alertDetailSchema, ...errors } },
    }, async (request) => service.detail(requireActor(request), request.params.id));

    app.post('/alerts/:id/acknowledge', {
      schema: {
        tags, summary: 'Acknowledge a new alert at the version you read (409 when stale, acknowledged already, or closed)',
        params: alertParamsSchema, body: acknowledgeAlertSchema, response: { 200: alertDetailSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.acknowledge(requireActor(request), request.params.id, request.body.version, requestContext(request)));

    app.post('/alerts/:id/assign', {
      schema: {
        tags, summary: 'Assign an alert to a unit in your reach (or one above its region) and optionally one account that reads its region; acknowledges a new alert',
        params: alertParamsSchema, body: assignAlertSchema, response: { 200: alertDetailSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.assign(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/alerts/:id/close', {
      schema: {
        tags, summary: 'Close an alert with a note, at the version you read',
        params: alertParamsSchema, body: closeAlertSchema, response: { 200: alertDetailSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.close(requireActor(request), request.params.id, request.body.version, request.body.note, requestContext(request)));
  };
}
