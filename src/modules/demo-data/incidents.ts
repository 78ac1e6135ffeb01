import type { RawClient } from '../../db/client.js';
import { CHANNEL_WEIGHTS, CATEGORY_WEIGHTS, describeIncident, SEVERITY_WEIGHTS, statusForAge } from '../../domain/demo-data/incident-mix.js';
import type { Random } from '../../domain/demo-data/random.js';
import { DAY_MS, occurredAt, type ElectionTimeline } from '../../domain/demo-data/timeline.js';
import { movesTo } from '../../domain/demo-data/transitions.js';
import type { Regime } from '../../domain/incidents/regime.js';
import { CLOSED_STATUSES } from '../../domain/incidents/workflow.js';
import { UTC_OFFSET_HOURS } from '../../domain/regions/timezones.js';
import { DEFAULT_BATCH, maxId, syncSerial, tableBuffers } from './bulk.js';
import { regencySampler, regionIn, type Gazetteer } from './gazetteer.js';
import { unitsNear, type Units } from './units.js';

/**
 * Demo incident reports with their history: ids after the last stored one, in the order they
 * happened; each with the moves that brought it to its status (incident_transitions), its version
 * counting them, as the incidents feature would have left it.
 */

const INCIDENT_COLUMNS = [
  'id', 'reference', 'category', 'regime', 'description', 'occurred_at', 'known_at', 'region_code', 'latitude', 'longitude', 'tps', 'severity',
  'channel', 'reporter_name', 'reporter_contact', 'reporter_anonymous', 'status', 'duplicate_of', 'referred_unit_id', 'created_at', 'updated_at', 'version',
] as const;
const TRANSITION_COLUMNS = ['incident_id', 'action', 'from_status', 'to_status', 'reason', 'unit_id', 'duplicate_of', 'actor_label', 'at'] as const;
/** Who the history says acted: demo rows name no account. */
const DEMO_ACTOR = 'Petugas Desk (data demo)';

export interface IncidentFigures {
  count: number;
  open: number;
  transitions: number;
  firstId: number;
  lastId: number;
  ms: number;
}

export interface IncidentPlan {
  count: number;
  timeline: ElectionTimeline;
  regime: Regime;
  gazetteer: Gazetteer;
  units: Units;
  /** After every batch: incidents written so far, and rows of every table. */
  onBatch?: (incidents: number, rows: number) => void;
  batch?: number;
}

export async function writeIncidents(client: RawClient, rnd: Random, plan: IncidentPlan): Promise<IncidentFigures> {
  const started = performance.now();
  const { count, timeline, gazetteer, units } = plan;
  const batch = plan.batch ?? DEFAULT_BATCH;
  const firstId = (await maxId(client, 'incidents')) + 1;
  const regency = regencySampler(gazetteer);
  // Sorted, so ids grow with time as on a desk (8 bytes a report: 80 MB at ten million).
  const times = new Float64Array(count);
  for (let index = 0; index < count; index++) times[index] = Math.floor(occurredAt(rnd, timeline));
  times.sort();
  const out = tableBuffers(client, [{ table: 'incidents', columns: INCIDENT_COLUMNS }, { table: 'incident_transitions', columns: TRANSITION_COLUMNS }]);
  const now = timeline.now;
  let open = 0;
  for (let index = 0; index < count; index++) {
    const id = firstId + index;
    const occurred = times[index]!;
    // Known a minute before "now" at the latest, as its occurrence is.
    const known = Math.floor(Math.min(now - 60_000, occurred + rnd.next() ** 3 * 2 * DAY_MS));
    const where = regency(rnd);
    const regionCode = regionIn(rnd, where);
    const category = rnd.weighted(CATEGORY_WEIGHTS);
    let status = statusForAge(rnd, (now - occurred) / DAY_MS);
    // The first report of a run has nothing earlier of this run to repeat.
    if (status === 'duplikat' && id === firstId) status = 'ditolak';
    if (!CLOSED_STATUSES.includes(status)) open++;
    const moves = movesTo(rnd, status, known, now);
    const near = unitsNear(units, regionCode);
    const duplicateOf = status === 'duplikat' ? id - 1 - rnd.int(Math.min(id - firstId, 50)) : null;
    let referredUnit: number | null = null;
    for (const move of moves) {
      const unit = move.action === 'teruskan' && near.length ? rnd.pick(near).id : null;
      if (unit !== null) referredUnit = unit;
      out.add('incident_transitions', [id, move.action, move.from, move.to, move.reason, unit, move.action === 'tandai_duplikat' ? duplicateOf : null, DEMO_ACTOR, new Date(move.at)]);
    }
    const place = gazetteer.names.get(where.code) ?? where.name;
    const description = describeIncident(rnd, category, place);
    // The reference's year is the year it became known in its own zone, as the intake numbers it.
    const year = new Date(known + UTC_OFFSET_HOURS[where.timeZone] * 3_600_000).getUTCFullYear();
    const anonymous = rnd.chance(0.2);
    const updated = moves.length ? moves[moves.length - 1]!.at : known;
    out.add('incidents', [
      id, `INS-${year}-${String(id).padStart(6, '0')}`, category, plan.regime, description, new Date(occurred), new Date(known), regionCode, null, null,
      rnd.chance(0.3) ? `TPS ${String(1 + rnd.int(40)).padStart(3, '0')}` : null, rnd.weighted(SEVERITY_WEIGHTS), rnd.weighted(CHANNEL_WEIGHTS),
      anonymous || rnd.chance(0.3) ? null : `Pelapor ${id}`, anonymous ? null : `08${String(1_000_000_000 + rnd.int(899_999_999))}`, anonymous, status,
      duplicateOf, referredUnit, new Date(known), new Date(updated), 1 + moves.length,
    ]);
    if (out.pending('incidents') >= batch || index === count - 1) {
      await out.flush();
      plan.onBatch?.(index + 1, out.written('incidents') + out.written('incident_transitions'));
    }
  }
  await syncSerial(client, 'incidents');
  return { count, open, transitions: out.written('incident_transitions'), firstId, lastId: firstId + count - 1, ms: performance.now() - started };
}
