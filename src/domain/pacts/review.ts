import type { PactTargetState } from './vocabulary.js';

export const REVIEW_DECISIONS = ['diverifikasi', 'ditolak'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Longest rejection reason: a paragraph telling the office what to fix. */
export const MAX_REASON_LENGTH = 2000;

/**
 * A reviewer's decision on a target: only a submission waiting for review (terkirim) is decided, and
 * a rejection says why, so the office knows what to send again. The answer is the new state, or the
 * message key of the refusal.
 */
export function reviewOutcome(state: PactTargetState, decision: ReviewDecision, reason: string | null | undefined):
  { ok: true; state: PactTargetState; reason: string | null } | { ok: false; error: 'pact.review_not_pending' | 'pact.reason_required' } {
  if (state !== 'terkirim') return { ok: false, error: 'pact.review_not_pending' };
  const text = reason?.trim() ?? '';
  if (decision === 'ditolak' && text === '') return { ok: false, error: 'pact.reason_required' };
  return { ok: true, state: decision, reason: decision === 'ditolak' ? text : null };
}

/**
 * Whether a target may submit now (through a link or staff entry): nothing yet, or rejected and
 * sending again. A submission waiting for review or an accepted one is not replaced.
 */
export function maySubmit(state: PactTargetState): boolean {
  return state === 'belum' || state === 'ditolak';
}
