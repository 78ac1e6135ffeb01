/** The closed set of error codes; messages for each live in src/i18n/messages.ts. */
export const ERROR_CODES = [
  'invalid',
  'unauthenticated',
  'login_failed',
  'login_throttled',
  'not_found',
  'forbidden',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
  'db_url_invalid',
  'db_unreachable',
  'data_dir_not_writable',
  'data_dir_in_use',
  'schema_too_new',
  'migration_failed',
  'reference_data_missing',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** The one error type: a code from the closed set, an HTTP status, and parameters for the message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly params: ErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'AppError';
  }
}
