import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  actionItemDetailSchema, actionItemListQuerySchema, actionItemListSchema, actionItemSchema, createActionItemSchema, evidenceFieldsSchema,
  evidenceParamsSchema, meetingParamsSchema, updateActionItemSchema,
} from '../../contracts/meetings.js';
import { MAX_STORED_FILE_BYTES } from '../../domain/files/media-type.js';
import { AppError } from '../../domain/errors.js';
import { requestContext, requireActor } from '../../server/auth.js';
import { readUpload } from '../../server/upload.js';
import { contentDisposition } from '../files/repo.js';
import type { ActionItemService } from './service.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function actionItemRoutes(items: ActionItemService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/meetings/:id/action-items', {
      schema: { tags: ['action items'], summary: 'Agree an action item at a meeting', params: meetingParamsSchema, body: createActionItemSchema, response: { 201: actionItemSchema, ...errors } },
    }, async (request, reply) => reply.status(201).send(await items.create(requireActor(request), request.params.id, request.body, requestContext(request))));

    app.get('/action-items', {
      schema: { tags: ['action items'], summary: 'The action-item board for your unit or your region, overdue first', querystring: actionItemListQuerySchema, response: { 200: actionItemListSchema, ...errors } },
    }, async (request) => items.list(requireActor(request), request.query));

    app.get('/action-items/:id', {
      schema: { tags: ['action items'], summary: 'An action item with its history and the meetings it was carried to', params: meetingParamsSchema, response: { 200: actionItemDetailSchema, ...errors } },
    }, async (request) => items.detail(requireActor(request), request.params.id));

    app.patch('/action-items/:id', {
      schema: { tags: ['action items'], summary: 'Move an action item on (status, note) or reassign it, at the version you read', params: meetingParamsSchema, body: updateActionItemSchema, response: { 200: actionItemDetailSchema, 409: errorSchema, ...errors } },
    }, async (request) => items.update(requireActor(request), request.params.id, request.body, requestContext(request)));

    app.post('/action-items/:id/evidence', {
      schema: {
        tags: ['action items'], params: meetingParamsSchema, consumes: ['multipart/form-data'],
        summary: 'Add evidence to an action item: multipart with an optional text field "note" before the field "file" (PDF, PNG or JPEG, at most 5 MB)',
        response: { 200: actionItemDetailSchema, 413: errorSchema, 415: errorSchema, ...errors },
      },
    }, async (request) => {
      const actor = requireActor(request);
      const upload = await readUpload(request, MAX_STORED_FILE_BYTES);
      const fields = evidenceFieldsSchema.safeParse(upload.fields);
      if (!fields.success) throw new AppError('invalid', 400, { detail: fields.error.issues[0]?.path.join('.') || 'note' });
      const note = fields.data.note ? fields.data.note : null;
      return items.addEvidence(actor, request.params.id, { bytes: upload.bytes, fileName: upload.fileName, note }, requestContext(request));
    });

    app.get('/action-items/:id/evidence/:fileId', {
      // No response schema: the body is the file's bytes (errors keep the usual {code, message} shape).
      schema: { tags: ['action items'], summary: 'Download one evidence file of an action item', params: evidenceParamsSchema },
    }, async (request, reply) => {
      const file = await items.evidenceFile(requireActor(request), request.params.id, request.params.fileId);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    });
  };
}
