/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 8 * 60 * 60_000;
/** …and after this long in any case, however busy. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** Writing last_seen_at on every request would turn reads into writes; once a minute is enough. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** True while a session is neither idle too long nor past its absolute end. */
export function sessionAlive(session: SessionTimes, now: Date): boolean {
  return now.getTime() < session.expiresAt.getTime() && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** When a session started at `now` must end whatever happens. */
export function absoluteExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_ABSOLUTE_MS);
}

/** Login throttling: failures counted per account and per address in fixed windows. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_MAX_FAILURES_PER_IP = 30;

/** The start of the fixed window that `now` falls in. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Passwords: long enough to resist guessing, bounded so hashing cannot be used to exhaust the server. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
