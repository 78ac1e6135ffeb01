/**
 * The life of an incident report (issue 7): it comes in as `baru`, is checked (terverifikasi) or set
 * aside (ditolak, or duplikat of an earlier report), is referred to the unit that must act
 * (diteruskan), which records its follow-up (ditindaklanjuti) and closes it (selesai).
 *
 * A referred report may be referred again (the unit answers "not ours"), before anyone follows it up.
 * Nothing leaves ditolak, duplikat or selesai: a wrong closing is corrected with a new report that
 * names the old one, so the trail of what was decided stays as it was.
 */
export const INCIDENT_STATUSES = ['baru', 'terverifikasi', 'ditolak', 'duplikat', 'diteruskan', 'ditindaklanjuti', 'selesai'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_ACTIONS = ['verifikasi', 'tolak', 'tandai_duplikat', 'teruskan', 'tindak_lanjuti', 'selesaikan'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

/** Where each action leads, from the statuses it may start in. */
const MOVES: Record<IncidentAction, { from: readonly IncidentStatus[]; to: IncidentStatus }> = {
  verifikasi: { from: ['baru'], to: 'terverifikasi' },
  tolak: { from: ['baru'], to: 'ditolak' },
  tandai_duplikat: { from: ['baru'], to: 'duplikat' },
  teruskan: { from: ['terverifikasi', 'diteruskan'], to: 'diteruskan' },
  tindak_lanjuti: { from: ['diteruskan'], to: 'ditindaklanjuti' },
  selesaikan: { from: ['ditindaklanjuti'], to: 'selesai' },
};

/** Statuses nothing leaves. */
export const CLOSED_STATUSES: readonly IncidentStatus[] = ['ditolak', 'duplikat', 'selesai'];

/** A list filter for every status a report can still leave (not in CLOSED_STATUSES): the dashboard's "open". */
export const OPEN_STATUS_FILTER = 'open';
export const INCIDENT_STATUS_FILTERS = [OPEN_STATUS_FILTER, ...INCIDENT_STATUSES] as const;

/**
 * Actions that belong to the unit a report was referred to (its officers act on them, besides the
 * desk's coordinators); the others are the desk's triage.
 */
export const FOLLOW_UP_ACTIONS: readonly IncidentAction[] = ['tindak_lanjuti', 'selesaikan'];

/** The longest reason kept with a transition. */
export const MAX_REASON_LENGTH = 2000;

/** Why a transition is refused. */
export type TransitionRefusal =
  | 'not_allowed' // the action does not start from the current status
  | 'reason_required' // every transition says why
  | 'unit_required' // a referral names the unit it goes to
  | 'duplicate_required' // marking a duplicate names the report it repeats
  | 'unit_not_expected' // only a referral names a unit
  | 'duplicate_not_expected'; // only marking a duplicate names another report

export interface TransitionInput {
  action: IncidentAction;
  reason: string;
  unitId?: number | null;
  duplicateOf?: number | null;
}

export type TransitionResult = { ok: true; to: IncidentStatus } | { ok: false; refusal: TransitionRefusal };

/**
 * The status an action leads to from `current`, or why it may not happen. Pure: whether the unit or
 * the earlier report exist and may be used is for the caller to check.
 */
export function transition(current: IncidentStatus, input: TransitionInput): TransitionResult {
  const move = MOVES[input.action];
  if (!move.from.includes(current)) return { ok: false, refusal: 'not_allowed' };
  if (input.reason.trim() === '') return { ok: false, refusal: 'reason_required' };
  const hasUnit = input.unitId != null;
  const hasDuplicate = input.duplicateOf != null;
  if (input.action === 'teruskan' && !hasUnit) return { ok: false, refusal: 'unit_required' };
  if (input.action !== 'teruskan' && hasUnit) return { ok: false, refusal: 'unit_not_expected' };
  if (input.action === 'tandai_duplikat' && !hasDuplicate) return { ok: false, refusal: 'duplicate_required' };
  if (input.action !== 'tandai_duplikat' && hasDuplicate) return { ok: false, refusal: 'duplicate_not_expected' };
  return { ok: true, to: move.to };
}

/** The actions that may start from a status (what a screen offers). */
export function actionsFrom(current: IncidentStatus): IncidentAction[] {
  return INCIDENT_ACTIONS.filter((action) => MOVES[action].from.includes(current));
}
