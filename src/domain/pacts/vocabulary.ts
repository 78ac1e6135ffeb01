/**
 * ASN neutrality integrity-pact campaigns (issue 8): a region's offices must each submit a signed
 * pact (and often a declaration video) by a deadline.
 */

/** What kind of office a target is; compliance is broken down by it. */
export const PACT_TARGET_KINDS = ['perangkat_daerah', 'kecamatan', 'kelurahan', 'desa', 'instansi_vertikal', 'lainnya'] as const;
export type PactTargetKind = (typeof PACT_TARGET_KINDS)[number];

/**
 * Stored review state of a target. `terlambat` is not stored: it is derived (no accepted or pending
 * submission and the deadline has passed), so moving a deadline needs no rewrite of the targets.
 * - belum: nothing submitted yet (or the last submission was withdrawn);
 * - terkirim: submitted, waiting for review;
 * - diverifikasi: a reviewer accepted the submission;
 * - ditolak: a reviewer rejected it, with a reason; the target may submit again.
 */
export const PACT_TARGET_STATES = ['belum', 'terkirim', 'diverifikasi', 'ditolak'] as const;
export type PactTargetState = (typeof PACT_TARGET_STATES)[number];

/** What a status list shows: the stored state, or `terlambat` for a target past its deadline with nothing pending. */
export const PACT_TARGET_STATUSES = [...PACT_TARGET_STATES, 'terlambat'] as const;
export type PactTargetStatus = (typeof PACT_TARGET_STATUSES)[number];

/** How a submission arrived: the target's own link (no account) or entered by desk staff. */
export const PACT_SUBMISSION_CHANNELS = ['link', 'staff'] as const;
export type PactSubmissionChannel = (typeof PACT_SUBMISSION_CHANNELS)[number];
