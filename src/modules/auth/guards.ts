import { can } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Actor } from './actor.js';

/**
 * The object when the actor may read it; otherwise, as when it does not exist, a 404, so that
 * nothing outside a scope can be discovered by trying ids.
 */
export function readableOr404<T extends { regionCode: string }>(actor: Actor, object: T | null): T {
  if (!object || !can(actor.principal, 'read', { regionCode: object.regionCode })) throw new AppError('not_found', 404, { what: 'resource' });
  return object;
}
