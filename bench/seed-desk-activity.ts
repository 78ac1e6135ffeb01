import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { UTC_OFFSET_HOURS } from '../src/domain/regions/timezones.js';
import { createObligations } from '../src/modules/political-reports/obligations.js';
import { copyRows, DAY_MS, localDay, provinceTable, syncSerial, type Cell, type Gazetteer, type Random, type Units } from './seed-desk-tools.js';

/**
 * The rest of a desk's year around its incidents: coordination meetings with invitations, attendance
 * and action items (some overdue), early-warning alerts, integrity-pact campaigns and the political
 * reports owed by every kabupaten/kota and province. Bulk rows go in by COPY; owed political reports
 * are materialised by the product's own obligations code, then given their states.
 */

const TITLES = [
  'Rakor Kesiapan Pengamanan Pilkada', 'Rapat Evaluasi Distribusi Logistik', 'Monev Netralitas ASN', 'Rakornis Pemetaan TPS Rawan',
  'Sosialisasi Pencegahan Politik Uang', 'Bimtek Pengawas Ad Hoc', 'Rakor Penanganan Hoaks Pilkada', 'Apel Deklarasi Pilkada Damai',
];
const KIND_OF_TITLE = ['rakor', 'monev', 'monev', 'rakornis', 'sosialisasi', 'bimtek', 'rakor', 'apel_deklarasi'] as const;
const ITEMS = ['Laporan kesiapan logistik', 'Pemetaan TPS rawan', 'Patroli siber terhadap hoaks', 'Sosialisasi netralitas ASN', 'Rekap pengaduan masyarakat', 'Koordinasi pengamanan gudang'];

type DeskUnit = { id: number; agency: string };

export interface ActivityFigures {
  meetings: number;
  invitations: number;
  actionItems: number;
  overdueActionItems: number;
  alerts: number;
  pactCampaigns: number;
  pactTargets: number;
  politicalReports: number;
  ms: number;
}

/** When something happened in the last year: more of it recently. */
const recent = (rnd: Random, now: number, skew = 1.6) => now - 365 * DAY_MS * rnd.next() ** skew;

async function seedMeetings(database: Database, rnd: Random, gazetteer: Gazetteer, units: Units, now: Date, count: number) {
  const provinces = provinceTable(gazetteer);
  const meetings: Cell[][] = [];
  const regions: Cell[][] = [];
  const invitations: Cell[][] = [];
  const items: Cell[][] = [];
  let overdue = 0;
  for (let id = 1; id <= count; id++) {
    const province = rnd.weighted(provinces);
    const regency = rnd.chance(0.7) && province.regencies.length ? rnd.pick(province.regencies).code : null;
    const regionCode = regency ?? province.code;
    const local: DeskUnit[] = units.at.get(regionCode) ?? [];
    const organiser = local.find((u) => u.agency === 'KESBANGPOL') ?? local[0]!;
    // A working-hours start (08:00–14:00 local) on a day of the last year, some in the coming weeks.
    const day = rnd.chance(0.05) ? now.getTime() + rnd.int(21) * DAY_MS : recent(rnd, now.getTime());
    const offset = UTC_OFFSET_HOURS[province.timeZone];
    const starts = new Date(Date.parse(`${localDay(new Date(day), offset)}T00:00:00Z`) + (8 + rnd.int(7) - offset) * 3_600_000);
    const ends = new Date(starts.getTime() + (2 + rnd.int(3)) * 3_600_000);
    const which = rnd.int(TITLES.length);
    const place = gazetteer.names.get(regionCode) ?? province.name;
    meetings.push([id, KIND_OF_TITLE[which]!, `${TITLES[which]} ${place}`, organiser.id, regency ? 'kabupaten_kota' : 'provinsi', starts, ends, province.timeZone,
      `Aula ${organiser.agency} ${place}`, rnd.pick(['luring', 'luring', 'daring', 'hybrid']), ['UU 10/2016'], starts, starts]);
    regions.push([id, regionCode]);
    const past = starts.getTime() < now.getTime();
    const invited = [...local.filter((u) => u.id !== organiser.id), ...(regency ? (units.at.get(province.code) ?? []).slice(0, 2) : [])];
    for (const unit of invited) {
      const rsvp = past ? rnd.weighted([['accepted', 80], ['declined', 10], ['tentative', 5], ['pending', 5]] as const) : rnd.weighted([['pending', 50], ['accepted', 40], ['tentative', 10]] as const);
      invitations.push([id, unit.id, rsvp, past && rsvp === 'accepted' && rnd.chance(0.9) ? new Date(starts.getTime() - rnd.int(30) * 60_000) : null]);
    }
    if (!past) continue;
    for (let n = 2 + rnd.int(3); n > 0; n--) {
      const due = new Date(starts.getTime() + (7 + rnd.int(40)) * DAY_MS);
      const dueDay = localDay(due, offset);
      const late = dueDay < localDay(now, offset);
      const status = late
        ? rnd.weighted([['done', 82], ['cancelled', 6], ['open', 8], ['in_progress', 4]] as const)
        : rnd.weighted([['open', 60], ['in_progress', 30], ['done', 10]] as const);
      if (late && (status === 'open' || status === 'in_progress')) overdue++;
      items.push([id, `${rnd.pick(ITEMS)} ${place}`, rnd.pick(invited.length ? invited : [organiser]).id, dueDay, status, starts, starts]);
    }
  }
  await copyRows(database, 'meetings', ['id', 'kind', 'title', 'organiser_unit_id', 'level', 'starts_at', 'ends_at', 'time_zone', 'venue', 'mode', 'legal_basis', 'created_at', 'updated_at'], meetings);
  await syncSerial(database, 'meetings');
  await copyRows(database, 'meeting_regions', ['meeting_id', 'region_code'], regions);
  await copyRows(database, 'meeting_invitations', ['meeting_id', 'unit_id', 'rsvp', 'attended_at'], invitations);
  await copyRows(database, 'action_items', ['meeting_id', 'title', 'owner_unit_id', 'due_date', 'status', 'created_at', 'updated_at'], items);
  return { meetings: count, invitations: invitations.length, actionItems: items.length, overdueActionItems: overdue };
}

async function seedAlerts(database: Database, rnd: Random, gazetteer: Gazetteer, now: Date, count: number, incidents: number): Promise<number> {
  const rules = await database.db.execute<{ id: number; kind: string; hours: number }>(sql`
    insert into alert_rules (name, kind, params, created_at, updated_at) values
      ('Lonjakan laporan per kabupaten/kota', 'spike', '{"hours":24,"level":"regency","factor":3,"baselineDays":28,"minCount":5}', ${now.toISOString()}, ${now.toISOString()}),
      ('Laporan kritis', 'severity', '{"hours":24,"level":"regency","minSeverity":"kritis"}', ${now.toISOString()}, ${now.toISOString()}),
      ('Kluster laporan berdekatan', 'cluster', '{"hours":48,"level":"regency","radiusKm":5,"minReports":4}', ${now.toISOString()}, ${now.toISOString()})
    returning id, kind, (params->>'hours')::int as hours`);
  const provinces = provinceTable(gazetteer);
  const seen = new Set<string>();
  const rows: Cell[][] = [];
  while (rows.length < count) {
    const rule = rnd.pick(rules.rows);
    const province = rnd.weighted(provinces);
    const region = province.regencies.length ? rnd.pick(province.regencies).code : province.code;
    const at = recent(rnd, now.getTime(), 2.5);
    const hours = Number(rule.hours);
    const fingerprint = `r${rule.id}:${region}:${hours}h:${Math.floor(at / (hours * 3_600_000))}`;
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const ageDays = (now.getTime() - at) / DAY_MS;
    const status = ageDays < 3 ? rnd.weighted([['baru', 60], ['diakui', 40]] as const)
      : ageDays < 14 ? rnd.weighted([['baru', 20], ['diakui', 40], ['selesai', 40]] as const)
        : rnd.weighted([['selesai', 90], ['diakui', 10]] as const);
    const ids = Array.from({ length: 1 + rnd.int(5) }, () => 1 + rnd.int(incidents));
    const triggered = new Date(at);
    const later = new Date(Math.min(now.getTime(), at + rnd.int(48) * 3_600_000));
    rows.push([Number(rule.id), fingerprint, region, null, status, JSON.stringify({ count: ids.length, hours }), [...new Set(ids)], triggered,
      status === 'baru' ? null : later, status === 'selesai' ? later : null, later]);
  }
  await copyRows(database, 'alerts', ['rule_id', 'fingerprint', 'region_code', 'category', 'status', 'details', 'incident_ids', 'triggered_at', 'acknowledged_at', 'closed_at', 'updated_at'], rows);
  return rows.length;
}

async function seedPacts(database: Database, rnd: Random, gazetteer: Gazetteer, now: Date, campaigns: number) {
  const provinces = provinceTable(gazetteer);
  const campaignRows: Cell[][] = [];
  const targets: Cell[][] = [];
  for (let id = 1; id <= campaigns; id++) {
    const province = rnd.weighted(provinces);
    const regency = rnd.chance(0.6) && province.regencies.length ? rnd.pick(province.regencies) : null;
    const regionCode = regency?.code ?? province.code;
    const deadline = new Date(now.getTime() + (rnd.int(90) - 60) * DAY_MS);
    campaignRows.push([id, `Pakta Integritas Netralitas ASN ${gazetteer.names.get(regionCode) ?? province.name}`, 'SKB Netralitas ASN 2024', regionCode, deadline, now, now]);
    const districts = province.districts.filter((code) => code.startsWith(`${regionCode}.`));
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
  await copyRows(database, 'pact_campaigns', ['id', 'title', 'legal_basis', 'region_code', 'deadline', 'created_at', 'updated_at'], campaignRows);
  await syncSerial(database, 'pact_campaigns');
  await copyRows(database, 'pact_targets', ['campaign_id', 'name', 'kind', 'region_code', 'state', 'submitted_at', 'created_at'], targets);
  return { campaigns, targets: targets.length };
}

/** Monthly reports from every kabupaten/kota, quarterly ones from every province, since January 2024. */
async function seedPoliticalReports(database: Database, now: Date): Promise<number> {
  const template = await database.db.execute<{ id: number }>(sql`select id from political_report_templates where kind = 'periodik' and active order by id limit 1`);
  const templateId = template.rows[0]?.id;
  if (templateId === undefined) return 0;
  await database.db.execute(sql`
    insert into political_report_schedules (template_id, level, region_code, period, due_days, starts_on, created_at) values
      (${templateId}, 'kabkota', null, 'bulanan', 10, '2024-01-01', ${now.toISOString()}),
      (${templateId}, 'provinsi', null, 'triwulanan', 15, '2024-01-01', ${now.toISOString()})`);
  await createObligations(database.db, { now: () => now }).ensure();
  // States from a hash of the id: reproducible, and spread evenly over regions and periods.
  const at = now.toISOString();
  await database.db.execute(sql`
    update political_reports set
      state = case when due_at < ${at}::timestamptz then
                case when mod(id * 7919, 100) < 78 then 'diterima' when mod(id * 7919, 100) < 88 then 'terkirim' else 'belum' end
              else case when mod(id * 7919, 100) < 30 then 'terkirim' when mod(id * 7919, 100) < 50 then 'draf' else 'belum' end end,
      current_version = case when due_at >= ${at}::timestamptz and mod(id * 7919, 100) >= 50 then 0
                             when due_at < ${at}::timestamptz and mod(id * 7919, 100) >= 88 then 0 else 1 end`);
  await database.db.execute(sql`
    update political_reports set submitted_at = least(${at}::timestamptz,
      case when mod(id * 31, 100) < 80 then due_at - interval '2 days' else due_at + interval '4 days' end)
    where state in ('terkirim', 'diterima')`);
  await database.db.execute(sql`
    insert into political_report_versions (report_id, number, sections, summary, created_at, submitted_at)
    select id, 1, '{}'::jsonb, 'Situasi politik dan keamanan kondusif.', coalesce(submitted_at, ${at}::timestamptz), submitted_at
    from political_reports where current_version = 1`);
  const total = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from political_reports`);
  return Number(total.rows[0]?.n ?? 0);
}

export async function seedActivity(database: Database, rnd: Random, gazetteer: Gazetteer, units: Units, now: Date, counts: { meetings: number; alerts: number; pactCampaigns: number; incidents: number }): Promise<ActivityFigures> {
  const started = performance.now();
  const meetings = await seedMeetings(database, rnd, gazetteer, units, now, counts.meetings);
  const alerts = await seedAlerts(database, rnd, gazetteer, now, counts.alerts, counts.incidents);
  const pacts = await seedPacts(database, rnd, gazetteer, now, counts.pactCampaigns);
  const politicalReports = await seedPoliticalReports(database, now);
  return { ...meetings, alerts, pactCampaigns: pacts.campaigns, pactTargets: pacts.targets, politicalReports, ms: performance.now() - started };
}
