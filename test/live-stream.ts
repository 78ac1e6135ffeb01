/**
 * A reader of GET /api/v1/live/events for module tests: opens the stream as a signed-in account,
 * parses the Server-Sent Events as they come, and lets the test wait for them. Shared by the live
 * feed's own tests and those of the modules that publish to it.
 */
import { expect } from 'vitest';
import { TEST_ORIGIN } from './helpers.js';

export interface ReceivedLiveEvent {
  event: string;
  data: { type: string; id: string; regionCode: string | null };
}

/**
 * An open event stream at `base` (a listening server's URL): the events parsed so far, the comment
 * lines, a way to wait for a number of events, and to close it. Resolves once the server said the
 * stream is open (so events published afterwards reach it); a refused stream resolves with its response.
 */
export async function openLiveStream(base: string, cookie: string | undefined, query = '') {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/v1/live/events${query}`, {
    headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie: `sinergi_session=${cookie}` } : {}) }, signal: abort.signal,
  });
  const received: ReceivedLiveEvent[] = [];
  const comments: string[] = [];
  let opened!: () => void;
  const open = new Promise<void>((resolve) => { opened = resolve; });
  let finished!: () => void;
  const ended = new Promise<void>((resolve) => { finished = resolve; });
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n');
            for (const line of lines) if (line.startsWith(':')) comments.push(line.slice(1).trim());
            if (lines.some((line) => line === ': open')) opened();
            const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
            const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
            if (event && data) received.push({ event, data: JSON.parse(data) });
          }
        }
      } catch {
        // Aborted by the test.
      }
      finished();
    })();
    await open;
  } else {
    await response.text();
    finished();
  }
  return {
    response, received, comments,
    /** Resolves when the stream has ended (the server closed it, or the test did). */
    ended,
    async waitFor(count: number) {
      await expect.poll(() => received.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(count);
    },
    close: () => abort.abort(),
  };
}
