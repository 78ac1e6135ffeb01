import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { MAX_IMPORT_BYTES } from '../modules/units/import-file.js';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from '../services.js';
import { electionRoutes } from '../modules/elections/routes.js';
import { healthRoutes } from '../modules/health/routes.js';
import { regionRoutes } from '../modules/regions/routes.js';
import { errorHandler, notFoundHandler, sendError } from './errors.js';
import { registerAuth } from './auth.js';
import { registerWriteRateLimit } from './rate-limit.js';
import { registerNulGuard } from './nul-guard.js';
import type { TrustProxy } from './trust-proxy.js';
import { authRoutes } from '../modules/auth/routes.js';
import { tokenRoutes } from '../modules/tokens/routes.js';
import { unitRoutes } from '../modules/units/routes.js';
import { userRoutes } from '../modules/users/routes.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { peopleRoutes } from '../modules/people/routes.js';
import { meetingRoutes } from '../modules/meetings/routes.js';
import { meetingPartRoutes } from '../modules/meetings/parts-routes.js';
import { actionItemRoutes } from '../modules/action-items/routes.js';
import { meetingSheetRoutes } from '../modules/meeting-sheets/routes.js';
import { letterheadRoutes } from '../modules/letterheads/routes.js';
import { minutesRoutes } from '../modules/minutes/routes.js';
import { vulnerabilityRoutes } from '../modules/vulnerability/routes.js';
import { geoRoutes } from '../modules/geo/routes.js';
import { liveRoutes, type LiveLimits } from '../modules/live/routes.js';
import { readinessRoutes } from '../modules/readiness/routes.js';
import { incidentRoutes } from '../modules/incidents/routes.js';
import { incidentCategoryRoutes } from '../modules/incident-categories/routes.js';
import { incidentAttachmentRoutes } from '../modules/incident-attachments/routes.js';
import { incidentDuplicateRoutes } from '../modules/incident-duplicates/routes.js';
import { gatewayRoutes } from '../modules/gateway/routes.js';
import { triageRoutes } from '../modules/gateway/triage-routes.js';
import { alertRoutes } from '../modules/alerts/routes.js';
import { politicalReportSetupRoutes } from '../modules/political-reports/routes.js';
import { politicalReportRoutes } from '../modules/political-reports/report-routes.js';
import { neutralityCaseRoutes } from '../modules/neutrality-cases/routes.js';
import { incidentImportRoutes } from '../modules/incident-imports/routes.js';
import { incidentExportRoutes } from '../modules/incident-export/routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';
import { pactRoutes } from '../modules/pacts/routes.js';
import { pactComplianceRoutes } from '../modules/pact-compliance/routes.js';
import { mediaFeedRoutes } from '../modules/media-feeds/routes.js';
import { mediaRoutes } from '../modules/media/routes.js';
import { dashboardRoutes } from '../modules/dashboard/routes.js';
import { sitrepRoutes } from '../modules/sitrep/routes.js';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));
const API_PREFIX = '/api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; the API works without it. */
  webDist?: string;
  /** Overrides the write rate limit (tests). */
  writesPerMinute?: number;
  /** The SMS/WhatsApp gateway's own write budget per token (serve: SINERGI_GATEWAY_WRITES_PER_MINUTE; tests). */
  gatewayWritesPerMinute?: number;
  /** Overrides the live feed's heartbeat and stream lifetime (tests). */
  live?: LiveLimits;
  /** Runs this process's notification delivery worker while the server is up (serve; tests drive it by hand). */
  deliveryWorker?: boolean;
  /** The reverse proxies whose X-Forwarded-* headers are believed (serve: SINERGI_TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
}

/** Builds the HTTP server over the services: API under /api/v1, docs at /docs, web app at /. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Proto-poisoning attempts in JSON bodies are refused rather than silently stripped.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { maxParamLength: 200 },
    // Malformed escapes and over-long path parameters fail before routing, outside setErrorHandler:
    // answer them in the same {code, message} shape, without echoing the URL back.
    frameworkErrors: (error, request, reply) => {
      void sendError(request, reply, 'invalid', error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400, { detail: 'URL' });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Component libraries set CSS variables through style attributes; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  await registerAuth(app, services.auth, services.tokens);
  registerWriteRateLimit(app, services.database.db, services.clock, { writesPerMinute: options.writesPerMinute, gatewayWritesPerMinute: options.gatewayWritesPerMinute });
  registerNulGuard(app);
  // One file per request, bounded: imports are spreadsheets of a few thousand rows.
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 11 } });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Sinergi API', version: '1', description: 'Election monitoring desks: gazetteer, elections and more.' },
      servers: [],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  // The process's LISTEN connection closes with the server, before the database does.
  app.addHook('onClose', () => services.live.close());
  if (options.deliveryWorker) app.addHook('onReady', async () => services.notifications.worker(app.log).start());
  app.addHook('onClose', () => services.notifications.stopWorker());

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(healthRoutes(services));
      await api.register(authRoutes(services.auth));
      await api.register(tokenRoutes(services.tokens));
      await api.register(unitRoutes(services.units));
      await api.register(userRoutes(services.users));
      await api.register(auditRoutes(services.audit));
      await api.register(peopleRoutes(services.people));
      await api.register(meetingRoutes(services.meetings));
      await api.register(meetingPartRoutes(services.meetingParts));
      await api.register(actionItemRoutes(services.actionItems));
      await api.register(meetingSheetRoutes(services.meetingSheets));
      await api.register(letterheadRoutes(services.letterheads));
      await api.register(minutesRoutes(services.minutes));
      await api.register(vulnerabilityRoutes(services.vulnerability, services.vulnerabilityImport, services.vulnerabilityExports));
      await api.register(geoRoutes(services.geo));
      await api.register(liveRoutes(services.live, options.live));
      await api.register(readinessRoutes(services.readiness));
      await api.register(incidentRoutes(services.incidents));
      await api.register(incidentExportRoutes(services.incidentExport));
      await api.register(alertRoutes(services.alerts));
      await api.register(politicalReportSetupRoutes(services.politicalReportSetup));
      await api.register(politicalReportRoutes(services.politicalReports, services.politicalReportExports));
      await api.register(neutralityCaseRoutes(services.neutralityCases));
      await api.register(incidentCategoryRoutes(services.incidentCategories));
      await api.register(incidentAttachmentRoutes(services.incidentAttachments));
      await api.register(incidentDuplicateRoutes(services.incidentDuplicates));
      await api.register(gatewayRoutes(services.gateway));
      await api.register(triageRoutes(services.triage));
      await api.register(incidentImportRoutes(services.incidentImports));
      await api.register(notificationRoutes(services.notifications.service));
      await api.register(pactRoutes(services.pacts));
      await api.register(pactComplianceRoutes(services.pactCompliance));
      await api.register(mediaRoutes(services.media));
      await api.register(mediaFeedRoutes(services.mediaFeeds.service));
      await api.register(dashboardRoutes(services.dashboard));
      await api.register(sitrepRoutes(services.sitrep.service));
      await api.register(regionRoutes(services.regions));
      await api.register(electionRoutes(services.elections));
    },
    { prefix: API_PREFIX },
  );

  registerWeb(app, options.webDist ?? WEB_DIST);
  return app;
}

/** Serves the built single-page app; unknown non-API paths get index.html so deep links work. */
function registerWeb(app: FastifyInstance, webDist: string) {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  void app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  const sendIndex = (_request: unknown, reply: { type: (t: string) => { send: (b: Buffer) => unknown } }) =>
    reply.type('text/html; charset=utf-8').send(fs.readFileSync(index));
  app.get('/', sendIndex);
  app.get('/*', (request, reply) => {
    // A file name ends in a letter-led extension; region codes in app paths ("/regions/51.06") do not.
    if (request.url.startsWith('/api/') || /\.[a-z][a-z0-9]*$/i.test(request.url.split('?')[0] ?? '')) {
      return notFoundHandler(request, reply);
    }
    return sendIndex(request, reply);
  });
}
