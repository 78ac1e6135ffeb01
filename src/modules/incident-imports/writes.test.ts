import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, multipartBody } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';
import { APUAN, openIncidentDesk } from '../incidents/test-desk.js';

/**
 * What an import writes, beyond its report: each imported report is announced on the live feed
 * (incident.created, as any report is), two imports of the same rows at the same time still write
 * each report once, and one that fails while writing leaves nothing behind.
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

const HEADER = 'Kategori;Uraian;Wilayah;Waktu kejadian;Rezim';
let serial = 0;
const row = (marker = '') => `politik uang;Amplop dibagikan ${marker}nomor ${++serial};${APUAN};19/11/2024 20:00;pilkada`;

function upload(content: string, fields: Record<string, string> = {}) {
  const { payload, contentType } = multipartBody({ content, filename: 'laporan.csv' }, fields);
  return desk.call('bali', 'POST', '/incidents/imports', payload, { 'content-type': contentType });
}

describe('what an import writes', () => {
  it('announces every imported report on the live feed', async () => {
    const stream = await openLiveStream(base, desk.sessions.viewer);
    const started = await upload(`${HEADER}\n${row()}\n${row()}\n`);
    expect(started.statusCode, started.body).toBe(202);
    await desk.services.incidentImports.settled();
    const result = (await desk.call('bali', 'GET', `/incidents/imports/${started.json().id}`)).json();
    await stream.waitFor(2);
    expect(stream.received.map((event) => [event.event, event.data.id, event.data.regionCode])).toEqual(
      result.incidents.map((incident: { id: number }) => ['incident.created', String(incident.id), APUAN]),
    );
    stream.close();
  });

  it('writes each report once when the same file is imported twice at the same time', async () => {
    const file = `${HEADER}\n${row()}\n${row()}\n${row()}\n`;
    const before = await desk.count('incidents');
    const [first, second] = await Promise.all([upload(file), upload(file)]);
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    await desk.services.incidentImports.settled();
    const results = await Promise.all([first, second].map(async (started) => (await desk.call('bali', 'GET', `/incidents/imports/${started.json().id}`)).json()));
    expect(await desk.count('incidents')).toBe(before + 3);
    expect(results.map((result) => result.acceptedRows).sort()).toEqual([0, 3]);
    expect(results.map((result) => result.skippedRows).sort()).toEqual([0, 3]);
  });

  it('leaves nothing written when the write fails half-way, and says the import failed', async () => {
    // A deferred check fails at commit, after some reports of the import were inserted.
    await desk.database.db.execute(sql.raw(`
      create function refuse_import_marker() returns trigger language plpgsql as $$
      begin if new.description like '%GAGAL%' then raise exception 'refused by test'; end if; return new; end $$`));
    await desk.database.db.execute(sql.raw(`
      create constraint trigger refuse_import_marker after insert on incidents deferrable initially deferred
        for each row execute function refuse_import_marker()`));
    try {
      const before = await desk.count('incidents');
      const keys = await desk.count('incident_idempotency');
      const started = await upload(`${HEADER}\n${row()}\n${row('GAGAL ')}\n${row()}\n`);
      await desk.services.incidentImports.settled();
      const result = (await desk.call('bali', 'GET', `/incidents/imports/${started.json().id}`, undefined, { 'accept-language': 'en' })).json();
      expect(result).toMatchObject({ status: 'gagal', acceptedRows: 0, incidents: [], failure: expect.stringContaining('server error') });
      expect(await desk.count('incidents')).toBe(before);
      expect(await desk.count('incident_idempotency')).toBe(keys);
    } finally {
      await desk.database.db.execute(sql.raw('drop trigger refuse_import_marker on incidents'));
      await desk.database.db.execute(sql.raw('drop function refuse_import_marker()'));
    }
  });
});
