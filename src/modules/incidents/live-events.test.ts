import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';
import { openIncidentDesk, report } from './test-desk.js';

/**
 * Incidents on the live feed (issue 7): a report's creation and each of its moves are announced in
 * the writing transaction, with the report's region, so readers hear them inside their scope only,
 * and a write that rolls back announces nothing.
 */
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let base = '';

beforeAll(async () => {
  desk = await openIncidentDesk(fixedClock('2024-11-20T04:00:00Z'));
  base = await desk.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  desk?.app.server.closeAllConnections();
  await desk?.close();
});

describe('incident events on the live feed', () => {
  it('announces a creation and a transition to readers of the region, not to a reader elsewhere', async () => {
    const bali = await openLiveStream(base, desk.sessions.viewer);
    const ntb = await openLiveStream(base, desk.sessions.ntb);
    const created = await desk.call('officer', 'POST', '/incidents', report());
    expect(created.statusCode, created.body).toBe(201);
    const id = String(created.json().id);
    const moved = await desk.call('officer', 'POST', `/incidents/${id}/transitions`, { action: 'verifikasi', reason: 'Dikonfirmasi', version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    await bali.waitFor(2);
    // NTB's own report is heard by NTB: proof its stream works, and a moment for a stray Bali event to arrive.
    const lombok = await desk.call('ntb', 'POST', '/incidents', report({ regionCode: '52.01', latitude: -8.6, longitude: 116.1 }));
    expect(lombok.statusCode, lombok.body).toBe(201);
    await ntb.waitFor(1);
    expect(bali.received.map((r) => [r.event, r.data.id, r.data.regionCode])).toEqual([
      ['incident.created', id, '51.06.01.2001'],
      ['incident.changed', id, '51.06.01.2001'],
    ]);
    expect(ntb.received.map((r) => [r.event, r.data.id])).toEqual([['incident.created', String(lombok.json().id)]]);
    bali.close();
    ntb.close();
  });

  it('announces nothing of a creation that rolls back', async () => {
    // A deferred check fails at commit, after the report, its event and its audit row were written.
    await desk.database.db.execute(sql.raw(`
      create function refuse_rollback_marker() returns trigger language plpgsql as $$
      begin if new.description like '%ROLLBACK%' then raise exception 'refused by test'; end if; return new; end $$`));
    await desk.database.db.execute(sql.raw(`
      create constraint trigger refuse_rollback_marker after insert on incidents deferrable initially deferred
        for each row execute function refuse_rollback_marker()`));
    try {
      const stream = await openLiveStream(base, desk.sessions.viewer);
      const before = await desk.count('incidents');
      const refused = await desk.call('officer', 'POST', '/incidents', report({ description: 'ROLLBACK amplop' }));
      expect(refused.statusCode).toBe(500);
      expect(await desk.count('incidents')).toBe(before);
      const kept = await desk.call('officer', 'POST', '/incidents', report({ description: 'Amplop kedua' }));
      expect(kept.statusCode, kept.body).toBe(201);
      await stream.waitFor(1);
      expect(stream.received.map((r) => r.data.id)).toEqual([String(kept.json().id)]);
      stream.close();
    } finally {
      await desk.database.db.execute(sql.raw('drop trigger refuse_rollback_marker on incidents'));
      await desk.database.db.execute(sql.raw('drop function refuse_rollback_marker()'));
    }
  });
});
