import type { Regime } from './regime.js';

/**
 * Small rules of the SMS/WhatsApp intake: whose number sent a message, whether a text holds bytes
 * no person typed, and which election a report that does not say so concerns.
 */

/**
 * A sender's number in international form ("+6281234567890") from what gateways send: "0812-3456-7890",
 * "62812…", "+62 812 …", "whatsapp:+62…", "(0361) 123456". Null when it cannot be a phone number
 * (letters, fewer than 8 or more than 15 digits).
 */
export function normalisePhone(input: string): string | null {
  const bare = input.trim().replace(/^(?:whatsapp|tel|sms):/i, '');
  if (!/^\+?[\d\s().-]+$/.test(bare)) return null;
  const plus = bare.startsWith('+');
  let digits = bare.replace(/\D/g, '');
  if (!plus) {
    if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
    else if (digits.startsWith('8')) digits = `62${digits}`;
    else if (!digits.startsWith('62')) return null;
  }
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
  return `+${digits}`;
}

/**
 * Characters no phone keyboard produces: C0 and C1 controls other than tab and new lines, and lone
 * UTF-16 surrogates (which PostgreSQL cannot store as text).
 */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u.test(text);
}

/** An election cycle as the calendar knows it: its regime and its voting day ("2024-11-27"). */
export interface CalendarElection {
  regime: Regime;
  votingDate: string;
}

/**
 * The regime of a report that does not name one: that of the election whose voting day is nearest
 * to `today` (a local date), before or after; the later one on a tie. Null with no election known.
 * A guess for intake, which a person corrects at verification.
 */
export function regimeByCalendar(elections: readonly CalendarElection[], today: string): Regime | null {
  const day = Date.parse(`${today}T00:00:00Z`);
  let best: { regime: Regime; distance: number; at: number } | null = null;
  for (const election of elections) {
    const at = Date.parse(`${election.votingDate}T00:00:00Z`);
    const distance = Math.abs(at - day);
    if (!best || distance < best.distance || (distance === best.distance && at > best.at)) best = { regime: election.regime, distance, at };
  }
  return best?.regime ?? null;
}
