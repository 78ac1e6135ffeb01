import type { ActionItem } from './api';

/** How many open items a region page lists before it sends the reader to the board. */
export const REGION_OPEN_SHOWN = 5;

/** The statuses that count as still open on a region page. */
export const OPEN_STATUSES = ['open', 'in_progress'] as const;

type Ordered = Pick<ActionItem, 'id' | 'overdue' | 'dueDate'>;

/**
 * The board's own order (repo `list`): overdue first, then the nearest due date (undated last), then
 * the newest. The API filters one status at a time, so a page asking for open and in-progress items
 * merges two answers and must sort them as one list would have been.
 */
export function boardOrder(a: Ordered, b: Ordered): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return b.id - a.id;
}

/**
 * The first `shown` of several status lists merged in board order, and their total. Each list must be
 * the first `shown` (or more) of its status in board order: the first `shown` of the union are then
 * among them.
 */
export function mergeOpenLists<T extends Ordered>(lists: readonly { items: readonly T[]; total: number }[], shown: number): { items: T[]; total: number } {
  const items = lists.flatMap((list) => list.items).sort(boardOrder).slice(0, shown);
  return { items, total: lists.reduce((sum, list) => sum + list.total, 0) };
}

/** The board filtered to the region's owner units ("my region": everything the reader may see there). */
export function regionBoardPath(regionCode: string, itemId?: number): string {
  const search = new URLSearchParams({ mine: 'region', region: regionCode });
  return `/action-items${itemId === undefined ? '' : `/${itemId}`}?${search.toString()}`;
}
