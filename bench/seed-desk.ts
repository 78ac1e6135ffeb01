import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { seedReferenceData } from '../src/db/seed/index.js';
import { createServices } from '../src/services.js';
import { createArticleGenerator } from './article-generator.js';
import { seedActivity, type ActivityFigures } from './seed-desk-activity.js';
import { seedIncidents, type IncidentFigures } from './seed-desk-incidents.js';
import { DAY_MS, insertUnits, random, readGazetteer } from './seed-desk-tools.js';

/**
 * A busy desk's year in a database, for the situation-room benchmark and anything else that needs
 * realistic volume (a "demo data" command later): units for every province and kabupaten/kota,
 * 100k incident reports, a year of meetings with attendance and action items, alerts, integrity-pact
 * campaigns, owed political reports and news articles. Deterministic for a given seed and `now`.
 * Bulk rows go in by COPY on either engine (not through HTTP: the services would take an hour);
 * articles go through the media service, so that their extraction is the product's.
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
  const existing = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from incidents`);
  if (Number(existing.rows[0]?.n) > 0) throw new Error('the database already holds incidents: seed a fresh one');

  const rnd = random(options.seed);
  const gazetteer = await readGazetteer(database);
  step('units');
  const units = await insertUnits(database, gazetteer);
  step(`${options.incidents.toLocaleString('en-US')} incidents`);
  const incidents = await seedIncidents(database, rnd, gazetteer, units, options.now, options.incidents);
  step('meetings, alerts, pacts, political reports');
  const activity = await seedActivity(database, rnd, gazetteer, units, options.now, { ...options, incidents: options.incidents });
  step(`${options.articles} articles through the media service`);
  const articles = await seedArticles(database, options.now, options.articles, options.seed);
  step('analyze');
  const analyzeStarted = performance.now();
  // Fresh bulk loads have no statistics yet; the planner would guess. A desk's autovacuum gets there too.
  await database.db.execute(sql`analyze`);
  const analyzeMs = performance.now() - analyzeStarted;
  return { units: units.count, incidents, activity, articles, referenceMs, analyzeMs, totalMs: performance.now() - started };
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
    const ageMs = ((count - index) / count) ** 2 * 30 * DAY_MS;
    at = new Date(now.getTime() - ageMs);
    await services.media.ingest(null, { title, body: body.join('\n'), publishedAt: new Date(at.getTime() - 3_600_000), source: 'Kantor Berita Bench', url: `https://berita.example.id/bench/${index + 1}` }, 'api');
  }
  return { count, ms: performance.now() - started };
}
