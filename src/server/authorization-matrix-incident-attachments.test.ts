import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipartAttachments, pngVariant } from '../../test/attachments.js';
import { requestAs } from '../../test/helpers.js';
import { openIncidentDesk, report, type Who } from '../modules/incidents/test-desk.js';

/**
 * The authorization matrix of incident attachments (issue 7): every account of the incident desk ×
 * listing, downloading, attaching, deleting someone else's older attachment, and deleting one's own
 * fresh attachment, on a new report at Apuan (Bangli, Bali) sent by `reporter`; and a report referred
 * to Polda NTB, which its officers (outside Bali) reach as the receiving unit.
 * The rules (src/domain/incidents/attachments.ts): whoever reads the report lists and downloads; the
 * sender, those who write in its region and the receiving unit attach; coordinators and admins over
 * the region delete any attachment, the uploader its own within 15 minutes. Outside the report's
 * scope everything is 404; without a session 401.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'ntb', 'officer', 'poldaNtb', 'viewer', 'reporter', 'reporter2', 'anonymous'];

interface Row { list: number; download: number; attach: number; deleteOthers: number; deleteOwn: number | null }
const row = (list: number, download: number, attach: number, deleteOthers: number, deleteOwn: number | null): Row => ({ list, download, attach, deleteOthers, deleteOwn });

/** deleteOwn is null where the caller cannot attach, so has nothing of its own to delete. */
const NEW_REPORT: Record<Caller, Row> = {
  admin: row(200, 200, 201, 204, 204),
  bali: row(200, 200, 201, 204, 204),
  ntb: row(404, 404, 404, 404, null),
  officer: row(200, 200, 201, 403, 204),
  poldaNtb: row(404, 404, 404, 404, null),
  viewer: row(200, 200, 403, 403, null),
  reporter: row(200, 200, 201, 403, 204),
  reporter2: row(404, 404, 404, 404, null),
  anonymous: row(401, 401, 401, 401, null),
};
const REFERRED_TO_POLDA_NTB: Partial<Record<Caller, Row>> = {
  poldaNtb: row(200, 200, 201, 403, 204),
  ntb: row(404, 404, 404, 404, null),
};

let desk: Awaited<ReturnType<typeof openIncidentDesk>>;
let fresh: number;
let referred: number;
let variant = 0;

beforeAll(async () => {
  desk = await openIncidentDesk({ now: () => new Date() });
  fresh = await submit();
  referred = await submit();
  const { version } = (await desk.call('admin', 'GET', `/incidents/${referred}`)).json();
  const moved = await desk.call('admin', 'POST', `/incidents/${referred}/transitions`, { action: 'verifikasi', reason: 'Dikonfirmasi', version });
  expect(moved.statusCode, moved.body).toBe(200);
  const refer = await desk.call('admin', 'POST', `/incidents/${referred}/transitions`, { action: 'teruskan', reason: 'Ranah Polda NTB', unitId: desk.units.poldaNtb, version: version + 1 });
  expect(refer.statusCode, refer.body).toBe(200);
});
afterAll(async () => desk?.close());

async function submit(): Promise<number> {
  const response = await desk.call('reporter', 'POST', '/incidents', report());
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const session = (who: Caller) => (who === 'anonymous' ? undefined : desk.sessions[who]);

function attach(who: Caller, id: number) {
  const body = buildMultipartAttachments([{ filename: 'bukti.png', content: pngVariant(++variant) }]);
  return requestAs(desk.app, session(who), 'POST', `/incidents/${id}/attachments`, body.payload, { 'content-type': body.contentType });
}

/** An attachment the admin made an hour ago: past everyone's own delete window. */
async function olderAttachment(id: number): Promise<number> {
  const response = await attach('admin', id);
  expect(response.statusCode, response.body).toBe(201);
  const attachmentId = response.json().items[0].id as number;
  await desk.database.db.execute(sql`update incident_attachments set created_at = created_at - interval '1 hour' where id = ${attachmentId}`);
  return attachmentId;
}

async function check(who: Caller, id: number, expected: Row) {
  const attachmentId = await olderAttachment(id);
  const base = `/incidents/${id}/attachments`;
  expect((await requestAs(desk.app, session(who), 'GET', base)).statusCode, 'list').toBe(expected.list);
  expect((await requestAs(desk.app, session(who), 'GET', `${base}/${attachmentId}`)).statusCode, 'download').toBe(expected.download);
  const attached = await attach(who, id);
  expect(attached.statusCode, `attach: ${attached.body}`).toBe(expected.attach);
  expect((await requestAs(desk.app, session(who), 'DELETE', `${base}/${attachmentId}`)).statusCode, 'delete others').toBe(expected.deleteOthers);
  if (expected.deleteOwn !== null) {
    const own = attached.json().items[0].id as number;
    expect((await requestAs(desk.app, session(who), 'DELETE', `${base}/${own}`)).statusCode, 'delete own').toBe(expected.deleteOwn);
  }
}

describe('incident attachments authorization matrix', () => {
  it.each(CALLERS)('a new report at Apuan, as %s', async (who) => {
    await check(who, fresh, NEW_REPORT[who]);
  });

  it.each(Object.keys(REFERRED_TO_POLDA_NTB) as Caller[])('a report referred to Polda NTB, as %s', async (who) => {
    await check(who, referred, REFERRED_TO_POLDA_NTB[who]!);
  });
});
