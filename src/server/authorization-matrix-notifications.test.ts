import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUnit, openTestApp, requestAs, signInAll, type TestUser } from '../../test/helpers.js';

/**
 * The authorization matrix of notifications (issue 7): every role × a unit inside Bali (Bawaslu
 * Bangli, 51.06) and one outside (KPU Lombok Barat, 52.01). The rules (src/modules/notifications):
 * channels and failed deliveries belong to administrators and coordinators over the unit; a unit's
 * notifications are read by its own people and by administrators and coordinators over it. Outside
 * one's scope is 404; inside it without the role, 403; signed out, 401.
 */
type Who = 'admin' | 'bali' | 'ntb' | 'officer' | 'viewer' | 'reporter' | 'anonymous';
const WHO: Who[] = ['admin', 'bali', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];
type Where = 'inside' | 'outside';
const WHERE: Where[] = ['inside', 'outside'];

/** Status per target for the channel and delivery endpoints (the desk's business). */
const MANAGE: Record<Who, [number, number]> = {
  admin: [200, 200], bali: [200, 404], ntb: [404, 200], officer: [403, 404], viewer: [403, 404], reporter: [404, 404], anonymous: [401, 401],
};
/** Whether the caller reads each unit's notifications (list and mark read). */
const READS: Record<Who, [boolean, boolean] | 401> = {
  admin: [true, true], bali: [true, false], ntb: [false, true], officer: [true, false], viewer: [false, false], reporter: [false, false], anonymous: 401,
};
/** The failures list: who gets it, and what it shows. */
const FAILURES: Record<Who, [boolean, boolean] | number> = {
  admin: [true, true], bali: [true, false], ntb: [false, true], officer: 403, viewer: 403, reporter: 403, anonymous: 401,
};

let ctx: Awaited<ReturnType<typeof openTestApp>>;
let sessions: Partial<Record<Who, string>>;
const units = {} as Record<Where, number>;

beforeAll(async () => {
  ctx = await openTestApp();
  units.inside = await createTestUnit(ctx.database, 'BAWASLU', '51.06', 'Bawaslu Kabupaten Bangli');
  units.outside = await createTestUnit(ctx.database, 'KPU', '52.01', 'KPU Kabupaten Lombok Barat');
  const password = 'notification matrix password';
  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    admin: { email: 'admin@ntm.id', password, role: 'admin', scopeRegionCode: null },
    bali: { email: 'bali@ntm.id', password, role: 'coordinator', scopeRegionCode: '51' },
    ntb: { email: 'ntb@ntm.id', password, role: 'coordinator', scopeRegionCode: '52' },
    officer: { email: 'officer@ntm.id', password, role: 'officer', scopeRegionCode: '51.06', unitId: units.inside },
    viewer: { email: 'viewer@ntm.id', password, role: 'viewer', scopeRegionCode: '51' },
    reporter: { email: 'reporter@ntm.id', password, role: 'reporter', scopeRegionCode: '51.06' },
  };
  sessions = await signInAll(ctx.app, ctx.database, users);
});
afterAll(async () => ctx?.close());

const as = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => requestAs(ctx.app, sessions[who], method, url, payload);
const ok = (expected: number, success: number) => (expected === 200 ? success : expected);

let sequence = 0;
async function channel(where: Where): Promise<number> {
  const response = await as('admin', 'POST', `/units/${units[where]}/notification-channels`, { kind: 'email', target: `piket${++sequence}@desk.go.id` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** A notification of the unit, with one delivery through a channel of it, made failed. */
async function failedDelivery(where: Where): Promise<{ notificationId: number; deliveryId: number }> {
  await channel(where);
  const raised = await ctx.database.db.transaction((tx) => ctx.services.notifications.raise(tx, {
    unitId: units[where], kind: 'alert', dedupeKey: `matrix:${++sequence}`, regionCode: where === 'inside' ? '51.06' : '52.01', payload: { summary: 'Uji matriks' },
  }));
  const rows = await ctx.database.db.execute<{ id: number }>(sql`
    update notification_deliveries set status = 'failed', attempts = 6, last_error = 'HTTP 500' where notification_id = ${raised!.notificationId} returning id`);
  return { notificationId: raised!.notificationId, deliveryId: Number(rows.rows[0]!.id) };
}

describe('notification channels authorization matrix', () => {
  it.each(WHO)('GET, POST /units/:id/notification-channels, PATCH and DELETE /notification-channels/:id as %s', async (who) => {
    for (const [i, where] of WHERE.entries()) {
      const expected = MANAGE[who][i]!;
      expect((await as(who, 'GET', `/units/${units[where]}/notification-channels`)).statusCode, `GET ${where}`).toBe(expected);
      const created = await as(who, 'POST', `/units/${units[where]}/notification-channels`, { kind: 'webhook', target: 'https://gateway.example.id/sms' });
      expect(created.statusCode, `POST ${where}: ${created.body}`).toBe(ok(expected, 201));
      const id = await channel(where);
      expect((await as(who, 'PATCH', `/notification-channels/${id}`, { active: false })).statusCode, `PATCH ${where}`).toBe(expected);
      expect((await as(who, 'DELETE', `/notification-channels/${id}`)).statusCode, `DELETE ${where}`).toBe(ok(expected, 204));
    }
  });
});

describe('notifications authorization matrix', () => {
  it.each(WHO)('GET /notifications and POST /notifications/:id/read as %s', async (who) => {
    const made = { inside: await failedDelivery('inside'), outside: await failedDelivery('outside') };
    const listed = await as(who, 'GET', '/notifications?limit=200');
    const reads = READS[who];
    if (reads === 401) {
      expect(listed.statusCode).toBe(401);
      expect((await as(who, 'POST', `/notifications/${made.inside.notificationId}/read`)).statusCode).toBe(401);
      return;
    }
    expect(listed.statusCode, listed.body).toBe(200);
    const ids = (listed.json().items as { id: number }[]).map((item) => item.id);
    for (const [i, where] of WHERE.entries()) {
      expect(ids.includes(made[where].notificationId), where).toBe(reads[i]);
      expect((await as(who, 'POST', `/notifications/${made[where].notificationId}/read`)).statusCode, where).toBe(reads[i] ? 204 : 404);
    }
  });
});

describe('failed deliveries authorization matrix', () => {
  it.each(WHO)('GET /notification-deliveries, POST retry and dismiss as %s', async (who) => {
    const made = { inside: await failedDelivery('inside'), outside: await failedDelivery('outside') };
    const listed = await as(who, 'GET', '/notification-deliveries?status=failed&limit=200');
    const failures = FAILURES[who];
    if (typeof failures === 'number') expect(listed.statusCode).toBe(failures);
    else {
      expect(listed.statusCode, listed.body).toBe(200);
      const ids = (listed.json().items as { id: number }[]).map((item) => item.id);
      for (const [i, where] of WHERE.entries()) expect(ids.includes(made[where].deliveryId), where).toBe(failures[i]);
    }
    for (const [i, where] of WHERE.entries()) {
      const expected = MANAGE[who][i]!;
      expect((await as(who, 'POST', `/notification-deliveries/${made[where].deliveryId}/retry`)).statusCode, `retry ${where}`).toBe(expected);
      const other = await failedDelivery(where);
      expect((await as(who, 'POST', `/notification-deliveries/${other.deliveryId}/dismiss`)).statusCode, `dismiss ${where}`).toBe(expected);
    }
  });
});
