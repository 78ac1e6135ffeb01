import { useMemo, useSyncExternalStore } from 'react';

/** A queued report that had files chosen: sent now, its files still to be added on its page. */
export interface FilesToAdd {
  accountId: string;
  incidentId: number;
  reference: string;
  description: string;
}

/**
 * Reports sent from the queue whose files were left behind, for the panel to point at ("add the files").
 * Kept for this page load only: the report itself is safe on the server, this is only a reminder.
 */
let reminders: readonly FilesToAdd[] = [];
const listeners = new Set<() => void>();

function set(next: readonly FilesToAdd[]) {
  reminders = next;
  for (const listener of listeners) listener();
}

export function remindFilesToAdd(reminder: FilesToAdd): void {
  set([...reminders.filter((other) => other.incidentId !== reminder.incidentId), reminder]);
}

export function dismissFilesToAdd(incidentId: number): void {
  set(reminders.filter((reminder) => reminder.incidentId !== incidentId));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useFilesToAdd(accountId: string | undefined): FilesToAdd[] {
  const all = useSyncExternalStore(subscribe, () => reminders);
  return useMemo(() => all.filter((reminder) => reminder.accountId === accountId), [all, accountId]);
}
