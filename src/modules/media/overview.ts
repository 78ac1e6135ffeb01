import type { MediaOverview, OverviewQuery } from '../../contracts/media.js';
import { IANA_ZONE, localDate, timeZoneOfRegion } from '../../domain/regions/timezones.js';
import type { Actor } from '../auth/actor.js';
import type { MediaContext } from './context.js';
import { freshArticles, overviewCounts } from './overview-repo.js';
import { summaryView } from './views.js';

const DAY_MS = 86_400_000;

/** The local days from `from` to `to` (YYYY-MM-DD), both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * The media view: articles per day, region, threat and event type over the last `days` local days
 * of the region shown (by default the caller's own scope: a regional desk sees its region first),
 * and what was added in the last 24 hours.
 */
export function createOverview(ctx: MediaContext) {
  return async function overview(actor: Actor, query: OverviewQuery): Promise<MediaOverview> {
    ctx.mayRead(actor);
    const region = query.region ?? actor.principal.regionCode ?? null;
    const zone = timeZoneOfRegion(region ?? '31');
    const now = ctx.clock.now();
    const to = localDate(now, zone);
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - (query.days - 1) * DAY_MS).toISOString().slice(0, 10);
    const regionName = region ? (await ctx.repo.regions([region])).get(region) : undefined;
    const since = new Date(now.getTime() - DAY_MS);
    const counts = await overviewCounts(ctx.db, { zone: IANA_ZONE[zone], fromDay: from, toDay: to, region, since });
    const perDay = new Map(counts.byDay.map((entry) => [entry.date, entry.count]));
    return {
      from, to, timeZone: zone, region: region ? { code: region, name: regionName ?? region } : null,
      total: counts.total, newSinceYesterday: counts.newSinceYesterday, since: since.toISOString(),
      byDay: daysBetween(from, to).map((date) => ({ date, count: perDay.get(date) ?? 0 })),
      byRegion: counts.byRegion, byThreat: counts.byThreat, byEventType: counts.byEventType, latest: counts.latest.map(summaryView),
    };
  };
}

/**
 * Just what was added in the last 24 hours (the dashboard's news: a count and the newest), without
 * the view's per-day, region, threat and event-type breakdowns. The same region default and stories as the overview.
 */
export function createFresh(ctx: MediaContext) {
  return async function fresh(actor: Actor, query: { region?: string | undefined; limit: number }) {
    ctx.mayRead(actor);
    const region = query.region ?? actor.principal.regionCode ?? null;
    const since = new Date(ctx.clock.now().getTime() - DAY_MS);
    const found = await freshArticles(ctx.db, { region, since, limit: query.limit });
    return { since: since.toISOString(), newSinceYesterday: found.count, latest: found.latest.map(summaryView) };
  };
}
