import { formatCalendarDate, formatInZone, type TimeZoneLabel } from '../../shell/zonedTime';

/** "Oktober 2024" for a calendar month, else "1 Jul 2024 – 30 Sep 2024"; empty for an incidental report. */
export function periodLabel(locale: string, start: string | null, end: string | null): string {
  if (!start || !end) return '';
  const [y, m, d] = start.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  if (d === 1 && end === `${start.slice(0, 8)}${String(last).padStart(2, '0')}`) {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
  }
  return `${formatCalendarDate(locale, start)} – ${formatCalendarDate(locale, end)}`;
}

/** A due date or submission instant in the report region's own zone, with its label. */
export function localTime(locale: string, iso: string | null, zone: TimeZoneLabel): string {
  return iso ? formatInZone(locale, iso, zone) : '';
}

/** The month before the one `today` (YYYY-MM-DD) falls in, as YYYY-MM: the period most often owed. */
export function previousMonth(today: string): string {
  const [y = 1970, m = 1] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
