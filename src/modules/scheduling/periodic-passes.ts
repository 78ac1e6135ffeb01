/**
 * A worker's timer: runs `pass` now and every `intervalMs`, never two passes at once within a process,
 * and `stop()` waits for the pass in progress so the database can close after it. `halting` tells a
 * pass under way to finish what it holds instead of claiming more. Used by the feed and report workers.
 */
export function periodicPasses(pass: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let halting = false;
  return {
    get halting(): boolean {
      return halting;
    },
    start(): void {
      if (!stopped) return;
      stopped = false;
      halting = false;
      const tick = () => {
        running = running.then(() => (stopped ? undefined : pass())).catch(onError);
      };
      timer = setInterval(tick, intervalMs).unref();
      tick();
    },
    async stop(): Promise<void> {
      stopped = true;
      halting = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running.catch(() => undefined);
    },
  };
}
