import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors.js';

const MAX_DEPTH = 32;

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  const entries = Array.isArray(value) ? value : Object.entries(value).flat();
  return entries.some((item) => holdsNul(item, depth + 1));
}

/**
 * PostgreSQL text cannot hold a NUL character and fails the whole statement on one; no field of
 * ours means anything with it. Refusing it here, before validation, covers every route at once.
 */
export function registerNulGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    if (holdsNul(request.params) || holdsNul(request.query) || holdsNul(request.body)) {
      throw new AppError('invalid', 400, { detail: 'NUL' });
    }
  });
}
