import type { TimeZoneLabel } from '../regions/timezones.js';
import { INCIDENT_CATEGORIES, incidentCategory, type IncidentCategory } from './categories.js';
import { dueInstant } from './deadlines.js';
import { clockDefinition, type ClockCode, type ClockRule, type ClockUnit, type Regime } from './regime.js';

/** What of an incident's history its clocks depend on (from its transitions). */
export interface IncidentTimeline {
  regime: Regime;
  category: string;
  knownAt: Date;
  /** The zone of the incident's region: its deadlines are counted there. */
  zone: TimeZoneLabel;
  /** Each referral (diteruskan) with the agency of the unit it went to, oldest first. */
  referrals: readonly { at: Date; agencyCode: string }[];
  /** The first time the receiving unit recorded its follow-up (ditindaklanjuti). */
  followedUpAt: Date | null;
  /** When it was rejected or marked a duplicate: clocks not yet met stop applying. */
  setAsideAt: Date | null;
}

/**
 * - not_started: its starting act has not happened (no referral to the agency it concerns yet)
 * - running: started, not yet due; overdue: started, past due, not met
 * - met / met_late: the act it waits for happened in time / after the deadline
 * - stopped: the report was rejected or marked a duplicate before it was met
 */
export type ClockState = 'not_started' | 'running' | 'overdue' | 'met' | 'met_late' | 'stopped';

export interface IncidentDeadline {
  clock: ClockCode;
  name: { id: string; en: string };
  basis: string;
  amount: number;
  unit: ClockUnit;
  unverified: boolean;
  /** The desk set this category's amount or day kind itself (category settings) instead of regime.ts's. */
  configured: boolean;
  startedAt: Date | null;
  /** The last local day (day clocks) and the last instant in time. */
  dueDate: string | null;
  dueAt: Date | null;
  metAt: Date | null;
  state: ClockState;
  overdue: boolean;
  holidaysUnknown: boolean;
}

/**
 * The rule of a clock under a regime for one category: regime.ts's, with the category's own amount
 * and day kind when the desk set them (the basis stays the law's). Null: no such clock in the regime.
 */
export function effectiveClockRule(code: ClockCode, regime: Regime, category: Pick<IncidentCategory, 'clockRules'>): (ClockRule & { configured: boolean }) | null {
  const rule = clockDefinition(code).rules[regime];
  if (!rule) return null;
  const override = category.clockRules?.[code]?.[regime];
  return override ? { ...rule, amount: override.amount, unit: override.unit, configured: true } : { ...rule, configured: false };
}

/**
 * The legal clocks that run for an incident under its regime and category (categories.ts, regime.ts),
 * each with its start, due instant and state at `now`. Clocks whose start Sinergi never sees
 * (court stages) are not among them. `categories` is the desk's effective catalogue (category
 * settings applied); the built-in one by default. The category's rules as they are now apply, also
 * to reports made before a setting changed (see category-catalogue.ts on why).
 */
export function incidentDeadlines(timeline: IncidentTimeline, now: Date, categories: readonly IncidentCategory[] = INCIDENT_CATEGORIES): IncidentDeadline[] {
  const category = incidentCategory(timeline.category, categories);
  if (!category) return [];
  const firstReferral = timeline.referrals[0]?.at ?? null;
  const deadlines: IncidentDeadline[] = [];
  for (const code of category.clocks) {
    const definition = clockDefinition(code);
    const rule = effectiveClockRule(code, timeline.regime, category);
    if (!rule || definition.start.event === 'external') continue;
    const { start } = definition;
    const startedAt = start.event === 'known'
      ? timeline.knownAt
      : (timeline.referrals.find((referral) => start.agencies.includes(referral.agencyCode))?.at ?? null);
    const due = startedAt ? dueInstant(startedAt, rule.amount, rule.unit, timeline.zone) : null;
    const metCandidate = definition.met === 'referral' ? firstReferral : definition.met === 'follow_up' ? timeline.followedUpAt : null;
    const metAt = metCandidate && startedAt && metCandidate >= startedAt ? metCandidate : null;
    let state: ClockState;
    if (!startedAt || !due) state = 'not_started';
    else if (metAt) state = metAt <= due.at ? 'met' : 'met_late';
    else if (timeline.setAsideAt) state = 'stopped';
    else state = now > due.at ? 'overdue' : 'running';
    deadlines.push({
      clock: code, name: definition.name, basis: rule.basis, amount: rule.amount, unit: rule.unit, unverified: rule.unverified === true,
      configured: rule.configured, startedAt, dueDate: due?.lastDay ?? null, dueAt: due?.at ?? null, metAt, state, overdue: state === 'overdue', holidaysUnknown: due?.holidaysUnknown ?? false,
    });
  }
  return deadlines;
}
