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
  const refocus = () => window.requestAnimationFrame(() => first.current?.focus());
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.closest('form')?.requestSubmit();
    }
  };
  return { first, refocus, submitOnCtrlEnter, clearIfUnchanged };
}
