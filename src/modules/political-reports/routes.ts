import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createScheduleSchema, createTemplateSchema, deleteScheduleQuerySchema, scheduleListSchema, scheduleSchema, templateListSchema, templateSchema,
  updateScheduleSchema, updateTemplateSchema,
} from '../../contracts/political-reports.js';
import { errorSchema, idParamSchema } from '../../contracts/common.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { PoliticalReportSetup } from './setup-service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['political-reports'];
const params = z.object({ id: idParamSchema });

/** Templates (outlines) and schedules (who owes which report when). */
export function politicalReportSetupRoutes(setup: PoliticalReportSetup): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/political-report-templates', {
      schema: { tags, summary: 'Political-report outlines (Permendagri 61/2011 built in), with their sections', response: { 200: templateListSchema, ...errors } },
    }, async (request) => setup.templates(requireActor(request)));

    app.post('/political-report-templates', {
      schema: { tags, summary: 'A new outline (national administrators)', body: createTemplateSchema, response: { 201: templateSchema, ...errors, 409: errorSchema } },
    }, async (request, reply) => reply.code(201).send(await setup.createTemplate(requireActor(request), request.body, requestContext(request))));

    app.patch('/political-report-templates/:id', {
      schema: { tags, summary: 'Change an outline at the version read (409 when stale)', params, body: updateTemplateSchema, response: { 200: templateSchema, ...errors, 409: errorSchema } },
    }, async (request) => setup.updateTemplate(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.get('/political-report-schedules', {
      schema: { tags, summary: 'Schedules that concern your scope', response: { 200: scheduleListSchema, ...errors } },
    }, async (request) => setup.schedules(requireActor(request)));

    app.post('/political-report-schedules', {
      schema: {
        tags, summary: 'A schedule: every region of `level` inside regionCode (null: the country) owes a report each period, due dueDays after it ends (23:59 local time)',
        body: createScheduleSchema, response: { 201: scheduleSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await setup.createSchedule(requireActor(request), request.body, requestContext(request))));

    app.patch('/political-report-schedules/:id', {
      schema: { tags, summary: 'Change a schedule at the version read; a new dueDays moves the due date of reports not yet submitted', params, body: updateScheduleSchema, response: { 200: scheduleSchema, ...errors, 409: errorSchema } },
    }, async (request) => setup.updateSchedule(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.delete('/political-report-schedules/:id', {
      schema: { tags, summary: 'Stop a schedule (deactivates it; the reports it made stay)', params, querystring: deleteScheduleQuerySchema, response: { 200: scheduleSchema, ...errors, 409: errorSchema } },
    }, async (request) => setup.updateSchedule(requireActor(request), request.params.id, { version: request.query.version, active: false }, requestContext(request), 'deactivate'));
  };
}
