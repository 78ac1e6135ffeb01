import { holidaysCover, isWorkingDay } from '../calendar/holidays.js';
import { localDate, UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';
import type { ClockUnit } from './regime.js';

/** When a clock runs out. */
export interface Due {
  /** The last local calendar day of a day clock (for an hour clock: the local day of `at`). */
  lastDay: string;
  /** The last instant still in time: 23:59:59.999 local on `lastDay`, or start + hours. */
  at: Date;
  /**
   * A working-day count ran through a year the holiday table does not cover, where only weekends
   * were skipped: the real deadline may be later. Screens say so.
   */
  holidaysUnknown: boolean;
}

/** The calendar day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** The first instant of a local calendar day in `zone`. */
export function startOfLocalDay(date: string, zone: TimeZoneLabel): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - UTC_OFFSET_HOURS[zone] * 3_600_000);
}

/**
 * When a clock of `amount` `unit`s started at `start` runs out, counted in the zone of the region
 * where the act is due (DOMAIN.md §10.2–3):
 * - day clocks start counting on the day after the start's local day (the day something becomes known
 *   is not day 1) and end at the end of the last day, 23:59:59.999 local;
 * - working days skip Saturdays, Sundays, national holidays and cuti bersama (calendar/holidays.ts);
 *   calendar days skip nothing, even when the last one is a holiday;
 * - hour clocks ("1×24 jam") end exactly that many hours after the start.
 */
export function dueInstant(start: Date, amount: number, unit: ClockUnit, zone: TimeZoneLabel): Due {
  if (unit === 'hours') {
    const at = new Date(start.getTime() + amount * 3_600_000);
    return { lastDay: localDate(at, zone), at, holidaysUnknown: false };
  }
  const first = localDate(start, zone);
  let lastDay = first;
  let holidaysUnknown = false;
  if (unit === 'calendar_days') {
    lastDay = addDays(first, amount);
  } else {
    for (let counted = 0; counted < amount;) {
      lastDay = addDays(lastDay, 1);
      if (!holidaysCover(lastDay)) holidaysUnknown = true;
      if (isWorkingDay(lastDay)) counted += 1;
    }
  }
  return { lastDay, at: new Date(startOfLocalDay(addDays(lastDay, 1), zone).getTime() - 1), holidaysUnknown };
}
