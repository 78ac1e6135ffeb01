import type { PactTargetState } from './vocabulary.js';

/** How long a link lives unless the issuer says otherwise, and the most it may. */
export const DEFAULT_LINK_DAYS = 30;
export const MAX_LINK_DAYS = 90;

/** A token as a link carries it: 32 random bytes in base64url (43 characters). */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The target a presented token's hash was found on, as far as the check needs it. */
export interface LinkHolder {
  id: number;
  state: PactTargetState;
  tokenExpiresAt: Date | null;
  tokenUsedAt: Date | null;
}

/**
 * What a presented link token allows:
 * - missing: no token, or not shaped like one (401);
 * - unknown: no target holds it: never issued, revoked, or replaced by a newer link (401);
 * - wrong_target: it is another target's token (403), and nothing of that target is told;
 * - expired (410), used: it already served its one submission (409);
 * - verified: the target's pact was accepted already, nothing more to send (409);
 * - ok.
 */
export type LinkOutcome = 'ok' | 'missing' | 'unknown' | 'wrong_target' | 'expired' | 'used' | 'verified';

export function checkLink(presented: string | undefined, holder: LinkHolder | null, targetId: number, now: Date): LinkOutcome {
  if (!presented || !LINK_TOKEN_PATTERN.test(presented)) return 'missing';
  if (!holder) return 'unknown';
  if (holder.id !== targetId) return 'wrong_target';
  if (!holder.tokenExpiresAt || now.getTime() >= holder.tokenExpiresAt.getTime()) return 'expired';
  if (holder.tokenUsedAt) return 'used';
  if (holder.state === 'diverifikasi') return 'verified';
  return 'ok';
}

/** The error codes of refused links (src/domain/errors.ts), translated in src/i18n/pacts.ts. */
export const PACT_LINK_ERROR_CODES = ['pact.link_invalid', 'pact.link_wrong_target', 'pact.link_expired', 'pact.link_used', 'pact.already_verified'] as const;
export type PactLinkErrorCode = (typeof PACT_LINK_ERROR_CODES)[number];

/** The HTTP status and error code of each refusal; a missing and an unknown token look the same from outside. */
export const LINK_REFUSALS: Record<Exclude<LinkOutcome, 'ok'>, { status: number; code: PactLinkErrorCode }> = {
  missing: { status: 401, code: 'pact.link_invalid' },
  unknown: { status: 401, code: 'pact.link_invalid' },
  wrong_target: { status: 403, code: 'pact.link_wrong_target' },
  expired: { status: 410, code: 'pact.link_expired' },
  used: { status: 409, code: 'pact.link_used' },
  verified: { status: 409, code: 'pact.already_verified' },
};

/** Whether a target's link can still be used (for lists: "issued, live"). */
export function linkLive(target: { tokenExpiresAt: Date | null; tokenUsedAt: Date | null; hasToken: boolean }, now: Date): boolean {
  return target.hasToken && target.tokenExpiresAt !== null && now.getTime() < target.tokenExpiresAt.getTime() && target.tokenUsedAt === null;
}

/** The expiry of a link issued at `now` for `days` days. */
export function linkExpiry(now: Date, days: number = DEFAULT_LINK_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
