/**
 * An instant in the browser's own zone, in the UI language, with its UTC offset:
 * "30 Sep 2024 10.00.00 GMT+8". (dateStyle cannot be combined with timeZoneName, hence the fields.)
 */
export function formatInstant(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).format(date);
}

/** The same without seconds, for dates people plan around (token expiry). */
export function formatDay(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}
