import { describe, expect, it } from 'vitest';
import { ACTIONS, can, canGrant, grantableRoles, inScope, visibleRoots, type Action, type Principal, type Role } from './rules.js';

const national: Principal = { role: 'admin', regionCode: null, unitId: null };
const baliCoordinator: Principal = { role: 'coordinator', regionCode: '51', unitId: null };
const bangliOfficer: Principal = { role: 'officer', regionCode: '51.06', unitId: 7 };
const bangliViewer: Principal = { role: 'viewer', regionCode: '51.06', unitId: null };
const reporter: Principal = { role: 'reporter', regionCode: '51.06', unitId: null };

describe('inScope', () => {
  it.each([
    [national, '91.01', true],
    [national, null, true],
    [baliCoordinator, '51.06.01.2001', true],
    [baliCoordinator, '51', true],
    [baliCoordinator, '52.01', false],
    [baliCoordinator, null, false],
    [bangliOfficer, '51.06.02', true],
    [bangliOfficer, '51.07', false],
    [bangliOfficer, '51', false],
  ] as const)('%j sees %s: %s', (principal, region, expected) => {
    expect(inScope(principal, region)).toBe(expected);
  });
});

describe('can', () => {
  const cases: [string, Principal, Action, string | null, number | null, boolean][] = [
    ['admin writes anywhere', national, 'write', '91.01', null, true],
    ['admin reads the audit', national, 'read_audit', null, null, true],
    ['coordinator writes inside Bali', baliCoordinator, 'write', '51.06', 3, true],
    ['coordinator cannot write in NTB', baliCoordinator, 'write', '52.01', null, false],
    ['coordinator manages accounts in Bali', baliCoordinator, 'manage_accounts', '51.06', null, true],
    ['officer writes for its unit', bangliOfficer, 'write', '51.06', 7, true],
    ['officer cannot write for another unit', bangliOfficer, 'write', '51.06', 8, false],
    ['officer writes unit-less objects in its region', bangliOfficer, 'write', '51.06.01', null, true],
    ['officer reads another unit’s object in its region', bangliOfficer, 'read', '51.06', 8, true],
    ['officer cannot manage accounts', bangliOfficer, 'manage_accounts', '51.06', null, false],
    ['officer cannot read the audit', bangliOfficer, 'read_audit', '51.06', null, false],
    ['viewer reads', bangliViewer, 'read', '51.06.01', null, true],
    ['viewer cannot write', bangliViewer, 'write', '51.06', null, false],
    ['viewer cannot submit', bangliViewer, 'submit', '51.06', null, false],
    ['reporter submits in its region', reporter, 'submit', '51.06.03', null, true],
    ['reporter cannot submit elsewhere', reporter, 'submit', '51.07', null, false],
    ['reporter cannot read', reporter, 'read', '51.06', null, false],
  ];
  it.each(cases)('%s', (_label, principal, action, region, unit, expected) => {
    expect(can(principal, action, { regionCode: region, unitId: unit })).toBe(expected);
  });

  it('lets a national admin do every action on a national object', () => {
    for (const action of ACTIONS) expect(can(national, action, { regionCode: null })).toBe(true);
  });
});

describe('granting roles and scopes', () => {
  it.each([
    ['admin', ['admin', 'coordinator', 'officer', 'viewer', 'reporter']],
    ['coordinator', ['coordinator', 'officer', 'viewer', 'reporter']],
    ['officer', []],
    ['viewer', []],
    ['reporter', []],
  ] as const)('%s may grant %j', (role, roles) => {
    expect(grantableRoles({ role: role as Role, regionCode: '51', unitId: null })).toEqual(roles);
  });

  it.each([
    [national, { role: 'admin', regionCode: null, unitId: null }, true],
    [baliCoordinator, { role: 'officer', regionCode: '51.06', unitId: 7 }, true],
    [baliCoordinator, { role: 'coordinator', regionCode: '51', unitId: null }, true],
    [baliCoordinator, { role: 'admin', regionCode: '51', unitId: null }, false],
    [baliCoordinator, { role: 'viewer', regionCode: '52', unitId: null }, false],
    [baliCoordinator, { role: 'viewer', regionCode: null, unitId: null }, false],
    [bangliOfficer, { role: 'viewer', regionCode: '51.06', unitId: null }, false],
  ] as const)('%j granting %j: %s', (principal, grant, expected) => {
    expect(canGrant(principal, grant as Principal)).toBe(expected);
  });
});

describe('visibleRoots', () => {
  it('is null for the whole country and the scope root otherwise', () => {
    expect(visibleRoots(national)).toBeNull();
    expect(visibleRoots(bangliOfficer)).toEqual(['51.06']);
  });
});
