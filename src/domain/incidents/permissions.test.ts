import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/rules.js';
import { availableActions, mayReadIncident, maySeeReporterContact, mayTakeAction, type IncidentAccessTarget } from './permissions.js';

const who = (principal: Principal, userId = 'u-1') => ({ principal, userId });
const admin = who({ role: 'admin', regionCode: null, unitId: null });
const coordinator = who({ role: 'coordinator', regionCode: '51', unitId: null });
const otherCoordinator = who({ role: 'coordinator', regionCode: '52', unitId: null });
const officer = who({ role: 'officer', regionCode: '51.06', unitId: 10 });
/** An officer of the provincial Gakkumdu unit (id 20) whose scope is another province's desk. */
const receiving = who({ role: 'officer', regionCode: '52', unitId: 20 });
const viewer = who({ role: 'viewer', regionCode: '51', unitId: null });
const reporter = who({ role: 'reporter', regionCode: '51.06', unitId: null }, 'reporter-1');

const fresh: IncidentAccessTarget = { regionCode: '51.06.01.2001', createdBy: 'reporter-1', status: 'baru', referredUnitId: null };
const referred: IncidentAccessTarget = { ...fresh, status: 'diteruskan', referredUnitId: 20 };

describe('reading', () => {
  it('a reporter reads only what it sent; the others by region, or as the receiving unit', () => {
    expect(mayReadIncident(reporter, fresh)).toBe(true);
    expect(mayReadIncident(who(reporter.principal, 'someone-else'), fresh)).toBe(false);
    expect([admin, coordinator, officer, viewer].map((a) => mayReadIncident(a, fresh))).toEqual([true, true, true, true]);
    expect(mayReadIncident(otherCoordinator, fresh)).toBe(false);
    expect(mayReadIncident(receiving, fresh)).toBe(false);
    expect(mayReadIncident(receiving, referred)).toBe(true);
  });
});

describe('acting', () => {
  it('triage belongs to those who write in the region', () => {
    expect(availableActions(officer, fresh)).toEqual(['verifikasi', 'tolak', 'tandai_duplikat']);
    expect(availableActions(coordinator, fresh)).toEqual(['verifikasi', 'tolak', 'tandai_duplikat']);
    for (const actor of [viewer, reporter, otherCoordinator, receiving]) expect(availableActions(actor, fresh)).toEqual([]);
    expect(mayTakeAction(officer, { ...fresh, status: 'terverifikasi' }, 'teruskan')).toBe(true);
  });

  it('a referred report belongs to the receiving unit (and the coordinators over the region), not to other officers', () => {
    expect(availableActions(receiving, referred)).toEqual(['teruskan', 'tindak_lanjuti']);
    expect(availableActions(coordinator, referred)).toEqual(['teruskan', 'tindak_lanjuti']);
    expect(availableActions(admin, referred)).toEqual(['teruskan', 'tindak_lanjuti']);
    expect(availableActions(officer, referred)).toEqual([]);
    expect(availableActions(receiving, { ...referred, status: 'ditindaklanjuti' })).toEqual(['selesaikan']);
    expect(availableActions(admin, { ...referred, status: 'selesai' })).toEqual([]);
  });
});

describe('reporter contact', () => {
  it('is seen by coordinators and administrators over the region and the receiving unit’s officers only', () => {
    expect(maySeeReporterContact(admin, fresh)).toBe(true);
    expect(maySeeReporterContact(coordinator, fresh)).toBe(true);
    expect(maySeeReporterContact(otherCoordinator, fresh)).toBe(false);
    expect(maySeeReporterContact(officer, fresh)).toBe(false);
    expect(maySeeReporterContact(viewer, fresh)).toBe(false);
    expect(maySeeReporterContact(reporter, fresh)).toBe(false);
    expect(maySeeReporterContact(receiving, fresh)).toBe(false);
    expect(maySeeReporterContact(receiving, referred)).toBe(true);
  });
});
