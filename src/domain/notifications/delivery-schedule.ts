/**
 * When a failed delivery is tried again: soon at first (a receiver restarting), then ever more
 * rarely, so that a receiver down for a day is still reached without being flooded.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;

/** Attempts before a delivery is failed and listed for a person (the first try and five retries). */
export const DEFAULT_MAX_ATTEMPTS = 6;

/** The wait after the `attempts`-th failed attempt (1-based); past the table, its last step. */
export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1;
  return RETRY_DELAYS_MS[index]!;
}

export type AttemptOutcome =
  | { status: 'sent'; attempts: number; deliveredAt: Date }
  | { status: 'pending'; attempts: number; nextAttemptAt: Date; lastError: string }
  | { status: 'failed'; attempts: number; lastError: string };

/**
 * What one attempt makes of a delivery that had `previousAttempts`: sent, pending again after its
 * backoff, or failed once `maxAttempts` are used up.
 */
export function afterAttempt(previousAttempts: number, error: string | null, now: Date, maxAttempts: number): AttemptOutcome {
  const attempts = previousAttempts + 1;
  if (error === null) return { status: 'sent', attempts, deliveredAt: now };
  if (attempts >= maxAttempts) return { status: 'failed', attempts, lastError: error };
  return { status: 'pending', attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), lastError: error };
}
