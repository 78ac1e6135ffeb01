import { PACT_LINK_ERROR_CODES } from './pacts/link.js';

/** The closed set of error codes; messages for each live in src/i18n/messages.ts. */
export const ERROR_CODES = [
  'invalid',
  'unauthenticated',
  'login_failed',
  'login_throttled',
  'not_found',
  'forbidden',
  'conflict',
  'stale_version',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_rows',
  'internal',
  'db_url_invalid',
  'db_unreachable',
  // The database went away while serving (stopped, restarting, out of disk): 503, try again shortly.
  'db_unavailable',
  'data_dir_not_writable',
  'data_dir_in_use',
  'schema_too_new',
  'migration_failed',
  'reference_data_missing',
  // Integrity-pact submission links (issue 8): the public page tells the office exactly what is wrong.
  ...PACT_LINK_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** The one error type: a code from the closed set, an HTTP status, and parameters for the message. */
export class AppError extends Error {
  /** Machine-readable facts for the client beyond the message (a stale save: what changed, and the current state). */
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly params: ErrorParams = {},
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    if (options?.details) this.details = options.details;
    this.name = 'AppError';
  }
}

/**
 * A save based on an old version (optimistic concurrency): 409 with the fields that changed since
 * and the record as it is now, so the client can show them instead of overwriting silently.
 */
export function staleVersion(changed: readonly string[], current: Record<string, unknown>): AppError {
  return new AppError('stale_version', 409, { detail: changed.join(', ') }, { details: { changed: [...changed], current } });
}
