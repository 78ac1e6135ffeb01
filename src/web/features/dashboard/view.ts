import { isWithin } from '../../../domain/regions/codes';

/** Whether a live event of `eventRegion` changes a dashboard of `shown` (none: the whole scope, which the server already filters). */
export function concerns(eventRegion: string | null, shown: string | undefined): boolean {
  if (!shown) return true;
  return eventRegion !== null && isWithin(eventRegion, shown);
}

/** National and provincial accounts may look at any region of their scope; a kabupaten/kota account sees its own only. */
export function canPickRegion(scope: string | null | undefined): boolean {
  return scope === null || scope === undefined || scope.length <= 2;
}

export interface Bar { date: string; count: number; link: string; height: number }

/** Bar heights (0–1 of the tallest) for the 14-day trend; an empty fortnight draws flat bars, not a division by zero. */
export function trendBars(trend: ReadonlyArray<{ date: string; count: number; link: string }>): Bar[] {
  const most = Math.max(0, ...trend.map((day) => day.count));
  return trend.map((day) => ({ ...day, height: most === 0 ? 0 : day.count / most }));
}

/** The words for the distance to voting day: how many days to go, today, or how long ago. */
export function votingDayPhase(days: number | null): 'none' | 'ahead' | 'today' | 'past' {
  if (days === null) return 'none';
  if (days > 0) return 'ahead';
  return days === 0 ? 'today' : 'past';
}

/** The province whose kabupaten/kota the readiness map draws for a dashboard of `region` (none: the provinces). */
export function mapParent(region: string | null | undefined): string | undefined {
  return region ? region.split('.')[0] : undefined;
}

/**
 * Runs `run` at once, then at most once per `ms`: calls in between are gathered into one run when the
 * interval ends. `cancel` drops a pending run (the screen went away).
 */
export function rateLimited(run: () => void, ms: number, clock: { now: () => number; after: (ms: number, fn: () => void) => () => void } = realClock) {
  let last = -Infinity;
  let pending: (() => void) | null = null;
  const fire = () => {
    pending = null;
    last = clock.now();
    run();
  };
  return {
    call() {
      if (pending) return;
      const wait = last + ms - clock.now();
      if (wait <= 0) fire();
      else pending = clock.after(wait, fire);
    },
    cancel() {
      pending?.();
      pending = null;
    },
  };
}

const realClock = {
  now: () => Date.now(),
  after: (ms: number, fn: () => void) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};
