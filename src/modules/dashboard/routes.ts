import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  dashboardAlertsSchema, dashboardElectionSchema, dashboardFollowUpSchema, dashboardIncidentsSchema, dashboardQuerySchema, dashboardRegionsSchema,
} from '../../contracts/dashboard.js';
import { requireActor } from '../../server/auth.js';
import type { DashboardService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['dashboard'];
const region = 'query region: a region inside your scope (default: your scope); every number comes with `link`, the web list that shows its rows';

/** The situation room's panels, one route each so a page loads them in parallel. */
export function dashboardRoutes(service: DashboardService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/dashboard/election', {
      schema: { tags, summary: `Where the election stands in the region's time zone: today, the stages under way, days to voting day; ${region}`, querystring: dashboardQuerySchema, response: { 200: dashboardElectionSchema, ...errors } },
    }, async (request) => service.election(requireActor(request).principal, request.query.region));

    app.get('/dashboard/incidents', {
      schema: { tags, summary: `Open reports by category and severity, reports per local day over the last 14 days, the 10 latest; ${region}`, querystring: dashboardQuerySchema, response: { 200: dashboardIncidentsSchema, ...errors } },
    }, async (request) => service.incidents(requireActor(request).principal, request.query.region));

    app.get('/dashboard/alerts', {
      schema: { tags, summary: `Open early-warning alerts, newest first (at most 20) and their number; ${region}`, querystring: dashboardQuerySchema, response: { 200: dashboardAlertsSchema, ...errors } },
    }, async (request) => service.alerts(requireActor(request).principal, request.query.region));

    app.get('/dashboard/regions', {
      schema: { tags, summary: `The 10 regions one level down with the highest vulnerability and lowest readiness, and readiness per domain; ${region}`, querystring: dashboardQuerySchema, response: { 200: dashboardRegionsSchema, ...errors } },
    }, async (request) => service.regions(requireActor(request).principal, request.query.region));

    app.get('/dashboard/follow-up', {
      schema: { tags, summary: `Overdue action items, integrity-pact compliance, political reports owed for last month, news of the last 24 hours; ${region}`, querystring: dashboardQuerySchema, response: { 200: dashboardFollowUpSchema, ...errors } },
    }, async (request) => service.followUp(requireActor(request).principal, request.query.region));
  };
}
