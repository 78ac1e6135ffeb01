import { useEffect, useState } from 'react';

const TICK_MS = 60_000;

/** "Now" for countdowns, refreshed every minute so an open page turns overdue on time. */
export function useNow(): Date {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return new Date(now);
}
