import type { Random } from './random.js';

/**
 * When demo incidents happen: clustered around the followed election's campaign period and voting
 * day, as a desk sees them. Reports grow through the campaign, spike in the quiet period and on
 * voting day, and trail off through the counting; a thin background covers the rest of the year.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The instants that shape the year (ms since the epoch). */
export interface ElectionTimeline {
  /** 1 January of the voting year, 00:00 WIB: nothing happens before it. */
  yearStart: number;
  campaignStart: number;
  campaignEnd: number;
  votingDay: number;
  /** The generated desk's "now": nothing happens after it. */
  now: number;
}

export interface ElectionDates {
  votingDate: string;
  campaign: { startsOn: string; endsOn: string } | null;
}

/** A local calendar day at 00:00 WIB (UTC+7), where most of the country's reports are dated. */
export const wibMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);

/**
 * The timeline of an election for a desk whose "now" is `now`. Without a campaign stage, the
 * campaign is taken as the 60 days before the quiet period (three days before voting day).
 */
export function electionTimeline(election: ElectionDates, now: number): ElectionTimeline {
  const votingDay = wibMidnight(election.votingDate);
  const campaignEnd = election.campaign ? wibMidnight(election.campaign.endsOn) + DAY_MS : votingDay - 3 * DAY_MS;
  const campaignStart = election.campaign ? wibMidnight(election.campaign.startsOn) : campaignEnd - 60 * DAY_MS;
  const yearStart = wibMidnight(`${election.votingDate.slice(0, 4)}-01-01`);
  return { yearStart, campaignStart: Math.max(campaignStart, yearStart), campaignEnd, votingDay, now };
}

/**
 * The "now" of a desk generated for an election that is over: the day after `lastDay` (the end of
 * its last stage), 00:00 WIB, and never past the voting year, so every date stays in that year.
 */
export function demoNow(votingDate: string, lastDay: string): number {
  const yearEnd = wibMidnight(`${Number(votingDate.slice(0, 4)) + 1}-01-01`) - HOUR_MS;
  return Math.min(wibMidnight(lastDay) + DAY_MS, yearEnd);
}

/** Shares of the shapes an instant is drawn from (they sum to 1). */
const SHAPES = { background: 0.12, campaign: 0.4, quiet: 0.1, votingDay: 0.26, counting: 0.12 } as const;

/** Draws one instant: always within [yearStart, now − 1 minute]. */
export function occurredAt(rnd: Random, t: ElectionTimeline): number {
  const latest = t.now - 60_000;
  if (latest <= t.yearStart) return t.yearStart;
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = drawShape(rnd, t);
    if (at >= t.yearStart && at <= latest) return at;
  }
  // A timeline cut before most of its shapes (a "now" early in the year): the background alone.
  return t.yearStart + rnd.next() * (latest - t.yearStart);
}

function drawShape(rnd: Random, t: ElectionTimeline): number {
  let shape = rnd.next();
  if ((shape -= SHAPES.background) < 0) return t.yearStart + rnd.next() * (t.now - t.yearStart);
  // Growing towards its end: the square root of a uniform draw has a density rising linearly.
  if ((shape -= SHAPES.campaign) < 0) return t.campaignStart + Math.sqrt(rnd.next()) * (t.campaignEnd - t.campaignStart);
  if ((shape -= SHAPES.quiet) < 0) return t.campaignEnd + rnd.next() * Math.max(0, t.votingDay - t.campaignEnd);
  // Voting day itself, 07:00–13:00 local for most (polling hours), spilling into the evening count.
  if ((shape -= SHAPES.votingDay) < 0) return t.votingDay + (7 + Math.min(16, -Math.log(1 - rnd.next()) * 4)) * HOUR_MS;
  // The count and tabulation: most in the first days after voting day, fading over about three weeks.
  return t.votingDay + DAY_MS + Math.min(20, -Math.log(1 - rnd.next()) * 5) * DAY_MS;
}
