/**
 * How the last poll of a feed ended, as stored in media_feeds.last_status: fetched and read (ok),
 * unchanged since the last poll (not_modified, HTTP 304), or why it failed.
 */
export const FEED_POLL_STATUSES = ['ok', 'not_modified', 'http_error', 'unreachable', 'timeout', 'too_large', 'not_feed'] as const;
export type FeedPollStatus = (typeof FEED_POLL_STATUSES)[number];

/** The longest a failing feed waits between tries: once a day it is tried again. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

export function pollFailed(status: FeedPollStatus): boolean {
  return status !== 'ok' && status !== 'not_modified';
}

/**
 * When a feed is polled next. After a good poll: its own interval. After a failure: the interval,
 * doubled for each failure in a row (read from the wait the previous failure set), at most a day,
 * so a feed that is down is not hammered and comes back by itself once it answers again.
 */
export function nextPollAt(now: Date, pollMinutes: number, status: FeedPollStatus, previous: { failed: boolean; waitedMinutes: number | null }): Date {
  let minutes = pollMinutes;
  if (pollFailed(status)) {
    const waited = previous.failed && previous.waitedMinutes !== null ? previous.waitedMinutes : pollMinutes / 2;
    minutes = Math.min(MAX_BACKOFF_MINUTES, Math.max(pollMinutes, Math.round(waited * 2)));
  }
  return new Date(now.getTime() + minutes * 60_000);
}
