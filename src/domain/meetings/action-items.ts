import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';
import type { ActionStatus } from './vocabulary.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instant a due day ends where the owner works: a day-deadline ends at midnight local time
 * (DOMAIN.md §10.2), so "due 2024-11-26" in Jayapura (WIT) ends two hours before it does in Jakarta.
 */
export function dueInstant(dueDate: string, zone: TimeZoneLabel): Date {
  const midnightUtc = Date.parse(`${dueDate}T00:00:00Z`);
  return new Date(midnightUtc + DAY_MS - UTC_OFFSET_HOURS[zone] * HOUR_MS);
}

/** Open or in progress past the end of its due day in the owner's zone. */
export function isOverdue(item: { status: ActionStatus; dueDate: string | null }, zone: TimeZoneLabel, now: Date): boolean {
  if (item.dueDate === null || item.status === 'done' || item.status === 'cancelled') return false;
  return now.getTime() >= dueInstant(item.dueDate, zone).getTime();
}

/** Which status may follow which: anything still open may move on; a closed item may only reopen. */
const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  open: ['in_progress', 'done', 'cancelled'],
  in_progress: ['open', 'done', 'cancelled'],
  done: ['open'],
  cancelled: ['open'],
};

export function canMoveTo(from: ActionStatus, to: ActionStatus): boolean {
  return NEXT[from].includes(to);
}

/** Items still to be done, the ones a later meeting on the same regions should see. */
export function isPending(status: ActionStatus): boolean {
  return status === 'open' || status === 'in_progress';
}
