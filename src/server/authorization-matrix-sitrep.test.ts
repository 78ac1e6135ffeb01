import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSitrepDesk, type SitrepDesk, type Who } from '../modules/sitrep/test-desk.js';

/**
 * The authorization matrix of daily situation reports (issue 10), on a stored report of Bangli
 * (51.06): those who write in Bangli (national admin, Bali and Bangli coordinators, a Bali officer)
 * make Bangli's report; viewers read and download but make none (403); outside the scope (NTB)
 * making is 403 and a stored report is not found (404); reporters get 403 (on a stored report 404);
 * without a session 401. Schedules are read and set by administrators and coordinators over the
 * region only. The national report is made and listed by national accounts only.
 */
type Caller = Who | 'anonymous';
const CALLERS: Caller[] = ['admin', 'bali', 'bangli', 'ntb', 'officer', 'viewer', 'reporter', 'anonymous'];

interface Row { create: number; national: number; list: number; listRegion: number; pdf: number; xlsx: number; schedules: number; putSchedule: number }
const manager: Row = { create: 201, national: 403, list: 200, listRegion: 200, pdf: 200, xlsx: 200, schedules: 200, putSchedule: 200 };
const EXPECTED: Record<Caller, Row> = {
  admin: { ...manager, national: 201 },
  bali: manager,
  bangli: manager,
  ntb: { create: 403, national: 403, list: 200, listRegion: 403, pdf: 404, xlsx: 404, schedules: 200, putSchedule: 403 },
  officer: { ...manager, schedules: 403, putSchedule: 403 },
  viewer: { ...manager, create: 403, schedules: 403, putSchedule: 403 },
  reporter: { create: 403, national: 403, list: 403, listRegion: 403, pdf: 404, xlsx: 404, schedules: 403, putSchedule: 403 },
  anonymous: { create: 401, national: 401, list: 401, listRegion: 401, pdf: 401, xlsx: 401, schedules: 401, putSchedule: 401 },
};

let desk: SitrepDesk;
let reportId = 0;

beforeAll(async () => {
  desk = await openSitrepDesk({ now: () => new Date('2024-11-26T12:00:00Z') });
  const made = await desk.call('bangli', 'POST', '/situation-reports', { regionCode: '51.06', date: '2024-11-25' });
  expect(made.statusCode, made.body).toBe(201);
  reportId = made.json().report.id;
});
afterAll(async () => desk?.close());

describe('situation reports authorization matrix', () => {
  it.each(CALLERS)('as %s', async (who) => {
    const as = who === 'anonymous' ? null : who;
    const seen: Row = {
      create: (await desk.call(as, 'POST', '/situation-reports', { regionCode: '51.06', date: '2024-11-26' })).statusCode,
      national: (await desk.call(as, 'POST', '/situation-reports', { regionCode: null, date: '2024-11-26' })).statusCode,
      list: (await desk.call(as, 'GET', '/situation-reports')).statusCode,
      listRegion: (await desk.call(as, 'GET', '/situation-reports?region=51.06')).statusCode,
      pdf: (await desk.call(as, 'GET', `/situation-reports/${reportId}/report.pdf`)).statusCode,
      xlsx: (await desk.call(as, 'GET', `/situation-reports/${reportId}/report.xlsx`)).statusCode,
      schedules: (await desk.call(as, 'GET', '/situation-report-schedules')).statusCode,
      putSchedule: (await desk.call(as, 'PUT', '/situation-report-schedules', { regionCode: '51.06', localHour: 7, enabled: false })).statusCode,
    };
    expect(seen).toEqual(EXPECTED[who]);
  });

  it('a list shows only reports inside the caller’s scope', async () => {
    const ids = async (who: Who) => (await desk.call(who, 'GET', '/situation-reports')).json().items.map((r: { id: number }) => r.id);
    expect(await ids('bangli')).toContain(reportId);
    expect(await ids('ntb')).not.toContain(reportId);
    const national = (await desk.call('admin', 'POST', '/situation-reports', { regionCode: null, date: '2024-11-25' })).json().report.id;
    expect(await ids('admin')).toContain(national);
    expect(await ids('bali')).not.toContain(national);
  });
});
