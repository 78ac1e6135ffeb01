import type { RawClient } from '../../db/client.js';
import type { Random } from '../../domain/demo-data/random.js';
import { DAY_MS } from '../../domain/demo-data/timeline.js';
import { copyInto, syncSerial, type Cell } from './bulk.js';
import { provinceTable, type Gazetteer } from './gazetteer.js';
import { recent } from './meetings.js';

/**
 * Early-warning alerts (with the three rules that raise them) and integrity-pact campaigns with
 * their targets: made only on a database without them (a first run), since rules and campaigns are
 * a desk's own set up, not more of the same with every --append.
 */

export async function writeAlerts(client: RawClient, rnd: Random, gazetteer: Gazetteer, now: Date, count: number, incidentIds: { first: number; last: number }): Promise<number> {
  if (count === 0 || incidentIds.last < incidentIds.first) return 0;
  const at = now.toISOString();
  const rules = await client.query<{ id: number; hours: number }>(`
    insert into alert_rules (name, kind, params, created_at, updated_at) values
      ('Lonjakan laporan per kabupaten/kota', 'spike', '{"hours":24,"level":"regency","factor":3,"baselineDays":28,"minCount":5}', $1, $1),
      ('Laporan kritis', 'severity', '{"hours":24,"level":"regency","minSeverity":"kritis"}', $1, $1),
      ('Kluster laporan berdekatan', 'cluster', '{"hours":48,"level":"regency","radiusKm":5,"minReports":4}', $1, $1)
    returning id, (params->>'hours')::int as hours`, [at]);
  const provinces = provinceTable(gazetteer);
  const seen = new Set<string>();
  const rows: Cell[][] = [];
  const span = incidentIds.last - incidentIds.first + 1;
  // Fingerprints are unique: give up on the rest rather than loop when a small desk runs out of them.
  for (let attempts = 0; rows.length < count && attempts < count * 20; attempts++) {
    const rule = rnd.pick(rules);
    const province = rnd.weighted(provinces);
    const region = province.regencies.length ? rnd.pick(province.regencies).code : province.code;
    const raised = recent(rnd, now.getTime(), 2.5);
    const hours = Number(rule.hours);
    const fingerprint = `r${rule.id}:${region}:${hours}h:${Math.floor(raised / (hours * 3_600_000))}`;
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const ageDays = (now.getTime() - raised) / DAY_MS;
    const status = ageDays < 3 ? rnd.weighted([['baru', 60], ['diakui', 40]] as const)
      : ageDays < 14 ? rnd.weighted([['baru', 20], ['diakui', 40], ['selesai', 40]] as const)
        : rnd.weighted([['selesai', 90], ['diakui', 10]] as const);
    const ids = Array.from({ length: 1 + rnd.int(5) }, () => incidentIds.first + rnd.int(span));
    const later = new Date(Math.min(now.getTime(), raised + rnd.int(48) * 3_600_000));
    rows.push([Number(rule.id), fingerprint, region, null, status, JSON.stringify({ count: ids.length, hours }), [...new Set(ids)], new Date(raised),
      status === 'baru' ? null : later, status === 'selesai' ? later : null, later]);
  }
  return copyInto(client, 'alerts', ['rule_id', 'fingerprint', 'region_code', 'category', 'status', 'details', 'incident_ids', 'triggered_at', 'acknowledged_at', 'closed_at', 'updated_at'], rows);
}

export async function writePacts(client: RawClient, rnd: Random, gazetteer: Gazetteer, now: Date, campaigns: number): Promise<{ campaigns: number; targets: number }> {
  const provinces = provinceTable(gazetteer);
  const campaignRows: Cell[][] = [];
  const targets: Cell[][] = [];
  for (let id = 1; id <= campaigns; id++) {
    const province = rnd.weighted(provinces);
    const regency = rnd.chance(0.6) && province.regencies.length ? rnd.pick(province.regencies) : null;
    const regionCode = regency?.code ?? province.code;
    const deadline = new Date(now.getTime() + (rnd.int(90) - 60) * DAY_MS);
    campaignRows.push([id, `Pakta Integritas Netralitas ASN ${gazetteer.names.get(regionCode) ?? province.name}`, 'SKB Netralitas ASN 2024', regionCode, deadline, now, now]);
    const districts = regency ? regency.districts : province.districts;
    const pool = districts.length ? districts : province.regencies.map((r) => r.code);
    const picked = new Set<string>();
    for (let n = 10 + rnd.int(30); n > 0 && picked.size < pool.length; n--) picked.add(rnd.pick(pool));
    for (const code of picked) {
      const passed = deadline.getTime() < now.getTime();
      const state = rnd.weighted(passed ? [['diverifikasi', 60], ['terkirim', 15], ['belum', 20], ['ditolak', 5]] as const : [['diverifikasi', 25], ['terkirim', 20], ['belum', 50], ['ditolak', 5]] as const);
      const submitted = state === 'belum' ? null : new Date(deadline.getTime() - rnd.int(20) * DAY_MS + (rnd.chance(0.15) ? 5 * DAY_MS : 0));
      targets.push([id, `Kantor Camat ${code}`, code.split('.').length === 3 ? 'kecamatan' : 'perangkat_daerah', code, state, submitted && submitted.getTime() > now.getTime() ? now : submitted, now]);
    }
  }
  await copyInto(client, 'pact_campaigns', ['id', 'title', 'legal_basis', 'region_code', 'deadline', 'created_at', 'updated_at'], campaignRows);
  await syncSerial(client, 'pact_campaigns');
  await copyInto(client, 'pact_targets', ['campaign_id', 'name', 'kind', 'region_code', 'state', 'submitted_at', 'created_at'], targets);
  return { campaigns, targets: targets.length };
}
