import type { Db } from '../../db/client.js';
import { dueInstant } from '../../domain/political-reports/deadlines.js';
import { periodLabel, periodsUpTo } from '../../domain/political-reports/periods.js';
import { localDate, TIME_ZONES, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Clock } from '../../services.js';
import { createReportRepo, type OwedPeriod } from './reports-repo.js';
import { createScheduleRepo, type ScheduleRecord } from './schedules-repo.js';

/** The owed periods of a schedule up to `today`, each with its due instant in every zone. */
export function owedPeriods(schedule: Pick<ScheduleRecord, 'period' | 'startsOn' | 'dueDays' | 'templateName'>, today: string): OwedPeriod[] {
  return periodsUpTo(schedule.period, schedule.startsOn, today).map((p) => ({
    ...p,
    title: `${schedule.templateName} — ${periodLabel(schedule.period, p)}`,
    due: Object.fromEntries(TIME_ZONES.map((zone) => [zone, dueInstant(p.end, schedule.dueDays, zone)])) as Record<TimeZoneLabel, Date>,
  }));
}

/**
 * Owed reports are materialised when read: every active schedule inserts the reports of the periods
 * that have started. The insert is idempotent (unique schedule + region + period), so two requests or
 * two processes may run it together; this process only skips a schedule it already brought up to
 * date today (a cache: losing it costs one more idempotent insert).
 */
export function createObligations(db: Db, clock: Clock) {
  /** Schedules (id:version) brought up to date on `day`; emptied when the day turns, so it never grows past one day's. */
  const upToDate = new Set<string>();
  let day = '';
  const schedules = createScheduleRepo(db);
  const reports = createReportRepo(db);
  return {
    async ensure(): Promise<void> {
      const now = clock.now();
      // WIT rolls over first: a period is owed as soon as it has started anywhere in Indonesia.
      const today = localDate(now, 'WIT');
      if (today !== day) {
        upToDate.clear();
        day = today;
      }
      for (const schedule of await schedules.active()) {
        const key = `${schedule.id}:${schedule.version}`;
        if (upToDate.has(key)) continue;
        await reports.materialise(schedule, owedPeriods(schedule, today), now);
        upToDate.add(key);
      }
    },
  };
}

export type Obligations = ReturnType<typeof createObligations>;
