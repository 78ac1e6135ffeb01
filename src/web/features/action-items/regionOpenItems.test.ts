import { describe, expect, it } from 'vitest';
import { boardOrder, mergeOpenLists, regionBoardPath } from './regionOpenItems';

const item = (id: number, dueDate: string | null, overdue = false) => ({ id, dueDate, overdue });

describe('open items of a region page', () => {
  it('sorts as the board does: overdue first, nearest due date, undated last, newest first on a tie', () => {
    const items = [item(1, null), item(2, '2024-11-25'), item(3, '2024-11-15', true), item(4, '2024-11-25'), item(5, '2024-11-21'), item(6, '2024-11-01', true)];
    expect([...items].sort(boardOrder).map((i) => i.id)).toEqual([6, 3, 5, 4, 2, 1]);
  });

  it('merges the open and in-progress answers, keeps the first few and adds the totals', () => {
    const open = { items: [item(10, '2024-11-10', true), item(11, '2024-11-30'), item(12, null)], total: 9 };
    const inProgress = { items: [item(20, '2024-11-12', true), item(21, '2024-11-22')], total: 2 };
    const merged = mergeOpenLists([open, inProgress], 3);
    expect(merged.items.map((i) => i.id)).toEqual([10, 20, 21]);
    expect(merged.total).toBe(11);
  });

  it('links to the board filtered to the region, or to one item over that board', () => {
    expect(regionBoardPath('51.06')).toBe('/action-items?mine=region&region=51.06');
    expect(regionBoardPath('51.06', 42)).toBe('/action-items/42?mine=region&region=51.06');
  });
});
