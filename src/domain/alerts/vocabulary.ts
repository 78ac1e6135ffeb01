/**
 * Early-warning rules and the alerts they raise (issue 7).
 * - `spike`: more than k× a region's baseline of reports in the last N hours;
 * - `severity`: any report of a chosen category at or above a chosen severity;
 * - `cluster`: at least n reports within X km of each other in the last N hours.
 */
export const ALERT_RULE_KINDS = ['spike', 'severity', 'cluster'] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

/** baru: raised, nobody has taken it yet; diakui: someone acknowledged it; selesai: closed. */
export const ALERT_STATUSES = ['baru', 'diakui', 'selesai'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
