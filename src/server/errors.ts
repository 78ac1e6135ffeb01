import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorParams } from '../domain/errors.js';
import { en as zodEnglish, id as zodIndonesian } from 'zod/locales';
import { languageFromHeader, translateError, translateTerm, type Language } from '../i18n/messages.js';
import { databaseOutage } from '../db/outage.js';

const ZOD_LOCALES: Record<Language, ReturnType<typeof zodEnglish>> = { id: zodIndonesian(), en: zodEnglish() };

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

/** Re-renders a zod issue in the caller's language; our own refinements carry catalogue keys. */
function describeIssue(issue: ValidationIssue, lang: Language, context: string | undefined): string {
  const where = issue.instancePath.replace(/^\//, '') || context || 'request';
  if (issue.keyword === 'custom') return `${where}: ${translateTerm(issue.message, lang)}`;
  const rendered = ZOD_LOCALES[lang].localeError({ ...issue.params, code: issue.keyword, path: [], message: issue.message } as never);
  const text = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
  return `${where}: ${text}`;
}

/** Fastify's own error codes that are the client's fault, and what they mean to us. */
const FASTIFY_CLIENT_ERRORS: Record<string, [ErrorCode, number]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 413],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 415],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['invalid', 400],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid', 400],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid', 400],
  FST_ERR_BAD_URL: ['invalid', 400],
  FST_REQ_FILE_TOO_LARGE: ['payload_too_large', 413],
  FST_INVALID_MULTIPART_CONTENT_TYPE: ['unsupported_media_type', 415],
  FST_FILES_LIMIT: ['payload_too_large', 413],
  FST_PARTS_LIMIT: ['payload_too_large', 413],
  FST_FIELDS_LIMIT: ['payload_too_large', 413],
  FST_PROTO_VIOLATION: ['invalid', 400],
};

export function sendError(
  request: FastifyRequest, reply: FastifyReply, code: ErrorCode, status: number, params: ErrorParams = {}, details?: Record<string, unknown>,
) {
  const lang = languageFromHeader(request.headers['accept-language']);
  const body = { code, message: translateError(code, lang, params), ...(details ? { details } : {}) };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Seconds a client is asked to wait when the database is away: about a PostgreSQL restart. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Every error leaves as `{code, message}` in the caller's language. A database that is away answers
 * 503 with why and when to retry (the request may be sent again; with an Idempotency-Key it lands
 * once). Anything else unexpected is logged and answered with a 500 that says nothing about the inside.
 */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.status >= 500) request.log.error({ err: error }, 'application error');
    return sendError(request, reply, error.code, error.status, error.params, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const lang = languageFromHeader(request.headers['accept-language']);
    const detail = error.validation
      .slice(0, 3)
      .map((issue) => describeIssue(issue as unknown as ValidationIssue, lang, error.validationContext))
      .join('; ');
    return sendError(request, reply, 'invalid', 400, { detail });
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (known) return sendError(request, reply, known[0], known[1], { detail: error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'JSON' : '' });
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    if (error.statusCode === 429) return sendError(request, reply, 'rate_limited', 429);
    return sendError(request, reply, 'invalid', error.statusCode, { detail: error.code ?? 'request' });
  }
  const outage = databaseOutage(error);
  if (outage) {
    request.log.warn({ reason: outage, err: error }, 'database unavailable');
    void reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return sendError(request, reply, 'db_unavailable', 503, { detail: `db.${outage}` });
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(request, reply, 'internal', 500);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, 'not_found', 404, { what: 'route' });
}
