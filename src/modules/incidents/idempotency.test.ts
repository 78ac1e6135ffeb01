import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIncidentDesk, report } from './test-desk.js';

const clock = { now: () => new Date('2024-11-20T03:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
/** A gateway's token: a reporter of Bangli created by the Bali coordinator. */
let gateway = '';

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  const created = await desk.call('bali', 'POST', '/tokens', { name: 'Gateway SMS Bangli', role: 'reporter', scopeRegionCode: '51.06' });
  expect(created.statusCode, created.body).toBe(201);
  gateway = created.json().token;
});
afterAll(async () => desk?.close());

const keyed = (key: string) => ({ 'idempotency-key': key });
const withDescription = (description: string) => sql`description = ${description}`;

function viaToken(body: unknown, key?: string) {
  return desk.app.inject({
    method: 'POST', url: '/api/v1/incidents', payload: body as never,
    headers: { authorization: `Bearer ${gateway}`, ...(key ? keyed(key) : {}) },
  });
}

describe('Idempotency-Key', () => {
  it('a retry with the same key and body answers the first report again (201, replayed), and stores nothing new', async () => {
    const body = report({ description: 'Retry berurutan: amplop di banjar' });
    const first = await desk.call('reporter', 'POST', '/incidents', body, keyed('8f1c2e8a-0001'));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await desk.call('reporter', 'POST', '/incidents', body, keyed('8f1c2e8a-0001'));
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await desk.count('incidents', withDescription('Retry berurutan: amplop di banjar'))).toBe(1);
    expect(await desk.auditRows('incident.create', String(first.json().id))).toHaveLength(1);
  });

  it('the same body with keys written differently ("knownAt" left to default) still matches: the request as sent is compared', async () => {
    const body = report({ description: 'Retry tanpa knownAt', knownAt: undefined });
    const first = await desk.call('reporter', 'POST', '/incidents', body, keyed('no-known-at'));
    const retry = await desk.call('reporter', 'POST', '/incidents', { ...body, occurredAt: '2024-11-19T20:00:00+08:00' }, keyed('no-known-at'));
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
  });

  it('concurrent retries with one key make one report, and every one of them gets it', async () => {
    const body = report({ description: 'Retry bersamaan dari antrean luring' });
    const responses = await Promise.all(Array.from({ length: 6 }, () => desk.call('reporter', 'POST', '/incidents', body, keyed('offline-queue-42'))));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(5);
    expect(await desk.count('incidents', withDescription('Retry bersamaan dari antrean luring'))).toBe(1);
    expect(await desk.count('incident_idempotency', sql`key = 'offline-queue-42'`)).toBe(1);
  });

  it('the same key with another body is 422 with a message that says so, and stores nothing', async () => {
    const first = await desk.call('reporter', 'POST', '/incidents', report({ description: 'Laporan pertama' }), keyed('reused-key'));
    expect(first.statusCode).toBe(201);
    const before = await desk.count('incidents');
    const other = await desk.call('reporter', 'POST', '/incidents', report({ description: 'Laporan lain dengan kunci lama' }), keyed('reused-key'));
    expect(other.statusCode).toBe(422);
    expect(other.json()).toEqual({ code: 'conflict', message: expect.stringContaining('Idempotency-Key ini sudah dipakai untuk laporan dengan isi berbeda') });
    expect(await desk.count('incidents')).toBe(before);
  });

  it('a key belongs to its caller: another account, or a token, with the same key makes its own report', async () => {
    const body = report({ description: 'Kunci sama, pengirim berbeda' });
    const a = await desk.call('reporter', 'POST', '/incidents', body, keyed('shared-key'));
    const b = await desk.call('reporter2', 'POST', '/incidents', body, keyed('shared-key'));
    const c = await viaToken(body, 'shared-key');
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    expect(new Set([a.json().id, b.json().id, c.json().id]).size).toBe(3);
  });

  it('a token’s reports come in on the api channel; its concurrent retries also land once', async () => {
    const body = report({ description: 'Dari gateway: serangan fajar di TPS 07' });
    const responses = await Promise.all([viaToken(body, 'sms-1001'), viaToken(body, 'sms-1001'), viaToken(body, 'sms-1001')]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(responses[0]!.json()).toMatchObject({ channel: 'api', reporter: { contact: null, hidden: true } });
    expect(await desk.count('incidents', withDescription('Dari gateway: serangan fajar di TPS 07'))).toBe(1);
  });

  it('a retry after the report moved on answers it as it is now', async () => {
    const body = report({ description: 'Retry setelah diverifikasi' });
    const first = (await desk.call('reporter', 'POST', '/incidents', body, keyed('late-retry'))).json();
    expect((await desk.call('bali', 'POST', `/incidents/${first.id}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 })).statusCode).toBe(200);
    const retry = await desk.call('reporter', 'POST', '/incidents', body, keyed('late-retry'));
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toMatchObject({ id: first.id, status: 'terverifikasi' });
  });

  it('a refused first request claims nothing: the same key works once the report is fixed', async () => {
    const refused = await desk.call('reporter', 'POST', '/incidents', report({ regionCode: '51.06.01.2999' }), keyed('fix-and-retry'));
    expect(refused.statusCode).toBe(400);
    expect((await desk.call('reporter', 'POST', '/incidents', report({ description: 'Sudah diperbaiki' }), keyed('fix-and-retry'))).statusCode).toBe(201);
  });

  it.each([['a space', 'kunci dengan spasi'], ['non-ASCII', 'kunci-ñ'], ['too long', 'k'.repeat(201)], ['empty', '']])('refuses a key with %s (400)', async (_name, key) => {
    const response = await desk.call('reporter', 'POST', '/incidents', report(), keyed(key));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toContain('Idempotency-Key');
  });
});
