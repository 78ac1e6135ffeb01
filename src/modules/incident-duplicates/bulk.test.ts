import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/**
 * Bulk triage (issue 7) through HTTP: each report moves on its own through the workflow's transition
 * path, with its audit row; refusals are reported per report in the caller's language, and reports
 * outside the caller's scope look exactly like missing ones.
 */
const clock = { now: () => new Date('2024-11-20T04:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
});
afterAll(async () => desk?.close());

async function submit(change: Record<string, unknown> = {}, who: Who = 'reporter'): Promise<number> {
  const response = await desk.call(who, 'POST', '/incidents', report(change));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const bulk = (who: Who, body: Record<string, unknown>, lang = 'en') => desk.call(who, 'POST', '/incidents/bulk-transitions', body, { 'accept-language': lang });

describe('POST /incidents/bulk-transitions', () => {
  it('verifies what it may and reports the rest: not allowed, not found (missing or outside scope alike), stale', async () => {
    const fresh = [await submit(), await submit()];
    const verified = await submit();
    await desk.call('bali', 'POST', `/incidents/${verified}/transitions`, { action: 'verifikasi', reason: 'Benar', version: 1 });
    const lombok = await submit({ regionCode: '52.01', latitude: null, longitude: null }, 'admin');
    const movedMeanwhile = await submit();
    await desk.call('bali', 'POST', `/incidents/${movedMeanwhile}/transitions`, { action: 'tolak', reason: 'Bukan pelanggaran', version: 1 });
    const auditBefore = (await desk.auditRows('incident.verifikasi')).length;

    const ids = [...fresh, verified, lombok, 999_999, movedMeanwhile];
    const response = await bulk('bali', { ids, versions: [1, 1, 2, 1, 1, 1], action: 'verifikasi', reason: 'Dikonfirmasi pengawas desa' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ ok: 2, refused: 4 });
    expect(body.results.map((r: { id: number; outcome: string }) => [r.id, r.outcome])).toEqual([
      [fresh[0], 'ok'], [fresh[1], 'ok'], [verified, 'not_allowed'], [lombok, 'not_found'], [999_999, 'not_found'], [movedMeanwhile, 'stale'],
    ]);
    expect(body.results[0]).toMatchObject({ status: 'terverifikasi', version: 2 });
    expect(body.results[2].message).toContain('not possible on a report that is verified');
    // Outside the scope reads exactly like missing: same message, nothing else.
    expect(body.results[3]).toEqual({ id: lombok, outcome: 'not_found', message: body.results[4].message });
    expect(body.results[4]).toEqual({ id: 999_999, outcome: 'not_found', message: body.results[4].message });

    // One audited transition per moved report; the Lombok report untouched.
    expect((await desk.auditRows('incident.verifikasi')).length).toBe(auditBefore + 2);
    for (const id of fresh) expect(await desk.count('incident_transitions', sql`incident_id = ${id} and action = 'verifikasi'`)).toBe(1);
    expect((await desk.call('admin', 'GET', `/incidents/${lombok}`)).json()).toMatchObject({ status: 'baru', version: 1 });
  });

  it('words refusals in Bahasa Indonesia by default', async () => {
    const response = await bulk('bali', { ids: [999_998], action: 'verifikasi', reason: 'Benar' }, 'id');
    expect(response.json().results[0].message).toContain('tidak ditemukan');
  });

  it('without versions acts on the current ones; refers with a unit, marks duplicates of a chosen report (not of itself)', async () => {
    const [a, b, primary] = [await submit(), await submit(), await submit()];
    const verified = await bulk('bali', { ids: [a, b], action: 'verifikasi', reason: 'Benar' });
    expect(verified.json().ok).toBe(2);
    const referred = await bulk('bali', { ids: [a, b], action: 'teruskan', reason: 'Ranah Bawaslu', unitId: desk.units.bawasluBangli });
    expect(referred.json().results.map((r: { status: string }) => r.status)).toEqual(['diteruskan', 'diteruskan']);

    const [c, d] = [await submit(), await submit()];
    const merged = await bulk('bali', { ids: [c, primary, d], action: 'tandai_duplikat', reason: 'Kejadian yang sama', duplicateOf: primary });
    expect(merged.json().results.map((r: { outcome: string }) => r.outcome)).toEqual(['ok', 'invalid', 'ok']);
    expect(merged.json().results[1].message).toContain('duplicate of itself');
    expect((await desk.call('bali', 'GET', `/incidents/${primary}`)).json().sources.map((s: { id: number }) => s.id)).toEqual([primary, c, d]);
  });

  it('reports what the caller may not do: a viewer and the reporter who sent it are forbidden, another reporter finds nothing', async () => {
    const id = await submit();
    expect((await bulk('viewer', { ids: [id], action: 'verifikasi', reason: 'Benar' })).json().results[0].outcome).toBe('forbidden');
    expect((await bulk('reporter', { ids: [id], action: 'verifikasi', reason: 'Benar' })).json().results[0].outcome).toBe('forbidden');
    expect((await bulk('reporter2', { ids: [id], action: 'verifikasi', reason: 'Benar' })).json().results[0].outcome).toBe('not_found');
    expect((await bulk(null as unknown as Who, { ids: [id], action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(401);
    expect((await desk.call('admin', 'GET', `/incidents/${id}`)).json().status).toBe('baru');
  });

  it('refuses a malformed request whole with 400: over the cap of 200, repeated ids, versions not matching ids, no reason', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => i + 1);
    const refused = [
      { ids, action: 'verifikasi', reason: 'Benar' },
      { ids: [1, 1], action: 'verifikasi', reason: 'Benar' },
      { ids: [1, 2], versions: [1], action: 'verifikasi', reason: 'Benar' },
      { ids: [1], action: 'verifikasi', reason: '  ' },
      { ids: [], action: 'verifikasi', reason: 'Benar' },
      { ids: [1], action: 'hapus', reason: 'Benar' },
    ];
    for (const body of refused) {
      const response = await bulk('bali', body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect((await bulk('bali', { ids: [1, 1], action: 'verifikasi', reason: 'Benar' })).json().message).toContain('same report more than once');
    expect((await bulk('bali', { ids: ids.slice(0, 200), action: 'verifikasi', reason: 'Benar' })).statusCode).toBe(200);
  });
});
