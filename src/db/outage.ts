/**
 * Tells a database that is away (stopped, restarting, unreachable, out of disk) from a bug. Such a
 * failure is the server's circumstance, not the request's fault nor a crash: it is answered 503 with
 * the reason, and the pool heals by itself once the database is back (a dead connection is dropped
 * when released, a new one is opened for the next request).
 */

export const OUTAGE_REASONS = ['refused', 'shutting_down', 'starting_up', 'connection_lost', 'timeout', 'too_many_connections', 'disk_full', 'read_only'] as const;
export type OutageReason = (typeof OUTAGE_REASONS)[number];

/** SQLSTATEs of a server that cannot serve right now (classes 08, 57P, 53). */
const SQLSTATE_REASONS: Record<string, OutageReason> = {
  '57P01': 'shutting_down', // admin_shutdown: the connection was ended by a stop or restart
  '57P02': 'shutting_down', // crash_shutdown
  '57P03': 'starting_up', // cannot_connect_now: starting up, shutting down or in recovery
  '08000': 'connection_lost',
  '08001': 'refused',
  '08003': 'connection_lost',
  '08004': 'refused',
  '08006': 'connection_lost',
  '53100': 'disk_full',
  '53300': 'too_many_connections',
  '25006': 'read_only', // read_only_sql_transaction: a standby, or default_transaction_read_only
};

/** Socket errors of Node on the way to the server. */
const SOCKET_REASONS: Record<string, OutageReason> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'connection_lost',
  EPIPE: 'connection_lost',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'refused',
  ENETUNREACH: 'refused',
  ENOSPC: 'disk_full',
  EROFS: 'read_only',
};

/** node-postgres and pg-pool say these in words only, without a code. */
const MESSAGE_REASONS: Array<[RegExp, OutageReason]> = [
  [/^Connection terminated/i, 'connection_lost'],
  [/connection error and is not queryable/i, 'connection_lost'],
  [/timeout exceeded when trying to connect/i, 'timeout'],
  [/No space left on device/i, 'disk_full'],
  [/Read-only file system/i, 'read_only'],
];

/** Why the database cannot serve, when `error` (or an error it wraps, e.g. Drizzle's) says so; else null. */
export function databaseOutage(error: unknown): OutageReason | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      const reason = SQLSTATE_REASONS[code] ?? SOCKET_REASONS[code];
      if (reason) return reason;
    }
    if (typeof message === 'string') {
      const match = MESSAGE_REASONS.find(([pattern]) => pattern.test(message));
      if (match) return match[1];
    }
    current = cause;
  }
  return null;
}
