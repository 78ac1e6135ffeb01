import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../accountsApi';
import { groupByStatus, mayFollowUp, nextStatuses } from './status';

const user = (role: CurrentUser['role'], unitId: number | null): CurrentUser =>
  ({ id: 'u', email: 'e@x.go.id', displayName: 'E', role, scopeRegionCode: '51', unitId, language: 'id' });

describe('action-item status helpers', () => {
  it('offers the moves the server allows', () => {
    expect(nextStatuses('open')).toEqual(['in_progress', 'done', 'cancelled']);
    expect(nextStatuses('done')).toEqual(['open']);
  });

  it.each([
    ['admin', null, true], ['coordinator', null, true], ['officer', 7, true], ['officer', 8, false], ['viewer', 7, false], ['reporter', 7, false],
  ] as const)('%s of unit %s may follow up an item of unit 7: %s', (role, unitId, expected) => {
    expect(mayFollowUp(user(role, unitId), { ownerUnitId: 7 })).toBe(expected);
  });

  it('groups by status and keeps the order inside each group', () => {
    const groups = groupByStatus([{ id: 3, status: 'open' as const }, { id: 1, status: 'done' as const }, { id: 2, status: 'open' as const }]);
    expect(groups.open.map((item) => item.id)).toEqual([3, 2]);
    expect(groups.done.map((item) => item.id)).toEqual([1]);
    expect(groups.in_progress).toEqual([]);
  });
});
