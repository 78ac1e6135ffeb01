import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { generateDemoData } from '../src/modules/demo-data/generate.js';
import { localDay } from '../src/modules/demo-data/meetings.js';
import { createServices } from '../src/services.js';
import { createArticleGenerator } from './article-generator.js';
import type { ActivityFigures } from './seed-desk-activity.js';
import type { IncidentFigures } from './seed-desk-incidents.js';

/**
 * A busy desk's year in a database, for the situation-room benchmark: the product's demo data
 * (src/modules/demo-data, `sinergi demo-data`: units for every province and kabupaten/kota, 100k
 * incident reports with their history, a year of meetings with attendance and action items, alerts,
 * integrity-pact campaigns, owed political reports) at a fixed `now`, plus news articles through the
 * media service, so that their extraction is the product's. Deterministic for a given seed and `now`.
 */

export interface DeskSeedOptions {
  /** The desk's "now": every date falls in the year before it (a few meetings in the weeks after). */
  now: Date;
  incidents: number;
  meetings: number;
  alerts: number;
  pactCampaigns: number;
  articles: number;
  seed: number;
  /** Told when each part starts, for a progress line. */
  onStep?: (step: string) => void;
}

export const DEFAULT_DESK: Omit<DeskSeedOptions, 'now'> = {
  incidents: 100_000, meetings: 2_000, alerts: 400, pactCampaigns: 60, articles: 300, seed: 20_241_126,
};

export interface DeskSeedFigures {
  units: number;
  incidents: IncidentFigures;
  activity: ActivityFigures;
  articles: { count: number; ms: number };
  /** Migrations and reference data (gazetteer, elections, templates) before the desk's own rows. */
  referenceMs: number;
  analyzeMs: number;
  totalMs: number;
}

/** Migrates and loads reference data when missing, then seeds the desk; the database must hold no desk data yet. */
export async function seedDesk(database: Database, options: DeskSeedOptions): Promise<DeskSeedFigures> {
  const started = performance.now();
  const step = options.onStep ?? (() => undefined);
  step('migrations and reference data');
  await migrate(database);
  await seedReferenceData(database);
  const referenceMs = performance.now() - started;
  const demo = await generateDemoData(database, {
    ...options, today: localDay(options.now, 7), onStep: (part) => step(part === 'incidents' ? `${options.incidents.toLocaleString('en-US')} incidents` : part.replace('_', ', ')),
  });
  step(`${options.articles} articles through the media service`);
  const articles = await seedArticles(database, options.now, options.articles, options.seed);
  step('analyze');
  const analyzeStarted = performance.now();
  // The articles' tables too: a fresh load has no statistics, and the planner would guess.
  await database.db.execute(sql`analyze`);
  const analyzeMs = demo.analyzeMs + performance.now() - analyzeStarted;
  const { meetings } = demo;
  return {
    units: demo.units.count,
    incidents: { count: demo.incidents.count, open: demo.incidents.open, ms: demo.incidents.ms },
    activity: {
      meetings: meetings.meetings, invitations: meetings.invitations, actionItems: meetings.actionItems, overdueActionItems: meetings.overdueActionItems,
      alerts: demo.alerts, pactCampaigns: demo.pacts.campaigns, pactTargets: demo.pacts.targets, politicalReports: demo.politicalReports,
      ms: demo.ms - demo.incidents.ms - demo.analyzeMs,
    },
    articles, referenceMs, analyzeMs, totalMs: performance.now() - started,
  };
}

/** Synthetic news spread over the last 30 days, ingested as the API would (extraction, duplicates, regions). */
async function seedArticles(database: Database, now: Date, count: number, seed: number): Promise<{ count: number; ms: number }> {
  const started = performance.now();
  let at = new Date(now);
  const services = createServices(database, { now: () => new Date(at) });
  const article = createArticleGenerator(seed);
  for (let index = 0; index < count; index++) {
    const { text } = article(index);
    const [title = '', , ...body] = text.split('\n');
    // Newest last, so that ids grow with time as they do on a desk; the last day holds a few dozen.
    const ageMs = ((count - index) / count) ** 2 * 30 * 86_400_000;
    at = new Date(now.getTime() - ageMs);
    await services.media.ingest(null, { title, body: body.join('\n'), publishedAt: new Date(at.getTime() - 3_600_000), source: 'Kantor Berita Bench', url: `https://berita.example.id/bench/${index + 1}` }, 'api');
  }
  return { count, ms: performance.now() - started };
}
