import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENTS_PER_INCIDENT } from '../../domain/incidents/attachments.js';
import { buildMultipartAttachments, EXE_BYTES, pngVariant } from '../../../test/attachments.js';
import { fixedClock, requestAs } from '../../../test/helpers.js';
import { openLiveStream } from '../../../test/live-stream.js';
import { openIncidentDesk, report, type Who } from '../incidents/test-desk.js';

/**
 * Attachments on the live feed (an open report page refreshes when a file is added or removed), and
 * uploads racing each other: the report's row is locked for each upload, so the same bytes sent at
 * once still make one attachment and the per-report cap holds (on PostgreSQL these really overlap).
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

async function submit(): Promise<number> {
  const response = await desk.call('reporter', 'POST', '/incidents', report());
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function upload(who: Who, id: number, files: { filename: string; content: Buffer }[]) {
  const body = buildMultipartAttachments(files);
  return requestAs(desk.app, desk.sessions[who], 'POST', `/incidents/${id}/attachments`, body.payload, { 'content-type': body.contentType });
}

async function attachmentRows(id: number): Promise<number> {
  const rows = await desk.database.db.execute<{ n: number }>(sql`select count(*)::int as n from incident_attachments where incident_id = ${id}`);
  return Number(rows.rows[0]!.n);
}

describe('attachments on the live feed', () => {
  it('announces an added and a deleted attachment as incident.changed to readers of the region, nothing for a refused upload', async () => {
    const id = await submit();
    const bali = await openLiveStream(base, desk.sessions.viewer);
    const ntb = await openLiveStream(base, desk.sessions.ntb);
    expect((await upload('officer', id, [{ filename: 'x.exe', content: EXE_BYTES }])).statusCode).toBe(415);
    const added = await upload('officer', id, [{ filename: 'a.png', content: pngVariant(1) }]);
    expect(added.statusCode, added.body).toBe(201);
    const deleted = await requestAs(desk.app, desk.sessions.bali, 'DELETE', `/incidents/${id}/attachments/${added.json().items[0].id}`);
    expect(deleted.statusCode).toBe(204);
    await bali.waitFor(2);
    // NTB's own report is heard by NTB: its stream works, and a moment for a stray Bali event to arrive.
    const lombok = await desk.call('ntb', 'POST', '/incidents', report({ regionCode: '52.01', latitude: -8.6, longitude: 116.1 }));
    expect(lombok.statusCode, lombok.body).toBe(201);
    await ntb.waitFor(1);
    expect(bali.received.map((r) => [r.event, r.data.id, r.data.regionCode])).toEqual([
      ['incident.changed', String(id), '51.06.01.2001'],
      ['incident.changed', String(id), '51.06.01.2001'],
    ]);
    expect(ntb.received.map((r) => r.event)).toEqual(['incident.created']);
    bali.close();
    ntb.close();
  });
});

describe('uploads racing each other', () => {
  it('the same bytes sent four times at once make one attachment', async () => {
    const id = await submit();
    const answers = await Promise.all(Array.from({ length: 4 }, () => upload('officer', id, [{ filename: 'sama.png', content: pngVariant(50) }])));
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.json().items[0].id)).size).toBe(1);
    expect(answers.filter((answer) => answer.json().items[0].duplicate === false)).toHaveLength(1);
    expect(await attachmentRows(id)).toBe(1);
  });

  it(`four different files at once on a report two short of ${MAX_ATTACHMENTS_PER_INCIDENT}: two attach, two are refused (409)`, async () => {
    const id = await submit();
    for (let batch = 0; batch * 5 < MAX_ATTACHMENTS_PER_INCIDENT - 2; batch++) {
      const count = Math.min(5, MAX_ATTACHMENTS_PER_INCIDENT - 2 - batch * 5);
      const files = Array.from({ length: count }, (_, i) => ({ filename: `f${batch}-${i}.png`, content: pngVariant(1000 + batch * 5 + i) }));
      expect((await upload('officer', id, files)).statusCode).toBe(201);
    }
    expect(await attachmentRows(id)).toBe(MAX_ATTACHMENTS_PER_INCIDENT - 2);
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => upload('officer', id, [{ filename: `akhir${i}.png`, content: pngVariant(2000 + i) }])));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 409, 409]);
    expect(await attachmentRows(id)).toBe(MAX_ATTACHMENTS_PER_INCIDENT);
  });
});
