import { useRef, type KeyboardEvent } from 'react';

/**
 * Fast recording: after an entry is saved the form clears and the cursor goes back to its first field,
 * ready for the next one. Ctrl/⌘+Enter in a text area saves too.
 */
/**
 * Empties a field after its entry was saved, unless the person already typed the next entry into it
 * while the save was on its way.
 */
export function clearIfUnchanged(set: (update: (current: string) => string) => void, saved: string) {
  set((current) => (current === saved ? '' : current));
}

export function useEntryForm<T extends HTMLElement = HTMLTextAreaElement>() {
  const first = useRef<T>(null);
  // Back to the first field, unless the person has meanwhile moved to a field of another form: a late
  // save (a slow network) must not pull the cursor out of what they are typing now.
  const refocus = () => window.requestAnimationFrame(() => {
    const field = first.current;
    const active = document.activeElement;
    const form = field?.closest('form');
    if (!field || (active && active !== document.body && form && !form.contains(active))) return;
    field.focus();
  });
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.closest('form')?.requestSubmit();
    }
  };
  return { first, refocus, submitOnCtrlEnter, clearIfUnchanged };
}
