import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/helpers.js';
import type { IncidentMap } from '../../contracts/incident-map.js';
import { openIncidentDesk, report, type Who } from './test-desk.js';

/**
 * GET /incidents/map-points: reports with coordinates, inside the reader's scope and the filters,
 * clustered on the server. Five reports around Denpasar, one at Apuan (Bangli), one in Bali without
 * coordinates, one in Lombok Barat (NTB) and one in Bali two months old.
 */
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
const DENPASAR: [number, number, string, string][] = [
  [-8.650, 115.215, 'politik_uang', 'sedang'], [-8.655, 115.220, 'politik_uang', 'sedang'], [-8.660, 115.225, 'politik_uang', 'kritis'],
  [-8.645, 115.210, 'hoaks', 'rendah'], [-8.652, 115.230, 'hoaks', 'rendah'],
];
let bangli = 0;

async function submit(overrides: Record<string, unknown>, who: Who = 'admin'): Promise<number> {
  const response = await desk.call(who, 'POST', '/incidents', report(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function map(who: Who, query: string): Promise<IncidentMap> {
  const response = await desk.call(who, 'GET', `/incidents/map-points?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const total = (answer: IncidentMap) => answer.points.reduce((sum, point) => sum + point.count, 0);

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
  for (const [latitude, longitude, category, severity] of DENPASAR) await submit({ regionCode: '51.71', latitude, longitude, category, severity });
  bangli = await submit({ severity: 'tinggi' });
  await submit({ latitude: null, longitude: null });
  await submit({ regionCode: '52.01', latitude: -8.6, longitude: 116.1 });
  await submit({ occurredAt: '2024-09-10T00:00:00Z', knownAt: '2024-09-10T01:00:00Z' });
});
afterAll(async () => desk?.close());

describe('GET /incidents/map-points', () => {
  it('clusters the reports near Denpasar on a province map and leaves Bangli alone; counts add up; no coordinates, no point', async () => {
    const answer = await map('viewer', 'parent=51&zoom=9');
    expect(answer.parent).toEqual({ code: '51', name: expect.stringMatching(/Bali/i) });
    expect(answer.from).toBe('2024-10-21T04:00:00.000Z');
    expect(answer).toMatchObject({ placed: 6, unplaced: 1, capped: false, limit: 50_000 });
    expect(total(answer)).toBe(6);
    const cluster = answer.points.find((point) => point.count > 1)!;
    expect(cluster).toMatchObject({ count: 5, severity: 'kritis', incident: null, categories: [{ code: 'politik_uang', count: 3 }, { code: 'hoaks', count: 2 }] });
    expect(cluster.id).toMatch(/^c\d+$/);
    expect(cluster.lon).toBeCloseTo(115.22, 1);
    expect(cluster.lat).toBeCloseTo(-8.652, 2);
    const single = answer.points.find((point) => point.count === 1)!;
    expect(single).toMatchObject({ id: `i${bangli}`, lon: 115.36, lat: -8.43, severity: 'tinggi', incident: { id: bangli, category: 'politik_uang', severity: 'tinggi' } });
    expect(single.incident!.reference).toMatch(/^INS-2024-\d{6}$/);
    expect(answer.points).toHaveLength(2);
  });

  it('separates every report at a close zoom and merges them all at the whole-world zoom', async () => {
    const close = await map('viewer', 'parent=51&zoom=16');
    expect(close.points).toHaveLength(6);
    expect(close.points.every((point) => point.count === 1 && point.incident !== null)).toBe(true);
    const world = await map('viewer', 'parent=51&zoom=0');
    expect(world.points.map((point) => point.count)).toEqual([6]);
  });

  it('shows each reader its scope only', async () => {
    expect(total(await map('admin', 'zoom=4'))).toBe(7);
    expect(total(await map('viewer', 'zoom=4'))).toBe(6);
    const ntb = await map('ntb', 'zoom=4');
    expect(ntb.points.map((point) => [point.count, point.lon])).toEqual([[1, 116.1]]);
    expect(total(await map('ntb', 'parent=51&zoom=9'))).toBe(0);
    // A reporter sees its own reports only: it sent none here.
    expect(total(await map('reporter', 'zoom=4'))).toBe(0);
  });

  it('filters by category, status and time window', async () => {
    expect(total(await map('viewer', 'parent=51&zoom=9&category=hoaks'))).toBe(2);
    expect(total(await map('viewer', 'parent=51&zoom=9&status=terverifikasi'))).toBe(0);
    const moved = await desk.call('bali', 'POST', `/incidents/${bangli}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await map('viewer', 'parent=51&zoom=9&status=terverifikasi')).points.map((point) => point.id)).toEqual([`i${bangli}`]);
    const longer = await map('viewer', `parent=51&zoom=9&from=${encodeURIComponent('2024-09-01T00:00:00+08:00')}`);
    expect(longer.placed).toBe(7);
    expect(total(await map('viewer', `parent=51&zoom=9&from=2024-09-01T00:00:00Z&to=2024-10-01T00:00:00Z`))).toBe(1);
  });

  it('refuses a parent below province level, an unknown one, a zoom out of range; and the signed out', async () => {
    expect((await desk.call('viewer', 'GET', '/incidents/map-points?parent=51.06')).statusCode).toBe(400);
    expect((await desk.call('viewer', 'GET', '/incidents/map-points?parent=99')).statusCode).toBe(404);
    expect((await desk.call('viewer', 'GET', '/incidents/map-points?zoom=17')).statusCode).toBe(400);
    expect((await desk.call('viewer', 'GET', '/incidents/map-points?zoom=2.5')).statusCode).toBe(400);
    expect((await desk.call(null, 'GET', '/incidents/map-points')).statusCode).toBe(401);
  });
});
