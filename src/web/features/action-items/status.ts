import { canMoveTo } from '../../../domain/meetings/action-items';
import { ACTION_STATUSES, type ActionStatus } from '../../../domain/meetings/vocabulary';
import type { CurrentUser } from '../../accountsApi';
import type { ActionItem } from './api';

export { ACTION_STATUSES, type ActionStatus };

export const STATUS_COLOR: Record<ActionStatus, string> = { open: 'blue', in_progress: 'yellow', done: 'teal', cancelled: 'gray' };

/** The statuses an item may move to from where it is (the server's own rule). */
export function nextStatuses(from: ActionStatus): ActionStatus[] {
  return ACTION_STATUSES.filter((to) => canMoveTo(from, to));
}

/**
 * Whether to offer the follow-up forms: administrators and coordinators (their scope), and officers of
 * the owner unit. An officer running the meeting may too, but does that from the meeting page; the
 * server decides in every case.
 */
export function mayFollowUp(user: CurrentUser | undefined, item: Pick<ActionItem, 'ownerUnitId'>): boolean {
  if (!user) return false;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  return user.role === 'officer' && user.unitId === item.ownerUnitId;
}

/** Items grouped by status, each group keeping the board's order (overdue first). */
export function groupByStatus<T extends { status: ActionStatus }>(items: readonly T[]): Record<ActionStatus, T[]> {
  const groups = { open: [], in_progress: [], done: [], cancelled: [] } as Record<ActionStatus, T[]>;
  for (const item of items) groups[item.status].push(item);
  return groups;
}
