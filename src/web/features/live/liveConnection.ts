/**
 * One Server-Sent Events connection to GET /api/v1/live/events per browser tab, shared by every
 * screen that listens (the server allows only a few streams per account). It opens with the first
 * subscriber and closes with the last.
 */

/** What the feed says: which record changed and where, never its content (src/modules/live/bus.ts). */
export interface LiveEvent {
  type: string;
  id: string;
  regionCode: string | null;
  at: string;
}

export interface LiveSubscriber {
  /** Full event names, e.g. `incident.created`: EventSource delivers named events only to their own listeners. */
  events: readonly string[];
  onEvent: (event: LiveEvent) => void;
  /** Called when the stream opens again after a break (its lifetime ended, the network dropped): events may have been missed. */
  onReconnect?: () => void;
}

const URL_PATH = '/api/v1/live/events';

let source: EventSource | null = null;
let broken = false;
const subscribers = new Set<LiveSubscriber>();
/** Event names that already have a listener on the current source. */
const heard = new Set<string>();

function parse(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<LiveEvent>;
    return typeof value.type === 'string' && typeof value.id === 'string' ? (value as LiveEvent) : null;
  } catch {
    return null;
  }
}

function listen(name: string) {
  if (!source || heard.has(name)) return;
  heard.add(name);
  source.addEventListener(name, (message) => {
    const event = parse((message as MessageEvent).data);
    if (!event) return;
    for (const subscriber of subscribers) if (subscriber.events.includes(event.type)) subscriber.onEvent(event);
  });
}

function open() {
  source = new EventSource(URL_PATH, { withCredentials: true });
  heard.clear();
  broken = false;
  source.addEventListener('open', () => {
    if (broken) for (const subscriber of subscribers) subscriber.onReconnect?.();
    broken = false;
  });
  source.addEventListener('error', () => {
    broken = true;
  });
  for (const subscriber of subscribers) for (const name of subscriber.events) listen(name);
}

/** Starts hearing `subscriber.events`; returns the function that stops. */
export function subscribeLive(subscriber: LiveSubscriber): () => void {
  subscribers.add(subscriber);
  if (typeof EventSource === 'undefined') return () => subscribers.delete(subscriber);
  if (!source) open();
  for (const name of subscriber.events) listen(name);
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0 && source) {
      source.close();
      source = null;
      heard.clear();
    }
  };
}
