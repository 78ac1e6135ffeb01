/**
 * A small desk for the incident module tests: Bali's units and accounts, one NTB coordinator, and a
 * Polda NTB officer (a receiving unit outside Bali). Not a test file: the module's tests share it.
 */
import { sql } from 'drizzle-orm';
import { createTestUnit, openTestApp, requestAs, signIn, signInAll, type TestUser } from '../../../test/helpers.js';
import type { Clock } from '../../services.js';

export type Who = 'admin' | 'bali' | 'ntb' | 'officer' | 'poldaNtb' | 'viewer' | 'reporter' | 'reporter2';

/** Apuan, a desa in Susut, Bangli (WITA). */
export const APUAN = '51.06.01.2001';

export async function openIncidentDesk(clock: Clock) {
  const ctx = await openTestApp(clock);
  const db = ctx.database;
  const units = {
    bawasluBangli: await createTestUnit(db, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli'),
    gakkumduBali: await createTestUnit(db, 'GAKKUMDU', '51', 'Sentra Gakkumdu Provinsi Bali'),
    kpuBangli: await createTestUnit(db, 'KPU', '51.06', 'KPU Kabupaten Bangli'),
    kpuLombok: await createTestUnit(db, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat'),
    poldaNtb: await createTestUnit(db, 'POLRI', '52', 'Polda Nusa Tenggara Barat'),
  };
  const password = 'incident desk password';
  const users: Record<Who, TestUser> = {
    admin: { email: 'admin@ins.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@ins.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@ins.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@ins.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.bawasluBangli },
    poldaNtb: { email: 'polda@ins.id', password, role: 'officer', scopeRegionCode: '52', unitId: units.poldaNtb },
    viewer: { email: 'viewer@ins.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@ins.id', password, role: 'reporter', scopeRegionCode: '51.06' },
    reporter2: { email: 'reporter2@ins.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  const sessions = await signInAll(ctx.app, db, users);

  /** New sessions for everyone: after the test clock moved past the sessions' idle expiry. */
  async function signInAgain() {
    for (const [who, user] of Object.entries(users) as [Who, TestUser][]) sessions[who] = await signIn(ctx.app, user.email, user.password);
  }

  function call(who: Who | null, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return requestAs(ctx.app, who ? sessions[who] : undefined, method, url, payload, headers);
  }

  async function auditRows(action: string, entityId?: string) {
    const rows = await db.db.execute<{ entity_id: string; region_code: string | null; changes: unknown }>(sql`
      select entity_id, region_code, changes from audit_log where action = ${action} ${entityId ? sql`and entity_id = ${entityId}` : sql``} order by id`);
    return rows.rows.map((row) => ({ ...row, changes: (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as Record<string, [unknown, unknown]> }));
  }

  async function count(table: 'incidents' | 'incident_transitions' | 'incident_idempotency', where = sql`true`): Promise<number> {
    const rows = await db.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`);
    return Number(rows.rows[0]!.n);
  }

  return { ...ctx, units, sessions, call, auditRows, count, signInAgain };
}

/** A valid report: money politics at Apuan under Pilkada, known at 11:00 WITA on Wednesday 20 November 2024. */
export function report(overrides: Record<string, unknown> = {}) {
  return {
    category: 'politik_uang', regime: 'pilkada', description: 'Tim sukses membagikan amplop berisi uang Rp100.000 kepada warga di banjar.',
    occurredAt: '2024-11-19T12:00:00Z', knownAt: '2024-11-20T03:00:00Z', regionCode: APUAN, latitude: -8.43, longitude: 115.36, tps: 'TPS 003',
    reporterName: 'Ni Luh Sari', reporterContact: '+62 812-3456-7890', ...overrides,
  };
}
