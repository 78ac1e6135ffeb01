import type { PoliticalReportState } from './vocabulary.js';

/** What can happen to a report: its author drafts and submits, a reviewer starts, returns or accepts. */
export const REPORT_ACTIONS = ['simpan', 'kirim', 'mulai', 'kembalikan', 'terima'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Review actions as the API names them (POST /:id/review). */
export const REVIEW_ACTIONS = ['mulai', 'kembalikan', 'terima'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * The allowed transitions: from each state, the state each action leads to. A draft saved on a
 * returned report keeps it `dikembalikan` until it is resubmitted, so the reviewer's view stays true.
 * Anything missing here is refused (409).
 */
export const TRANSITIONS: Record<PoliticalReportState, Partial<Record<ReportAction, PoliticalReportState>>> = {
  belum: { simpan: 'draf', kirim: 'terkirim' },
  draf: { simpan: 'draf', kirim: 'terkirim' },
  terkirim: { mulai: 'ditinjau', kembalikan: 'dikembalikan', terima: 'diterima' },
  ditinjau: { kembalikan: 'dikembalikan', terima: 'diterima' },
  dikembalikan: { simpan: 'dikembalikan', kirim: 'terkirim' },
  diterima: {},
};

/** The state after `action`, or null when the action is not allowed from `state`. */
export function nextState(state: PoliticalReportState, action: ReportAction): PoliticalReportState | null {
  return TRANSITIONS[state][action] ?? null;
}

/** States in which the report has been submitted at least once and not sent back. */
export const SUBMITTED_STATES: readonly PoliticalReportState[] = ['terkirim', 'ditinjau', 'diterima'];
