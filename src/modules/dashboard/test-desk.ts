/**
 * A small, hand-counted desk for the dashboard tests: Bali (WITA) and NTB (WITA), with one Jakarta
 * (WIB) report for the national view; incidents, alerts, action items, pacts and media articles
 * written straight into their tables so each panel's figures can be counted by hand. Not a test file.
 */
import { sql } from 'drizzle-orm';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../../test/helpers.js';
import type { Clock } from '../../services.js';

export type Who = 'admin' | 'bali' | 'bangli' | 'ntb' | 'officer' | 'viewer' | 'reporter';

/** Tuesday 26 November 2024, 10:00 WITA (09:00 WIB): the last day of the quiet period, the day before the Pilkada vote. */
export const NOW = new Date('2024-11-26T02:00:00Z');

/**
 * The reports. WITA days are UTC+8, WIB days UTC+7. Bali's 14-day window is 13–26 Nov WITA,
 * [12 Nov 16:00Z, 26 Nov 16:00Z); the national one is 13–26 Nov WIB, [12 Nov 17:00Z, 26 Nov 17:00Z).
 */
export const INCIDENTS = [
  // key, category, severity, status, region, occurred (UTC)         WITA day  WIB day
  ['B1', 'politik_uang', 'tinggi', 'baru', '51.06', '2024-11-25T16:30:00Z'], // 26 Nov    25 Nov
  ['B2', 'politik_uang', 'sedang', 'terverifikasi', '51.71', '2024-11-25T15:30:00Z'], // 25 Nov  25 Nov
  ['B3', 'hoaks', 'rendah', 'baru', '51.06', '2024-11-20T02:00:00Z'], // 20 Nov    20 Nov
  ['B4', 'politik_uang', 'tinggi', 'ditolak', '51.06', '2024-11-24T04:00:00Z'], // 24 Nov (closed)
  ['B5', 'hoaks', 'sedang', 'baru', '51.71', '2024-11-01T00:00:00Z'], // 1 Nov: open, outside the window
  ['B6', 'politik_uang', 'rendah', 'baru', '51.06', '2024-11-12T16:00:00Z'], // 13 Nov 00:00 WITA (first day)  12 Nov WIB (outside)
  ['B7', 'politik_uang', 'rendah', 'baru', '51.06', '2024-11-12T15:59:00Z'], // 12 Nov 23:59 WITA: outside
  ['N1', 'politik_uang', 'tinggi', 'baru', '52.01', '2024-11-25T16:30:00Z'], // 26 Nov    25 Nov
  ['N2', 'hoaks', 'rendah', 'baru', '52.01', '2024-11-26T01:00:00Z'], // 26 Nov    26 Nov
  ['J1', 'politik_uang', 'tinggi', 'baru', '31.71', '2024-11-25T16:30:00Z'], // (WIB)     25 Nov
] as const;

export async function openDashboardDesk(clock: Clock = { now: () => NOW }) {
  const ctx = await openTestApp(clock);
  const db = ctx.database;
  const units = {
    bawasluBangli: await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli'),
    kpuLombok: await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat'),
  };
  const password = 'dashboard desk password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@dasbor.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@dasbor.id', password, role: 'coordinator', scopeRegionCode: '51' },
    bangli: { email: 'bangli@dasbor.id', password, role: 'coordinator', scopeRegionCode: '51.06' },
    ntb: { email: 'ntb@dasbor.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@dasbor.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.bawasluBangli },
    viewer: { email: 'viewer@dasbor.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@dasbor.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  const sessions = await signInAll(ctx.app, db, users);
  const call = (who: Who | null, url: string) => requestAs(ctx.app, who ? sessions[who] : undefined, 'GET', url);
  const run = (query: ReturnType<typeof sql>) => db.db.execute(query);

  const ids: Record<string, number> = {};
  for (const [key, category, severity, status, region, occurred] of INCIDENTS) {
    const rows = await run(sql`
      insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, severity, channel, status)
      values (${`DSB-${key}`}, ${category}, 'pilkada', ${`Laporan uji dasbor ${key}`}, ${occurred}, ${occurred}, ${region}, ${severity}, 'web', ${status})
      returning id`);
    ids[key] = Number(rows.rows[0]!.id);
  }

  // Alerts: two open in Bali (baru, diakui), one closed in Bali, one open in NTB.
  const rule = Number((await run(sql`
    insert into alert_rules (name, kind, params) values ('Lonjakan politik uang', 'spike', '{}'::jsonb) returning id`)).rows[0]!.id);
  for (const [key, region, status, at] of [
    ['A1', '51.06', 'baru', '2024-11-25T20:00:00Z'], ['A2', '51', 'diakui', '2024-11-25T10:00:00Z'],
    ['A3', '51.71', 'selesai', '2024-11-24T10:00:00Z'], ['A4', '52.01', 'baru', '2024-11-25T21:00:00Z'],
  ] as const) {
    ids[key] = Number((await run(sql`
      insert into alerts (rule_id, fingerprint, region_code, category, status, details, triggered_at)
      values (${rule}, ${`dasbor-${key}`}, ${region}, 'politik_uang', ${status}, '{}'::jsonb, ${at}) returning id`)).rows[0]!.id);
  }

  // Action items: in Bangli two overdue (due 20 and 25 Nov, still open/in progress), one due today, one done, one undated; one overdue in NTB.
  const meeting = async (unit: number, zone: string) => Number((await run(sql`
    insert into meetings (kind, title, organiser_unit_id, level, starts_at, time_zone)
    values ('rakor', 'Rapat koordinasi pengawasan masa tenang', ${unit}, 'kabupaten_kota', '2024-11-10T02:00:00Z', ${zone}) returning id`)).rows[0]!.id);
  const bangliMeeting = await meeting(units.bawasluBangli, 'WITA');
  const lombokMeeting = await meeting(units.kpuLombok, 'WITA');
  for (const [key, meetingId, unit, due, status] of [
    ['I1', bangliMeeting, units.bawasluBangli, '2024-11-20', 'open'], ['I2', bangliMeeting, units.bawasluBangli, '2024-11-25', 'in_progress'],
    ['I3', bangliMeeting, units.bawasluBangli, '2024-11-26', 'open'], ['I4', bangliMeeting, units.bawasluBangli, '2024-11-01', 'done'],
    ['I5', bangliMeeting, units.bawasluBangli, null, 'open'], ['I6', lombokMeeting, units.kpuLombok, '2024-11-01', 'open'],
  ] as const) {
    ids[key] = Number((await run(sql`
      insert into action_items (meeting_id, title, owner_unit_id, due_date, status)
      values (${meetingId}, ${`Tindak lanjut ${key}: patroli pengawasan`}, ${unit}, ${due}, ${status}) returning id`)).rows[0]!.id);
  }

  // Pacts: Bangli's campaign closed on 20 Nov (1 verified, 1 sent, 2 missing), Bali's open until 10 Dec (1 verified, 1 missing); Lombok's closed (1 missing).
  const campaign = async (region: string, deadline: string) => Number((await run(sql`
    insert into pact_campaigns (title, region_code, deadline) values (${`Pakta integritas ${region}`}, ${region}, ${deadline}) returning id`)).rows[0]!.id);
  const bangliCampaign = await campaign('51.06', '2024-11-20T15:59:00Z');
  const baliCampaign = await campaign('51', '2024-12-10T15:59:00Z');
  const lombokCampaign = await campaign('52.01', '2024-11-20T15:59:00Z');
  for (const [name, campaignId, region, state, submitted] of [
    ['Dinas Pendidikan', bangliCampaign, '51.06', 'diverifikasi', '2024-11-15T02:00:00Z'], ['Dinas Kesehatan', bangliCampaign, '51.06', 'terkirim', '2024-11-18T02:00:00Z'],
    ['Dinas Sosial', bangliCampaign, '51.06', 'belum', null], ['Camat Susut', bangliCampaign, '51.06', 'belum', null],
    ['Biro Pemerintahan', baliCampaign, '51', 'diverifikasi', '2024-11-21T02:00:00Z'], ['Biro Hukum', baliCampaign, '51', 'belum', null],
    ['Dinas Pertanian', lombokCampaign, '52.01', 'belum', null],
  ] as const) {
    await run(sql`
      insert into pact_targets (campaign_id, name, kind, region_code, state, submitted_at)
      values (${campaignId}, ${name}, 'perangkat_daerah', ${region}, ${state}, ${submitted})`);
  }

  // Media: in the last 24 hours one Bali article and one NTB article count, a dismissed Bali one does not; an older Bali one is not new.
  for (const [key, region, name, state, created] of [
    ['M1', '51.06', 'Bangli', 'baru', '2024-11-25T20:00:00Z'], ['M2', '51.06', 'Bangli', 'baru', '2024-11-24T00:00:00Z'],
    ['M3', '52.01', 'Lombok Barat', 'baru', '2024-11-25T22:00:00Z'], ['M4', '51.71', 'Denpasar', 'diabaikan', '2024-11-25T23:00:00Z'],
  ] as const) {
    const fields = JSON.stringify({ regions: [{ code: region, name }], threats: [] });
    const id = Number((await run(sql`
      insert into media_articles (title, body, origin, text_hash, simhash, extraction, extractor_version, fields, event_type, state, created_at, updated_at)
      values (${`Berita uji ${key}`}, ${`Panwaslu ${name} menggelar patroli masa tenang (${key}).`}, 'paste', ${`dasbor-${key}`}, 0, '{}'::jsonb, 'uji',
        ${fields}::jsonb, 'pengamanan', ${state}, ${created}, ${created}) returning id`)).rows[0]!.id);
    await run(sql`insert into media_article_regions (article_id, region_code) values (${id}, ${region})`);
    ids[key] = id;
  }

  return { ...ctx, units, sessions, call, ids };
}
