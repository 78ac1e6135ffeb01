import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A job every server process has on a timer but that one of them runs each interval (the deadline
 * scan reads every held report): the process that moves `next_run_at` on runs it, holding
 * `leased_until` so that no other starts it meanwhile, or after it if the process dies. Times are the
 * database's, the same for every process.
 */
export const periodicJobs = pgTable('periodic_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  leasedUntil: timestamp('leased_until', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
});
