import { sql } from 'drizzle-orm';
import type { Database, RawClient } from '../../db/client.js';
import { seededRandom } from '../../domain/demo-data/random.js';
import { demoNow, electionTimeline } from '../../domain/demo-data/timeline.js';
import { writeAlerts, writePacts } from './alerts-pacts.js';
import { readElection, electionIds } from './election.js';
import { readGazetteer } from './gazetteer.js';
import { writeIncidents, type IncidentFigures } from './incidents.js';
import { writeMeetings, type MeetingFigures } from './meetings.js';
import { writePoliticalReports } from './political-reports.js';
import { ensureUnits } from './units.js';
import { withIndexesDeferred } from './deferred-indexes.js';

/**
 * Synthetic desk data at scale (`sinergi demo-data`, the situation-room benchmark): incidents with
 * their history, meetings with invitations and action items, and on a first run alerts,
 * integrity-pact campaigns and owed political reports, set around a seeded election. The same
 * seed, counts, election and database give the same rows on either engine. Everything but the
 * political reports (made by the product's own obligations code) goes in one transaction, so a
 * failed run leaves nothing half-written.
 */

export interface DemoDataOptions {
  incidents: number;
  meetings: number;
  alerts: number;
  pactCampaigns: number;
  seed: number;
  /** The local date (YYYY-MM-DD) that picks the followed election when `electionId` is not given. */
  today: string;
  electionId?: string;
  /** The desk's "now"; by default the day after the election's last stage (so all of it is history). */
  now?: Date;
  /** Add to a database that already holds incidents; without it such a database is refused. */
  append?: boolean;
  batch?: number;
  onStep?: (step: DemoStep) => void;
  onProgress?: (progress: DemoProgress) => void;
}

export type DemoStep = 'units' | 'incidents' | 'indexes' | 'meetings' | 'alerts_pacts' | 'political_reports' | 'analyze';

export interface DemoProgress {
  incidents: number;
  total: number;
  /** Rows of every table written so far. */
  rows: number;
  elapsedMs: number;
}

export interface DemoDataFigures {
  election: string;
  now: Date;
  units: { count: number; created: number };
  /** `ms` includes `indexMs`, the rebuilding of the indexes deferred during a large load (0 when not deferred). */
  incidents: IncidentFigures & { indexMs: number };
  meetings: MeetingFigures & { ms: number };
  alerts: number;
  pacts: { campaigns: number; targets: number };
  politicalReports: number;
  analyzeMs: number;
  ms: number;
}

/** Why a database is not given demo data. */
export class DemoDataRefused extends Error {
  constructor(readonly reason: 'has_incidents' | 'no_election' | 'no_gazetteer', readonly params: Record<string, string | number> = {}) {
    super(`demo data refused: ${reason} ${JSON.stringify(params)}`);
  }
}

/** From this many incidents on, secondary indexes are built after the load rather than during it. */
const DEFER_INDEXES_FROM = 10_000;

const count = async (client: RawClient, table: string) => Number((await client.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n ?? 0);

/** The tables the generator writes, vacuumed and analysed once it is done. */
const DEMO_TABLES = ['units', 'incidents', 'incident_transitions', 'incident_open_counts', 'meetings', 'meeting_regions', 'meeting_invitations', 'action_items', 'alerts', 'pact_campaigns', 'pact_targets', 'political_reports'] as const;

/** Writes demo data into a migrated database holding the reference data (gazetteer, elections). */
export async function generateDemoData(database: Database, options: DemoDataOptions): Promise<DemoDataFigures> {
  const started = performance.now();
  const step = options.onStep ?? (() => undefined);
  const rnd = seededRandom(options.seed);
  const written = await database.transactionRaw(async (client) => {
    // Two runs at once (or a desk taking reports) would both see the table as it was and pick the same ids.
    await client.query('lock table incidents in exclusive mode');
    const existing = await count(client, 'incidents');
    if (existing > 0 && !options.append) throw new DemoDataRefused('has_incidents', { count: existing });
    const election = await readElection(client, options.today, options.electionId);
    if (!election) throw new DemoDataRefused('no_election', { id: options.electionId ?? '', known: (await electionIds(client)).join(', ') });
    const now = options.now ?? new Date(demoNow(election.votingDate, election.lastDay));
    const timeline = electionTimeline(election, now.getTime());
    const gazetteer = await readGazetteer(client);
    if (!gazetteer.regencies.length) throw new DemoDataRefused('no_gazetteer');
    step('units');
    const units = await ensureUnits(client, gazetteer);
    step('incidents');
    const incidentsStarted = performance.now();
    const load = () => writeIncidents(client, rnd, {
      count: options.incidents, timeline, regime: election.regime, gazetteer, units, batch: options.batch,
      onBatch: (done, rows) => options.onProgress?.({ incidents: done, total: options.incidents, rows, elapsedMs: performance.now() - incidentsStarted }),
    });
    // Rebuilding indexes costs in proportion to the whole table: worth it only when the load is most of it.
    const deferIndexes = options.incidents >= DEFER_INDEXES_FROM && options.incidents >= existing;
    const loaded = deferIndexes
      ? await withIndexesDeferred(client, ['incidents', 'incident_transitions'], load, () => step('indexes'))
      : { result: await load(), rebuildMs: 0 };
    // The rate counts the rebuilt indexes too: they are part of what the load costs.
    const incidents = { ...loaded.result, indexMs: loaded.rebuildMs, ms: performance.now() - incidentsStarted };
    step('meetings');
    const meetingsStarted = performance.now();
    const meetings = await writeMeetings(client, rnd, gazetteer, units, now, options.meetings);
    const meetingsMs = performance.now() - meetingsStarted;
    // Rules and campaigns are a desk's own set-up: made once, not again with every --append.
    step('alerts_pacts');
    const alerts = (await count(client, 'alert_rules')) === 0
      ? await writeAlerts(client, rnd, gazetteer, now, options.alerts, { first: incidents.firstId, last: incidents.lastId }) : 0;
    const pacts = (await count(client, 'pact_campaigns')) === 0 ? await writePacts(client, rnd, gazetteer, now, options.pactCampaigns) : { campaigns: 0, targets: 0 };
    return { election, now, units, incidents, meetings: { ...meetings, ms: meetingsMs }, alerts, pacts };
  });
  step('political_reports');
  const politicalReports = await writePoliticalReports(database, written.now, `${written.election.votingDate.slice(0, 4)}-01-01`);
  step('analyze');
  const analyzeStarted = performance.now();
  // Fresh bulk loads have no statistics yet, and the planner would guess; nor a visibility map, so every
  // count and index-only scan reads the table's pages too (the Jawa Timur list at 1M: 205 ms, 45 ms vacuumed) until
  // autovacuum comes round, minutes later. VACUUM (ANALYZE) leaves the desk as it would be by then.
  // Outside a transaction: VACUUM cannot run inside one.
  for (const table of DEMO_TABLES) await database.db.execute(sql.raw(`vacuum (analyze) ${table}`));
  return {
    election: written.election.id, now: written.now, units: { count: written.units.count, created: written.units.created }, incidents: written.incidents,
    meetings: written.meetings, alerts: written.alerts, pacts: written.pacts, politicalReports, analyzeMs: performance.now() - analyzeStarted, ms: performance.now() - started,
  };
}
