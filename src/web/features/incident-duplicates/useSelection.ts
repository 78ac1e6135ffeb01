import { useCallback, useMemo, useState } from 'react';
import type { Incident } from '../incidents/api';

/** What the list's checkboxes need: which rows are ticked, and how to tick one or all of them. */
export interface RowSelection {
  selected: ReadonlySet<number>;
  toggle: (id: number) => void;
  /** Ticks every row shown (the page the list holds), or unticks them all when all were ticked. */
  toggleAll: () => void;
  allSelected: boolean;
  someSelected: boolean;
  clear: (ids?: readonly number[]) => void;
}

/** Ticked rows among `ids` (the rows shown): a row that leaves the list (filters, another page) is no longer ticked. */
export function useSelection(ids: readonly number[]): RowSelection {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const selected = useMemo(() => new Set(ids.filter((id) => ticked.has(id))), [ids, ticked]);
  const allSelected = ids.length > 0 && selected.size === ids.length;
  const toggle = useCallback((id: number) => setTicked((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }), []);
  const toggleAll = useCallback(() => setTicked(allSelected ? new Set() : new Set(ids)), [allSelected, ids]);
  const clear = useCallback((only?: readonly number[]) => setTicked((current) => {
    if (!only) return new Set();
    const next = new Set(current);
    for (const id of only) next.delete(id);
    return next;
  }), []);
  return { selected, toggle, toggleAll, allSelected, someSelected: selected.size > 0 && !allSelected, clear };
}

/** The selection over the reports a list shows. */
export function useIncidentSelection(items: readonly Incident[] | undefined): RowSelection {
  const ids = useMemo(() => (items ?? []).map((item) => item.id), [items]);
  return useSelection(ids);
}
