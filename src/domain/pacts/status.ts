import type { PactTargetState, PactTargetStatus } from './vocabulary.js';

/**
 * What a status list shows for a target: its stored state, or `terlambat` once the deadline has
 * passed while nothing is accepted or waiting (never submitted, or rejected and not yet resubmitted).
 * A submission waiting for review is not late here: its own `late` flag says whether it came late.
 */
export function targetStatus(state: PactTargetState, deadline: Date, now: Date): PactTargetStatus {
  if ((state === 'belum' || state === 'ditolak') && now.getTime() > deadline.getTime()) return 'terlambat';
  return state;
}

/** A submission counts as late when it arrived after the deadline (it is still stored and reviewed). */
export function submittedLate(submittedAt: Date | null, deadline: Date): boolean {
  return submittedAt !== null && submittedAt.getTime() > deadline.getTime();
}

/** Whether a target has ever submitted: then it cannot be deleted, nor its campaign. */
export function hasSubmitted(target: { state: PactTargetState; submittedAt: Date | null }): boolean {
  return target.submittedAt !== null || target.state !== 'belum';
}
