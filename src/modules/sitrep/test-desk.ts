import { sql } from 'drizzle-orm';
import { createTestUnit, openTestApp, requestAs, signInAll } from '../../../test/helpers.js';
import type { Clock } from '../../services.js';

/**
 * A desk for the situation report's tests: accounts across Bali (51) and NTB (52), a Kesbangpol
 * office of Bali with its letterhead, and hand-counted incidents. Open in Bali: 3 (politik uang 2,
 * netralitas ASN 1; severities tinggi 1, sedang 1, rendah 1); a rejected one and one in NTB are not.
 */
export const SITREP_USERS = {
  admin: { email: 'sitrep-admin@desk.go.id', password: 'sitrep admin password', role: 'admin', scopeRegionCode: null },
  bali: { email: 'sitrep-bali@desk.go.id', password: 'sitrep bali password', role: 'coordinator', scopeRegionCode: '51' },
  bangli: { email: 'sitrep-bangli@desk.go.id', password: 'sitrep bangli password', role: 'coordinator', scopeRegionCode: '51.06' },
  ntb: { email: 'sitrep-ntb@desk.go.id', password: 'sitrep ntb password', role: 'coordinator', scopeRegionCode: '52' },
  officer: { email: 'sitrep-officer@desk.go.id', password: 'sitrep officer password', role: 'officer', scopeRegionCode: '51' },
  viewer: { email: 'sitrep-viewer@desk.go.id', password: 'sitrep viewer password', role: 'viewer', scopeRegionCode: '51' },
  reporter: { email: 'sitrep-reporter@desk.go.id', password: 'sitrep reporter password', role: 'reporter', scopeRegionCode: '51' },
} as const;
export type Who = keyof typeof SITREP_USERS;

export const KESBANGPOL_LINES = ['PEMERINTAH PROVINSI BALI', 'BADAN KESATUAN BANGSA DAN POLITIK'];
export const BAWASLU_LINES = ['BADAN PENGAWAS PEMILIHAN UMUM', 'PROVINSI BALI'];

let serial = 0;

export async function openSitrepDesk(clock: Clock) {
  const desk = await openTestApp(clock);
  const { app, database } = desk;
  const kesbangpol = await createTestUnit(database, 'KESBANGPOL', '51', 'Badan Kesbangpol Provinsi Bali');
  await database.db.execute(sql`insert into unit_letterheads (unit_id, lines, address) values (${kesbangpol}, array[${sql.join(KESBANGPOL_LINES.map((l) => sql`${l}`), sql`, `)}]::text[], 'Jl. Ir. H. Juanda, Renon, Denpasar')`);
  // The officer works for Bawaslu Bali, whose own letterhead heads what the officer makes.
  const bawaslu = await createTestUnit(database, 'BAWASLU', '51', 'Bawaslu Provinsi Bali');
  await database.db.execute(sql`insert into unit_letterheads (unit_id, lines, address) values (${bawaslu}, array[${sql.join(BAWASLU_LINES.map((l) => sql`${l}`), sql`, `)}]::text[], null)`);
  const users = Object.fromEntries(Object.entries(SITREP_USERS).map(([who, user]) => [who, { ...user }])) as { -readonly [K in Who]: (typeof SITREP_USERS)[K] & { unitId?: number } };
  (users.officer as { unitId?: number }).unitId = bawaslu;
  const cookies = await signInAll(app, database, users as Record<Who, (typeof SITREP_USERS)[Who]>);

  async function incident(category: string, regionCode: string, severity: string, occurredAt: string, status = 'baru') {
    serial += 1;
    await database.db.execute(sql`
      insert into incidents (reference, category, regime, description, occurred_at, known_at, region_code, severity, channel, status)
      values (${`SIT-${serial}`}, ${category}, 'pilkada', ${`Kejadian uji situasi nomor ${serial} di wilayah ${regionCode}`}, ${occurredAt}, ${occurredAt}, ${regionCode}, ${severity}, 'web', ${status})`);
  }
  await incident('politik_uang', '51.06', 'tinggi', '2024-11-25T02:00:00Z');
  await incident('politik_uang', '51.71', 'sedang', '2024-11-26T01:00:00Z');
  await incident('netralitas_asn', '51.06', 'rendah', '2024-11-26T03:00:00Z');
  await incident('politik_uang', '51.06', 'tinggi', '2024-11-24T05:00:00Z', 'ditolak');
  await incident('politik_uang', '52.01', 'kritis', '2024-11-26T02:00:00Z');

  return {
    ...desk,
    cookies,
    kesbangpol,
    bawaslu,
    call: (who: Who | null, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers?: Record<string, string>) =>
      requestAs(app, who === null ? undefined : cookies[who], method, url, body, headers),
  };
}

export type SitrepDesk = Awaited<ReturnType<typeof openSitrepDesk>>;
