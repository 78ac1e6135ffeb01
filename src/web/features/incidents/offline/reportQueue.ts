import { ApiError } from '../../../api';
import type { CreateIncident } from '../api';
import type { ReportDraft } from '../reportDraft';

/**
 * waiting: to be sent when there is a connection. attention: the server refused it (a 4xx other than 401):
 * it stays until the person fixes and sends it again or removes it. signedOut: the session had ended (401):
 * sent again once the same account has signed in.
 */
export type QueuedState = 'waiting' | 'attention' | 'signedOut';

/** A report written without a connection, kept on the device until the server has it. */
export interface QueuedReport {
  /** The Idempotency-Key, made once when the report was first submitted; also the item's id. */
  key: string;
  /** Who wrote it: only this account's session sends it (a shared phone never sends A's report as B). */
  accountId: string;
  input: CreateIncident;
  /** The form as typed, to open the report in the form again when the server refused it. */
  draft: ReportDraft;
  queuedAt: string;
  state: QueuedState;
  /** The server's reason, already translated (its Accept-Language was the app's language). */
  reason?: string;
  /** Files chosen in the form are not queued: they are to be added once the report is on the server. */
  hadFiles?: boolean;
  attempts: number;
}

/** Where the queue lives: IndexedDB in the browser (idbStorage.ts), memory in tests. */
export interface QueueStorage {
  list(): Promise<QueuedReport[]>;
  put(item: QueuedReport): Promise<void>;
  remove(key: string): Promise<void>;
}

/** What one attempt at sending came to. */
export type SendOutcome =
  | { kind: 'sent'; incidentId: number }
  /** No answer: no connection, or the answer was lost on the way. Sent again later with the same key. */
  | { kind: 'unreachable' }
  /** 5xx, 408, 429: the server cannot take it now. Sent again later with the same key. */
  | { kind: 'busy' }
  | { kind: 'signedOut' }
  | { kind: 'refused'; status: number; code: string; message: string };

export type Sender = (item: QueuedReport) => Promise<SendOutcome>;

/** Sorts a failed POST: only an answer from the server can be a refusal; anything else is "try later". */
export function outcomeOfError(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return { kind: 'unreachable' };
  if (error.status === 401) return { kind: 'signedOut' };
  if (error.status >= 500 || error.status === 408 || error.status === 429) return { kind: 'busy' };
  return { kind: 'refused', status: error.status, code: error.code, message: error.message };
}

/** Whether a failed submission from the form should go to the queue instead of showing an error. */
export function isConnectionFailure(error: unknown): boolean {
  return outcomeOfError(error).kind === 'unreachable';
}

export interface FlushResult {
  sent: { key: string; incidentId: number }[];
  refused: string[];
  /** Why the run stopped before the end, when it did: the rest waits for the next run. */
  stoppedBy?: 'unreachable' | 'busy' | 'signedOut';
}

export interface NewQueuedReport {
  key: string;
  input: CreateIncident;
  draft: ReportDraft;
  hadFiles?: boolean;
}

/**
 * The device's queue of reports written offline. Each report keeps the Idempotency-Key it got at its first
 * submit, so a send whose answer was lost and that is sent again lands on the server once: the server
 * answers the repeat with the first report. Items leave the queue only when the server has the report or
 * the person removes them; a refusal keeps the item with its reason.
 */
export class ReportQueue {
  private items: readonly QueuedReport[] = [];
  private readonly listeners = new Set<() => void>();
  private running: Promise<FlushResult> | null = null;

  constructor(
    private readonly storage: QueueStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Reads the stored queue again (another tab may have changed it). */
  async load(): Promise<void> {
    const stored = await this.storage.list();
    this.set([...stored].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)));
  }

  /** Every item on the device, oldest first; the same array until something changes (useSyncExternalStore). */
  snapshot = (): readonly QueuedReport[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  itemsOf(accountId: string): QueuedReport[] {
    return this.items.filter((item) => item.accountId === accountId);
  }

  /** Stores a report to send later. Throws when the device cannot store it, so the form does not claim it did. */
  async enqueue(accountId: string, report: NewQueuedReport): Promise<QueuedReport> {
    const item: QueuedReport = {
      key: report.key, accountId, input: report.input, draft: report.draft, queuedAt: this.now().toISOString(),
      state: 'waiting', attempts: 0, ...(report.hadFiles ? { hadFiles: true } : {}),
    };
    await this.storage.put(item);
    this.set([...this.items.filter((other) => other.key !== item.key), item]);
    return item;
  }

  async remove(key: string): Promise<void> {
    await this.storage.remove(key);
    this.set(this.items.filter((item) => item.key !== key));
  }

  /**
   * Sends the account's waiting reports, oldest first, one at a time. A run already going is joined, not
   * doubled (the online event and the timer can fire together). A lost connection or a busy server stops
   * the run; a refusal marks that item and goes on with the next; a 401 marks them all as signed out.
   */
  flush(accountId: string, send: Sender): Promise<FlushResult> {
    if (!this.running) {
      this.running = this.run(accountId, send).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(accountId: string, send: Sender): Promise<FlushResult> {
    await this.load();
    const result: FlushResult = { sent: [], refused: [] };
    const due = this.itemsOf(accountId).filter((item) => item.state !== 'attention');
    for (const item of due) {
      const outcome = await send(item).catch(outcomeOfError);
      if (outcome.kind === 'sent') {
        await this.remove(item.key);
        result.sent.push({ key: item.key, incidentId: outcome.incidentId });
        continue;
      }
      if (outcome.kind === 'refused') {
        await this.update({ ...item, state: 'attention', reason: outcome.message, attempts: item.attempts + 1 });
        result.refused.push(item.key);
        continue;
      }
      if (outcome.kind === 'signedOut') {
        for (const waiting of this.itemsOf(accountId).filter((other) => other.state === 'waiting')) {
          await this.update({ ...waiting, state: 'signedOut' });
        }
      } else {
        await this.update({ ...item, attempts: item.attempts + 1 });
      }
      result.stoppedBy = outcome.kind;
      break;
    }
    return result;
  }

  private async update(item: QueuedReport): Promise<void> {
    await this.storage.put(item);
    this.set(this.items.map((other) => (other.key === item.key ? item : other)));
  }

  private set(items: readonly QueuedReport[]) {
    this.items = items;
    for (const listener of this.listeners) listener();
  }
}

/** Whether the form's body is still the queued one: only then may the resend keep the queued key. */
export function sameBody(a: CreateIncident, b: CreateIncident): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
