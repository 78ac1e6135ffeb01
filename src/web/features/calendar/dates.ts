const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 for an ISO calendar date (no time zone involved). */
export function dayNumber(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function utcDate(iso: string): Date {
  return new Date(dayNumber(iso) * DAY_MS);
}

/** Dates are calendar dates: format them in UTC so the viewer's own zone cannot shift them. */
export function formatDate(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(iso),
  );
}

/** "25 Sep 2024 – 23 Nov 2024", or one date when the stage lasts a day. */
export function formatRange(locale: string, startsOn: string, endsOn: string): string {
  const start = formatDate(locale, startsOn);
  return startsOn === endsOn ? start : `${start} – ${formatDate(locale, endsOn)}`;
}

export interface Tick {
  day: number;
  label: string;
}

/** First-of-month ticks inside [first, last] (day numbers), thinned to about a dozen labels. */
export function monthTicks(locale: string, first: number, last: number): Tick[] {
  const start = new Date(first * DAY_MS);
  const months: Date[] = [];
  for (let m = 1; ; m++) {
    const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
    if (date.getTime() / DAY_MS > last) break;
    months.push(date);
  }
  const step = Math.max(1, Math.ceil(months.length / 12));
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return months
    .filter((_, index) => index % step === 0)
    .map((date, index) => ({
      day: Math.round(date.getTime() / DAY_MS),
      label: (index === 0 || date.getUTCMonth() < step ? monthYear : month).format(date),
    }));
}
