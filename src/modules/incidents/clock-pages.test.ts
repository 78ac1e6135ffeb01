import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListCursor } from '../../domain/incidents/list-cursor.js';
import type { IncidentStatus } from '../../domain/incidents/workflow.js';
import { clockPage, type ClockedReport } from './clock-pages.js';
import { createIncidentRepo } from './repo.js';
import { openIncidentDesk, report, type Who } from './test-desk.js';
import { timelineOf } from './views.js';

/**
 * clockPage reads a report's clock timeline in SQL for the deadline scan; views.ts timelineOf reads
 * it from the report and its transitions for the report's page. They must agree on every report.
 */
const clock = { now: () => new Date('2024-11-26T03:00:00Z') };
let desk: Awaited<ReturnType<typeof openIncidentDesk>>;

async function move(who: Who, id: number, body: Record<string, unknown>) {
  const { version } = (await desk.call('admin', 'GET', `/incidents/${id}`)).json();
  const response = await desk.call(who, 'POST', `/incidents/${id}/transitions`, { version, ...body });
  expect(response.statusCode, response.body).toBe(200);
}

async function submit(change: Record<string, unknown> = {}): Promise<number> {
  const response = await desk.call('admin', 'POST', '/incidents', report(change));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

beforeAll(async () => {
  desk = await openIncidentDesk(clock);
  await submit(); // baru: not held, never on a page of held reports
  const once = await submit({ category: 'politik_uang' });
  await move('admin', once, { action: 'verifikasi', reason: 'Dikonfirmasi' });
  await move('admin', once, { action: 'teruskan', reason: 'Ranah Bawaslu', unitId: desk.units.bawasluBangli });
  // Referred to Bawaslu, then on to Gakkumdu and the police: three referrals in order, then followed up.
  const twice = await submit({ category: 'politik_uang', regionCode: '51.06' });
  await move('admin', twice, { action: 'verifikasi', reason: 'Dikonfirmasi' });
  await move('admin', twice, { action: 'teruskan', reason: 'Ranah Bawaslu', unitId: desk.units.bawasluBangli });
  await move('admin', twice, { action: 'teruskan', reason: 'Dugaan pidana', unitId: desk.units.gakkumduBali });
  await move('admin', twice, { action: 'teruskan', reason: 'Penyidikan', unitId: desk.units.poldaNtb });
  await move('admin', twice, { action: 'tindak_lanjuti', reason: 'Diproses' });
  // Instants with microseconds, as PostgreSQL keeps them: both readings cut them to the millisecond.
  await desk.database.db.execute(sql`update incident_transitions set at = at + interval '789 microseconds'`);
  await desk.database.db.execute(sql`update incidents set known_at = known_at + interval '789 microseconds'`);
});
afterAll(async () => desk?.close());

/** Every report in `status`, following the cursor one page of `limit` at a time. */
async function allPages(status: IncidentStatus, limit: number): Promise<ClockedReport[]> {
  const seen: ClockedReport[] = [];
  for (let cursor: ListCursor | null = null, pages = 0; ; pages += 1) {
    expect(pages).toBeLessThan(50);
    const { items, next } = await clockPage(desk.database.db, status, cursor, limit);
    seen.push(...items);
    if (next === null) return seen;
    cursor = next;
  }
}

describe('clockPage', () => {
  it.each(['diteruskan', 'ditindaklanjuti'] as const)('gives every %s report the timeline its page shows, with what a notification names', async (status) => {
    const repo = createIncidentRepo(desk.database.db);
    const items = await allPages(status, 500);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const record = (await repo.get(item.id))!;
      expect(record.status).toBe(status);
      expect(item.timeline).toEqual(timelineOf(record, await repo.transitions([item.id])));
      expect(item).toMatchObject({ reference: record.reference, regionCode: record.regionCode, regionName: record.regionName, referredUnitId: record.referredUnitId, referredUnitName: record.referredUnit?.name ?? null });
    }
    if (status === 'ditindaklanjuti') {
      const [followed] = items;
      expect(followed!.timeline.referrals.map((r) => r.agencyCode)).toEqual(['BAWASLU', 'GAKKUMDU', 'POLRI']);
      expect(followed!.timeline.followedUpAt).not.toBeNull();
    }
  });

  it('pages one report at a time reach each held report once, in the list order', async () => {
    for (const status of ['diteruskan', 'ditindaklanjuti'] as const) {
      const whole = (await allPages(status, 500)).map((item) => item.id);
      expect((await allPages(status, 1)).map((item) => item.id)).toEqual(whole);
      const listed = (await desk.call('admin', 'GET', `/incidents?status=${status}&limit=500`)).json().items.map((item: { id: number }) => item.id);
      expect(whole).toEqual(listed);
    }
  });
});
