import { isWorkingDay } from '../../../domain/calendar/holidays';
import { addDays } from '../../../domain/incidents/deadlines';
import { localDate, type TimeZoneLabel } from '../../../domain/regions/timezones';
import type { Deadline } from './api';

const HOUR_MS = 3_600_000;

/** How far a running clock is from its due instant, as a screen says it. */
export type Countdown =
  | { kind: 'overdue'; days: number; hours: number }
  | { kind: 'left'; days: number; hours: number; workingDays: number | null };

/**
 * Time left until `dueAt` (or past it), in whole days and hours. For a working-day clock also the
 * working days left, counted in the region's zone from today (when it is a working day) through the
 * due day: on the due day itself that is 1, "the last working day".
 */
export function countdown(dueAt: string, dueDate: string | null, now: Date, zone: TimeZoneLabel, workingDays: boolean): Countdown {
  const gap = Date.parse(dueAt) - now.getTime();
  const hoursTotal = Math.floor(Math.abs(gap) / HOUR_MS);
  const days = Math.floor(hoursTotal / 24);
  const hours = hoursTotal % 24;
  if (gap < 0) return { kind: 'overdue', days, hours };
  let working: number | null = null;
  if (workingDays && dueDate) {
    working = 0;
    // A working-day clock is at most a few weeks long: the loop is short.
    for (let day = localDate(now, zone); day <= dueDate; day = addDays(day, 1)) if (isWorkingDay(day)) working += 1;
  }
  return { kind: 'left', days, hours, workingDays: working };
}

/** The catalogue key and values of a countdown's text (incidents.countdown.*). */
type CountdownKey = `incidents.countdown.${'daysLeft' | 'hoursLeft' | 'workingDaysLeft' | 'overdueDays' | 'overdueHours'}`;

export function countdownLabel(value: Countdown): { key: CountdownKey; params: Record<string, number> } {
  const { days, hours } = value;
  if (value.kind === 'overdue') {
    return days > 0 ? { key: 'incidents.countdown.overdueDays', params: { days, hours } } : { key: 'incidents.countdown.overdueHours', params: { hours } };
  }
  if (value.workingDays !== null) return { key: 'incidents.countdown.workingDaysLeft', params: { workingDays: value.workingDays, days, hours } };
  return days > 0 ? { key: 'incidents.countdown.daysLeft', params: { days, hours } } : { key: 'incidents.countdown.hoursLeft', params: { hours } };
}

/** States whose clock is still counting: the only ones a countdown is shown for. */
export function isCounting(deadline: Pick<Deadline, 'state' | 'dueAt'>): boolean {
  return (deadline.state === 'running' || deadline.state === 'overdue') && deadline.dueAt !== null;
}

/** The counting deadline due first (overdue ones come first by their earlier instant), or null. */
export function nearestDeadline<D extends Pick<Deadline, 'state' | 'dueAt'>>(deadlines: readonly D[]): D | null {
  let best: D | null = null;
  for (const deadline of deadlines) {
    if (!isCounting(deadline)) continue;
    if (!best || Date.parse(deadline.dueAt!) < Date.parse(best.dueAt!)) best = deadline;
  }
  return best;
}
