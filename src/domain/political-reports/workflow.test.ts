import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/rules.js';
import { levelOfRegion, mayAuthorReport, mayManageSchedule, mayManageTemplates, mayReviewReport } from './permissions.js';
import { POLITICAL_REPORT_STATES } from './vocabulary.js';
import { nextState, REPORT_ACTIONS, TRANSITIONS, type ReportAction } from './workflow.js';

const ALLOWED: [string, ReportAction, string][] = [
  ['belum', 'simpan', 'draf'], ['belum', 'kirim', 'terkirim'],
  ['draf', 'simpan', 'draf'], ['draf', 'kirim', 'terkirim'],
  ['terkirim', 'mulai', 'ditinjau'], ['terkirim', 'kembalikan', 'dikembalikan'], ['terkirim', 'terima', 'diterima'],
  ['ditinjau', 'kembalikan', 'dikembalikan'], ['ditinjau', 'terima', 'diterima'],
  ['dikembalikan', 'simpan', 'dikembalikan'], ['dikembalikan', 'kirim', 'terkirim'],
];

describe('review transitions', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextState(from as never, action)).toBe(to);
  });

  it('allows nothing else', () => {
    const allowed = new Set(ALLOWED.map(([from, action]) => `${from}:${action}`));
    let refused = 0;
    for (const state of POLITICAL_REPORT_STATES) {
      for (const action of REPORT_ACTIONS) {
        if (allowed.has(`${state}:${action}`)) continue;
        expect(nextState(state, action), `${state}:${action}`).toBeNull();
        refused++;
      }
    }
    expect(refused).toBe(POLITICAL_REPORT_STATES.length * REPORT_ACTIONS.length - ALLOWED.length);
    expect(Object.keys(TRANSITIONS.diterima)).toEqual([]);
  });
});

const who = (role: Principal['role'], regionCode: string | null): Principal => ({ role, regionCode, unitId: null });

describe('who reviews a region’s report', () => {
  it.each([
    ['a kab/kota coordinator, its own kab/kota report', who('coordinator', '51.06'), '51.06', false],
    ['a kab/kota admin, its own kab/kota report', who('admin', '51.06'), '51.06', false],
    ['the province coordinator, a kab/kota report', who('coordinator', '51'), '51.06', true],
    ['another province coordinator, a kab/kota report', who('coordinator', '52'), '51.06', false],
    ['the province coordinator, its own province report', who('coordinator', '51'), '51', false],
    ['a national coordinator, a province report', who('coordinator', null), '51', true],
    ['a national admin, a kab/kota report', who('admin', null), '51.06', true],
    ['a province officer, a kab/kota report', who('officer', '51'), '51.06', false],
    ['a national viewer, a province report', who('viewer', null), '51', false],
  ] as const)('%s: %s', (_label, principal, region, expected) => {
    expect(mayReviewReport(principal, region)).toBe(expected);
  });

  it('authors are the region’s own desk and those above, never viewers or reporters', () => {
    expect(mayAuthorReport(who('officer', '51.06'), '51.06')).toBe(true);
    expect(mayAuthorReport(who('coordinator', '51'), '51.06')).toBe(true);
    expect(mayAuthorReport(who('viewer', '51.06'), '51.06')).toBe(false);
    expect(mayAuthorReport(who('reporter', '51.06'), '51.06')).toBe(false);
    expect(mayAuthorReport(who('officer', '51.06'), '51.03')).toBe(false);
  });

  it('schedules: coordinators inside their scope; templates: national admins only', () => {
    expect(mayManageSchedule(who('coordinator', '51'), '51')).toBe(true);
    expect(mayManageSchedule(who('coordinator', '51'), null)).toBe(false);
    expect(mayManageSchedule(who('officer', '51'), '51')).toBe(false);
    expect(mayManageTemplates(who('admin', null))).toBe(true);
    expect(mayManageTemplates(who('admin', '51'))).toBe(false);
    expect(mayManageTemplates(who('coordinator', null))).toBe(false);
  });

  it('levels from codes', () => {
    expect(levelOfRegion('51')).toBe('provinsi');
    expect(levelOfRegion('51.06')).toBe('kabkota');
    expect(levelOfRegion('51.06.01')).toBeNull();
  });
});
