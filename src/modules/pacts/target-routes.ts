import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import {
  pactBulkLinksResultSchema, pactBulkLinksSchema, pactCampaignParamsSchema, pactImportResultSchema, pactLinkIssueSchema, pactLinkSchema, pactReviewSchema,
  pactSubmissionListSchema, pactSubmissionParamsSchema, pactSubmissionResultSchema, pactTargetListQuerySchema, pactTargetListSchema, pactTargetParamsSchema,
  pactTargetSchema, pactTargetsCreatedSchema, pactTargetsCreateSchema, pactTargetsFromUnitsSchema, versionQuerySchema,
} from '../../contracts/pacts.js';
import { AppError } from '../../domain/errors.js';
import { DEFAULT_LINK_DAYS } from '../../domain/pacts/link.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { readUpload } from '../../server/upload.js';
import { contentDisposition } from '../files/repo.js';
import { PACT_TAGS as tags } from './campaign-routes.js';
import type { PactService } from './service.js';
import { targetTemplate } from './target-import.js';
import { readSubmissionUpload } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A download is data, never a page: no script, no plugin, no frame, nothing fetched, in a sandbox. */
const DOWNLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Where links point: SINERGI_PUBLIC_URL when the server sits behind a proxy, else the address the request came to. */
export function publicOrigin(request: FastifyRequest): string {
  return process.env.SINERGI_PUBLIC_URL?.trim().replace(/\/+$/, '') || `${request.protocol}://${request.host}`;
}
const lang = (request: FastifyRequest) => languageFromHeader(request.headers['accept-language']);

export function pactTargetRoutes(service: PactService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/pact-campaigns/:id/targets', {
      schema: {
        tags, summary: 'The campaign’s targets with their status (terlambat: past the deadline with nothing accepted or pending); filters: status, kind, region subtree, name',
        params: pactCampaignParamsSchema, querystring: pactTargetListQuerySchema, response: { 200: pactTargetListSchema, ...errors },
      },
    }, async (request) => service.targets.list(requireActor(request), request.params.id, request.query));

    app.post('/pact-campaigns/:id/targets', {
      schema: {
        tags, summary: 'Add targets (1–500), all or none: regions inside the campaign’s, names new per region (409 naming the duplicates)',
        params: pactCampaignParamsSchema, body: pactTargetsCreateSchema, response: { 201: pactTargetsCreatedSchema, ...errors, 409: errorSchema },
      },
    }, async (request, reply) => reply.code(201).send({
      created: await service.targets.add(requireActor(request), request.params.id, request.body.targets, requestContext(request), lang(request)),
    }));

    app.post('/pact-campaigns/:id/targets/from-units', {
      schema: {
        tags, summary: 'Add targets from the unit catalogue: named as the unit, in its region (inside the campaign’s), of the kind given (default perangkat_daerah)',
        params: pactCampaignParamsSchema, body: pactTargetsFromUnitsSchema, response: { 201: pactTargetsCreatedSchema, ...errors, 409: errorSchema },
      },
    }, async (request, reply) => reply.code(201).send({
      created: await service.targets.fromUnits(requireActor(request), request.params.id, request.body.unitIds, request.body.kind, requestContext(request), lang(request)),
    }));

    app.post('/pact-campaigns/:id/targets/import', {
      schema: {
        tags,
        summary: 'Import targets from XLSX or CSV (multipart: keepValid=true|false, then file): columns nama, jenis, kode_wilayah, kontak_nama, kontak_email, kontak_telepon (or name, kind, region_code, contact_*); every row reported; all or nothing unless keepValid; 422 when no row is valid',
        params: pactCampaignParamsSchema, response: { 200: pactImportResultSchema, ...errors, 409: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema },
      },
    }, async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request);
      const keepValid = upload.fields.keepValid ?? 'false';
      if (keepValid !== 'true' && keepValid !== 'false') throw new AppError('invalid', 400, { detail: 'keepValid' });
      return service.targetImport.run(actor, request.params.id, upload.bytes, keepValid === 'true', requestContext(request), lang(request));
    });

    app.get('/pact-campaigns/:id/targets/template.xlsx', {
      schema: { tags, summary: 'The empty import template (XLSX)', params: pactCampaignParamsSchema },
    }, async (request, reply) => {
      await service.campaigns.get(requireActor(request), request.params.id);
      return reply.type(XLSX).header('content-disposition', contentDisposition('template-sasaran-pakta.xlsx')).send(await targetTemplate());
    });

    app.delete('/pact-targets/:targetId', {
      schema: {
        tags, summary: 'Remove a target at the version you read, only while it has never submitted (409 otherwise)',
        params: pactTargetParamsSchema, querystring: versionQuerySchema, response: { 204: z.null(), ...errors, 409: errorSchema },
      },
    }, async (request, reply) => {
      await service.targets.remove(requireActor(request), request.params.targetId, request.query.version, requestContext(request));
      return reply.code(204).send(null);
    });

    app.post('/pact-targets/:targetId/link', {
      schema: {
        tags, summary: 'Issue the target’s submission link (replacing any earlier one, whose token stops working); the token is shown this once, in the URL’s fragment',
        params: pactTargetParamsSchema, body: pactLinkIssueSchema.optional(), response: { 201: pactLinkSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.links.issue(
      requireActor(request), request.params.targetId, request.body?.expiresInDays ?? DEFAULT_LINK_DAYS, publicOrigin(request), requestContext(request),
    )));

    app.delete('/pact-targets/:targetId/link', {
      schema: { tags, summary: 'Revoke the target’s submission link', params: pactTargetParamsSchema, response: { 204: z.null(), ...errors } },
    }, async (request, reply) => {
      await service.links.revoke(requireActor(request), request.params.targetId, requestContext(request));
      return reply.code(204).send(null);
    });

    app.post('/pact-campaigns/:id/links', {
      schema: {
        tags, summary: 'Issue links in bulk: for the listed targets, or for every target that still has to submit (belum, ditolak) and holds no live link',
        params: pactCampaignParamsSchema, body: pactBulkLinksSchema.optional(), response: { 201: pactBulkLinksResultSchema, ...errors },
      },
    }, async (request, reply) => reply.code(201).send(await service.links.bulk(
      requireActor(request), request.params.id, request.body?.targetIds, publicOrigin(request), DEFAULT_LINK_DAYS, requestContext(request),
    )));

    app.post('/pact-targets/:targetId/review', {
      schema: {
        tags, summary: 'Verify or reject (with a reason) the submission waiting for review, at the version you read; 409 when nothing waits or stale',
        params: pactTargetParamsSchema, body: pactReviewSchema, response: { 200: pactTargetSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.reviews.review(requireActor(request), request.params.targetId, request.body, requestContext(request)));

    app.post('/pact-targets/:targetId/submissions', {
      schema: {
        tags, summary: 'Enter a submission for the office (multipart like the public link: document PDF/JPEG/PNG ≤ 10 MB, signerName, signerNip, signerPosition, signedOn, videoUrl, note)',
        params: pactTargetParamsSchema, response: { 201: pactSubmissionResultSchema, ...errors, 409: errorSchema, 413: errorSchema, 415: errorSchema },
      },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const upload = await readSubmissionUpload(request);
      return reply.code(201).send(await service.submissions.submitByStaff(actor, request.params.targetId, upload, requestContext(request), lang(request)));
    });

    app.get('/pact-targets/:targetId/submissions', {
      schema: { tags, summary: 'Every submission of the target, latest first, each flagged late when it came after the deadline', params: pactTargetParamsSchema, response: { 200: pactSubmissionListSchema, ...errors } },
    }, async (request) => service.submissions.list(requireActor(request), request.params.targetId));

    app.get('/pact-submissions/:id/document', {
      schema: { tags, summary: 'The submitted document as stored, as a download a browser will not run', params: pactSubmissionParamsSchema },
    }, async (request, reply) => {
      const file = await service.submissions.document(requireActor(request), request.params.id);
      return reply.type(file.mediaType).header('content-disposition', contentDisposition(file.fileName)).header('x-content-type-options', 'nosniff')
        .header('content-security-policy', DOWNLOAD_CSP).header('cache-control', 'private, no-cache').send(file.content);
    });
  };
}
