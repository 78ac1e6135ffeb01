import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import { categoryDeleteQuerySchema, categoryParamsSchema, categorySettingSchema, incidentCategorySchema } from '../../contracts/incident-categories.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { IncidentCategoryService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['incidents'];

/** The desk's settings of its category catalogue; the catalogue itself is read at GET /incidents/categories. */
export function incidentCategoryRoutes(service: IncidentCategoryService): FastifyPluginAsyncZod {
  return async (app) => {
    app.put('/incident-categories/:code', {
      schema: {
        tags,
        summary: 'National administrators: save a category of the catalogue (override a default, or add a category with a new code): names, keywords (lower case, each in one category), usual severity, referral agency, clocks and per-regime clock rules (amount, calendar_days | working_days | hours), active. `version` is the one read (0 when there is no setting yet); 409 stale_version when it changed since. Clock changes apply to open reports too',
        params: categoryParamsSchema, body: categorySettingSchema, response: { 200: incidentCategorySchema, ...errors },
      },
    }, async (request) => service.save(requireActor(request), request.params.code, request.body, requestContext(request), languageFromHeader(request.headers['accept-language'])));

    app.delete('/incident-categories/:code', {
      schema: {
        tags,
        summary: 'National administrators: remove the desk setting of a category at `version`: a default category is as built in again (answered), a desk category is gone (204). A desk category that reports use cannot be removed (409): switch it off instead',
        params: categoryParamsSchema, querystring: categoryDeleteQuerySchema, response: { 200: incidentCategorySchema, 204: z.null(), ...errors },
      },
    }, async (request, reply) => {
      const restored = await service.remove(requireActor(request), request.params.code, request.query.version, requestContext(request));
      return restored ? restored : reply.code(204).send(null);
    });
  };
}
