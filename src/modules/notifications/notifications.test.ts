/**
 * Notifications through the whole stack: a real SMTP server (smtp-server) and a webhook receiver
 * (node:http) run on localhost inside the test; the delivery worker is driven by runOnce/scanOnce
 * while the test moves the clock through the retry backoff.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAs } from '../../../test/helpers.js';
import { openDb } from '../../db/client.js';
import { verifySignature } from '../../domain/notifications/signature.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';
import { startMailServer, startWebhookReceiver, type MailServer, type WebhookReceiver } from './test-receivers.js';
import { createDeliveryWorker } from './worker.js';
import { scanDeadlines } from './deadline-scan.js';
import { createNotificationRaiser } from './raise.js';

let now = '2024-11-20T03:00:00Z';
const clock = { now: () => new Date(now) };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let mail: MailServer;
let hooks: WebhookReceiver;
const savedEnv = { ...process.env };

async function moveClock(to: string) {
  now = to;
  await desk.signInAgain();
}
const later = (ms: number) => new Date(new Date(now).getTime() + ms).toISOString();

beforeAll(async () => {
  mail = await startMailServer();
  hooks = await startWebhookReceiver();
  // Read by createServices: the test's receivers live on 127.0.0.1, and three attempts are enough to fail.
  process.env.SINERGI_SMTP_URL = `smtp://127.0.0.1:${mail.port}`;
  process.env.SINERGI_SMTP_FROM = 'Sinergi Bali <sinergi@desk.test>';
  process.env.SINERGI_WEBHOOK_ALLOW_PRIVATE = '1';
  process.env.SINERGI_NOTIFY_MAX_ATTEMPTS = '3';
  process.env.SINERGI_NOTIFY_TIMEOUT_MS = '5000';
  process.env.SINERGI_PUBLIC_URL = 'https://sinergi.desk.test/';
  desk = await openIncidentDesk(clock);
});
afterAll(async () => {
  process.env = savedEnv;
  await desk?.close();
  await mail?.close();
  await hooks?.close();
});

const send = (who: Who, method: 'PATCH' | 'DELETE', url: string, payload?: unknown) => requestAs(desk.app, desk.sessions[who], method, url, payload);
const worker = () => desk.services.notifications.worker();

async function addChannel(who: Who, unitId: number, body: Record<string, unknown>) {
  const response = await desk.call(who, 'POST', `/units/${unitId}/notification-channels`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; secret: string | null; target: string };
}

async function referToBangli(): Promise<{ id: number; reference: string }> {
  const submitted = await desk.call('reporter', 'POST', '/incidents', report());
  expect(submitted.statusCode, submitted.body).toBe(201);
  const { id, reference } = submitted.json();
  const verified = await desk.call('officer', 'POST', `/incidents/${id}/transitions`, { action: 'verifikasi', reason: 'Dikonfirmasi pengawas desa', version: 1 });
  expect(verified.statusCode, verified.body).toBe(200);
  const referred = await desk.call('bali', 'POST', `/incidents/${id}/transitions`, { action: 'teruskan', reason: 'Ranah Bawaslu', unitId: desk.units.bawasluBangli, version: 2 });
  expect(referred.statusCode, referred.body).toBe(200);
  return { id, reference };
}

/** Raises a notification directly, as a trigger would. */
function raise(unitId: number, dedupeKey: string) {
  return desk.database.db.transaction((tx) => desk.services.notifications.raise(tx, {
    unitId, kind: 'alert', dedupeKey, regionCode: '51.06', payload: { summary: 'Lonjakan laporan politik uang di Bangli', regionName: 'Bangli' },
  }));
}

async function deliveriesOf(status: string, who: Who = 'bali') {
  const response = await desk.call(who, 'GET', `/notification-deliveries?status=${status}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { id: number; attempts: number; lastError: string | null; status: string; channel: { target: string } }[];
}

describe('channels', () => {
  it('refuses what cannot be a channel with a clear 400, and keeps webhook secrets out of lists', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'email', target: 'bukan alamat' }, 'alamat e-mail'],
      [{ kind: 'email', target: 'Ani <ani@kpu.go.id>' }, 'alamat e-mail'],
      [{ kind: 'webhook', target: 'ftp://gateway.example.id/' }, 'http:// atau https://'],
      [{ kind: 'webhook', target: 'https://user:pw@gateway.example.id/' }, 'kata sandi'],
      [{ kind: 'webhook', target: 'https://gateway.example.id/', secret: 'pendek' }, 'minimal 16'],
      [{ kind: 'email', target: 'a@b.id\r\nBcc: x@y.id' }, ''],
    ];
    for (const [body, words] of cases) {
      const inScope = await desk.call('bali', 'POST', `/units/${desk.units.kpuBangli}/notification-channels`, body);
      expect(inScope.statusCode, inScope.body).toBe(400);
      expect(inScope.json().message).toContain(words);
    }
    // NTB is outside Bali's scope.
    expect((await desk.call('bali', 'POST', `/units/${desk.units.kpuLombok}/notification-channels`, { kind: 'email', target: 'kpu@lombok.go.id' })).statusCode).toBe(404);
    const created = await addChannel('bali', desk.units.kpuBangli, { kind: 'webhook', target: 'https://gateway.example.id/sms' });
    expect(created.secret).toMatch(/^[0-9a-f]{64}$/);
    const listed = await desk.call('bali', 'GET', `/units/${desk.units.kpuBangli}/notification-channels`);
    expect(listed.json()).toEqual([expect.objectContaining({ id: created.id, hasSecret: true, active: true })]);
    expect(listed.body).not.toContain(created.secret);
    expect((await desk.call('officer', 'GET', `/units/${desk.units.bawasluBangli}/notification-channels`)).statusCode).toBe(403);
    expect((await send('ntb', 'PATCH', `/notification-channels/${created.id}`, { active: false })).statusCode).toBe(404);
    const unused = await send('bali', 'DELETE', `/notification-channels/${created.id}`);
    expect(unused.statusCode).toBe(204);
    const audit = await desk.auditRows('notification_channel.create', String(created.id));
    expect(JSON.stringify(audit)).not.toContain(created.secret!);
  });
});

describe('a referral', () => {
  it('notifies the receiving unit in the app at once, and by mail and signed webhook through the worker', async () => {
    const inbox = await addChannel('bali', desk.units.bawasluBangli, { kind: 'email', target: 'Piket@Bawaslu-Bangli.GO.ID' });
    expect(inbox.target).toBe('Piket@bawaslu-bangli.go.id');
    const hook = await addChannel('bali', desk.units.bawasluBangli, { kind: 'webhook', target: hooks.url('/ok') });
    const { id, reference } = await referToBangli();

    const inApp = await desk.call('officer', 'GET', '/notifications?unread=true');
    expect(inApp.json()).toMatchObject({ total: 1, unread: 1, items: [{ kind: 'referral', incident: { id, reference }, unit: { id: desk.units.bawasluBangli } }] });
    // Polda NTB's officer is not told about Bangli's unit.
    expect((await desk.call('poldaNtb', 'GET', '/notifications')).json().total).toBe(0);

    expect(await worker().runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(mail.messages).toHaveLength(1);
    const [message] = mail.messages;
    expect(message!.to).toEqual(['Piket@bawaslu-bangli.go.id']);
    expect(message!.from).toBe('sinergi@desk.test');
    expect(message!.subject).toBe(`[Sinergi] Laporan ${reference} diteruskan ke Bawaslu Kabupaten Bangli`);
    // The referral happened at 11:00 WITA (Bangli's zone) on 20 November.
    expect(message!.body).toContain('20 Nov 2024 11.00 WITA');
    expect(message!.body).toContain(`https://sinergi.desk.test/incidents/${id}`);

    const received = hooks.requests.filter((r) => r.path === '/ok');
    expect(received).toHaveLength(1);
    const call = received[0]!;
    expect(verifySignature(hook.secret!, call.headers['x-sinergi-timestamp']!, call.body, call.headers['x-sinergi-signature']!)).toBe(true);
    expect(JSON.parse(call.body)).toMatchObject({ kind: 'referral', incidentId: id, language: 'id', unit: { id: desk.units.bawasluBangli } });
    expect((await deliveriesOf('sent')).map((d) => d.channel.target).sort()).toEqual([hooks.url('/ok'), 'Piket@bawaslu-bangli.go.id'].sort());

    // Nothing is sent twice.
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const notificationId = inApp.json().items[0].id;
    expect((await desk.call('poldaNtb', 'POST', `/notifications/${notificationId}/read`)).statusCode).toBe(404);
    expect((await desk.call('officer', 'POST', `/notifications/${notificationId}/read`)).statusCode).toBe(204);
    expect((await desk.call('officer', 'GET', '/notifications?unread=true')).json()).toMatchObject({ total: 0, unread: 0 });
    // Its coordinator sees it too (a unit in scope), already read.
    expect((await desk.call('bali', 'GET', '/notifications')).json().items).toEqual(expect.arrayContaining([expect.objectContaining({ id: notificationId, readAt: expect.any(String) })]));
  });

  it('raising the same notification twice makes one', async () => {
    const first = await raise(desk.units.kpuBangli, 'alert:dedupe-test');
    const second = await raise(desk.units.kpuBangli, 'alert:dedupe-test');
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    const items = (await desk.call('bali', 'GET', '/notifications')).json().items as { id: number }[];
    expect(items.filter((item) => item.id === first!.notificationId)).toHaveLength(1);
  });
});

describe('retries', () => {
  it('a receiver answering 500 then 200 is tried again after the backoff and succeeds', async () => {
    await addChannel('bali', desk.units.gakkumduBali, { kind: 'webhook', target: hooks.url('/flaky') });
    hooks.failNext('/flaky', 1);
    await raise(desk.units.gakkumduBali, 'alert:flaky');
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [pending] = await deliveriesOf('pending');
    expect(pending).toMatchObject({ attempts: 1, lastError: 'HTTP 500 Internal Server Error' });
    // Not due before its minute is up.
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    now = later(61_000);
    expect(await worker().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(hooks.requests.filter((r) => r.path === '/flaky')).toHaveLength(2);
  });

  it('one that always fails ends failed after the last attempt, is listed, and can be retried or dismissed', async () => {
    const down = await addChannel('bali', desk.units.kpuBangli, { kind: 'webhook', target: hooks.url('/down') });
    hooks.failNext('/down', 1_000);
    await raise(desk.units.kpuBangli, 'alert:down-1');
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) {
      outcomes.push(await worker().runOnce());
      now = later(7 * 3_600_000);
    }
    await desk.signInAgain();
    expect(outcomes.map((o) => o.failed)).toEqual([0, 0, 1]);
    const failed = await deliveriesOf('failed');
    expect(failed).toEqual([expect.objectContaining({ status: 'failed', attempts: 3, lastError: 'HTTP 500 Internal Server Error', channel: expect.objectContaining({ id: down.id }) })]);
    const deliveryId = failed[0]!.id;
    expect(await deliveriesOf('failed', 'ntb')).toEqual([]);
    expect((await desk.call('ntb', 'POST', `/notification-deliveries/${deliveryId}/retry`)).statusCode).toBe(404);
    expect((await desk.call('viewer', 'GET', '/notification-deliveries')).statusCode).toBe(403);

    hooks.failNext('/down', 0);
    const retried = await desk.call('bali', 'POST', `/notification-deliveries/${deliveryId}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 3 });
    expect((await desk.call('bali', 'POST', `/notification-deliveries/${deliveryId}/retry`)).statusCode).toBe(409);
    expect(await worker().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliveriesOf('failed')).toEqual([]);
    expect(await desk.auditRows('notification_delivery.retry', String(deliveryId))).toHaveLength(1);

    // A retried failure that fails again is failed at once (its attempts are used up), then set aside.
    hooks.failNext('/down', 1_000);
    await raise(desk.units.kpuBangli, 'alert:down-2');
    for (let i = 0; i < 3; i += 1) {
      await worker().runOnce();
      now = later(7 * 3_600_000);
    }
    await desk.signInAgain();
    const [second] = await deliveriesOf('failed');
    const dismissed = await desk.call('bali', 'POST', `/notification-deliveries/${second!.id}/dismiss`);
    expect(dismissed.json()).toMatchObject({ status: 'dismissed' });
    expect((await desk.call('bali', 'POST', `/notification-deliveries/${second!.id}/dismiss`)).statusCode).toBe(409);
    expect(await deliveriesOf('failed')).toEqual([]);
    expect((await send('bali', 'DELETE', `/notification-channels/${down.id}`)).statusCode).toBe(409);
  });
});

describe('deadlines', () => {
  it('a running clock of a referred report due within the lead time notifies the unit once', async () => {
    await moveClock('2024-11-25T03:00:00Z');
    const { id } = await referToBangli();
    const detail = (await desk.call('admin', 'GET', `/incidents/${id}`)).json() as { deadlines: { clock: string; state: string; dueAt: string | null }[] };
    const running = detail.deadlines.filter((d) => d.state === 'running' && d.dueAt);
    expect(running.length).toBeGreaterThan(0);
    const firstDue = running.map((d) => d.dueAt!).sort()[0]!;
    const ofThisReport = async () => ((await desk.call('officer', 'GET', '/notifications')).json().items as { kind: string; incident: { id: number } | null }[])
      .filter((n) => n.kind === 'deadline' && n.incident?.id === id);

    expect(await worker().scanOnce()).toBe(0);
    await moveClock(new Date(new Date(firstDue).getTime() - 23 * 3_600_000).toISOString());
    const dueSoon = running.filter((d) => new Date(d.dueAt!).getTime() - new Date(now).getTime() <= 24 * 3_600_000).length;
    expect(await worker().scanOnce()).toBe(dueSoon);
    expect(await worker().scanOnce()).toBe(0);
    expect(await ofThisReport()).toHaveLength(dueSoon);
  });

  it('reaches every held report, page after page of the keyset cursor', async () => {
    await moveClock('2024-11-26T03:00:00Z');
    const referred = [await referToBangli(), await referToBangli(), await referToBangli()];
    const detail = (await desk.call('admin', 'GET', `/incidents/${referred[0]!.id}`)).json() as { deadlines: { state: string; dueAt: string | null }[] };
    const firstDue = detail.deadlines.filter((d) => d.state === 'running' && d.dueAt).map((d) => d.dueAt!).sort()[0]!;
    await moveClock(new Date(new Date(firstDue).getTime() - 23 * 3_600_000).toISOString());
    // One report a page: the three, and the earlier test's, are on pages of their own.
    await scanDeadlines(desk.database.db, clock, createNotificationRaiser(clock), 24 * 3_600_000, undefined, 1);
    const told = ((await desk.call('officer', 'GET', '/notifications')).json().items as { kind: string; incident: { id: number } | null }[])
      .filter((n) => n.kind === 'deadline').map((n) => n.incident?.id);
    for (const { id } of referred) expect(told).toContain(id);
  });

  it('a clock already told is not raised again: a later scan reads it as told and opens no write for it', async () => {
    const raise = createNotificationRaiser(clock);
    const attempts: string[] = [];
    const counting: typeof raise = (tx, request) => {
      attempts.push(request.dedupeKey);
      return raise(tx, request);
    };
    // Whatever the earlier tests left due is told by this scan; the next one tries none of it.
    await scanDeadlines(desk.database.db, clock, counting, 24 * 3_600_000);
    const tried = attempts.length;
    expect(await scanDeadlines(desk.database.db, clock, counting, 24 * 3_600_000)).toBe(0);
    expect(attempts.length).toBe(tried);
    const { id } = await referToBangli();
    const detail = (await desk.call('admin', 'GET', `/incidents/${id}`)).json() as { deadlines: { state: string; dueAt: string | null }[] };
    const dueSoon = detail.deadlines.filter((d) => d.state === 'running' && d.dueAt && new Date(d.dueAt).getTime() - new Date(now).getTime() <= 30 * 24 * 3_600_000).length;
    expect(dueSoon).toBeGreaterThan(0);
    expect(await scanDeadlines(desk.database.db, clock, counting, 30 * 24 * 3_600_000)).toBeGreaterThanOrEqual(dueSoon);
    expect(attempts.filter((key) => key.startsWith(`deadline:${id}:`))).toHaveLength(dueSoon);
    const before = attempts.length;
    expect(await scanDeadlines(desk.database.db, clock, counting, 30 * 24 * 3_600_000)).toBe(0);
    expect(attempts.length).toBe(before);
  });

  it('counts clocks as the desk configured them for the category, as the report’s page does', async () => {
    await moveClock('2024-12-02T03:00:00Z');
    const { id } = await referToBangli();
    const bawasluDue = async () => ((await desk.call('admin', 'GET', `/incidents/${id}`)).json().deadlines as { clock: string; dueAt: string }[])
      .find((d) => d.clock === 'kajian_bawaslu')!.dueAt;
    const lawDue = await bawasluDue();
    // The desk gives Bawaslu 20 calendar days for this category instead of the law's 3.
    const category = ((await desk.call('admin', 'GET', '/incidents/categories')).json() as Array<Record<string, unknown> & { code: string; clocks: { code: string }[] }>)
      .find((c) => c.code === 'politik_uang')!;
    const saved = await requestAs(desk.app, desk.sessions.admin, 'PUT', '/incident-categories/politik_uang', {
      name: category.name, keywords: category.keywords, defaultSeverity: category.defaultSeverity, referralAgency: category.referralAgency, alsoConcerns: category.alsoConcerns,
      clocks: category.clocks.map((c) => c.code), clockRules: { kajian_bawaslu: { pilkada: { amount: 20, unit: 'calendar_days' } } }, active: category.active, version: category.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const configuredDue = await bawasluDue();
    expect(new Date(configuredDue).getTime()).toBeGreaterThan(new Date(lawDue).getTime() + 10 * 24 * 3_600_000);
    const toldDues = async () => (await desk.database.db.execute<{ dedupe_key: string }>(sql`select dedupe_key from notifications where incident_id = ${id}`)).rows
      .map((row) => row.dedupe_key).filter((key) => key.includes(':kajian_bawaslu:'));

    await moveClock(new Date(new Date(lawDue).getTime() - 23 * 3_600_000).toISOString());
    await worker().scanOnce();
    expect(await toldDues()).toEqual([]);
    await moveClock(new Date(new Date(configuredDue).getTime() - 23 * 3_600_000).toISOString());
    await worker().scanOnce();
    expect(await toldDues()).toEqual([`deadline:${id}:kajian_bawaslu:${configuredDue}`]);
  });
});

describe('alerts', () => {
  it('an alert assigned to a unit notifies it once, after the assignment commits', async () => {
    const rule = await desk.database.db.execute<{ id: number }>(sql`
      insert into alert_rules (name, kind, region_code, params, active) values ('Lonjakan politik uang Bangli', 'spike', '51.06', '{"hours":6,"level":"regency","factor":3,"baselineDays":7,"minCount":3}'::jsonb, true) returning id`);
    const alert = await desk.database.db.execute<{ id: number }>(sql`
      insert into alerts (rule_id, fingerprint, region_code, status, details, incident_ids, triggered_at)
      values (${rule.rows[0]!.id}, 'notification-test', '51.06', 'baru', '{"count":5}'::jsonb, '{}'::integer[], ${now}) returning id`);
    const alertId = Number(alert.rows[0]!.id);
    const assigned = await desk.call('bali', 'POST', `/alerts/${alertId}/assign`, { version: 1, unitId: desk.units.bawasluBangli });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const told = async () => ((await desk.call('officer', 'GET', '/notifications')).json().items as { kind: string; alertId: number | null; payload: { summary?: string } }[])
      .filter((n) => n.kind === 'alert' && n.alertId === alertId);
    // The hook runs after the commit, without the request waiting for it.
    for (let i = 0; i < 50 && (await told()).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await told()).toEqual([expect.objectContaining({ payload: expect.objectContaining({ summary: 'Lonjakan politik uang Bangli', regionName: expect.any(String) }) })]);
    expect(await desk.services.notifications.onAlertNotice({ alertId, change: 'assigned', unitId: desk.units.bawasluBangli })).toBeNull();
  });
});

describe('several workers', () => {
  it('two workers on two connections never send one delivery twice (PostgreSQL)', async () => {
    if (!desk.databaseUrl) return; // one embedded database has one connection: nothing runs side by side
    await addChannel('bali', desk.units.bawasluBangli, { kind: 'webhook', target: hooks.url('/count') });
    for (let i = 0; i < 30; i += 1) await raise(desk.units.bawasluBangli, `alert:count-${i}`);
    const second = await openDb({ dataDir: '', databaseUrl: desk.databaseUrl });
    try {
      const notifications = desk.services.notifications;
      const other = createDeliveryWorker(second.db, clock, notifications.raise, notifications.settings);
      await Promise.all([worker().runOnce(), other.runOnce(), worker().runOnce(), other.runOnce()]);
    } finally {
      await second.close();
    }
    const ids = hooks.requests.filter((r) => r.path === '/count').map((r) => r.headers['x-sinergi-delivery']);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});
