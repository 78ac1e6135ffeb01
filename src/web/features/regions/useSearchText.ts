import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The text of a search box kept in step with a value stored elsewhere (the URL):
 * typing updates `committed` after a pause; outside changes (back button, nav links) reset the box.
 */
export function useSearchText(committed: string, commit: (value: string) => void) {
  const [text, setText] = useState(committed);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const lastCommitted = useRef(committed);

  useEffect(() => {
    const value = debounced.trim();
    if (value === lastCommitted.current) return;
    lastCommitted.current = value;
    commit(value);
  }, [debounced, commit]);

  useEffect(() => {
    if (committed === lastCommitted.current) return;
    lastCommitted.current = committed;
    setText(committed);
  }, [committed]);

  return [text, setText] as const;
}
