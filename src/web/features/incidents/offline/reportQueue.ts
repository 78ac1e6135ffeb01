import { ApiError } from '../../../api';
import type { CreateIncident } from '../api';
import type { ReportDraft } from '../reportDraft';

/**
 * waiting: to be sent when there is a connection. attention: the server refused it (a 4xx other than 401):
 * it stays until the person fixes and sends it again or removes it. signedOut: the session had ended (401):
 * sent again once the same account has signed in. filesPending: the server has the report (incidentId),
 * some of its files are still to be uploaded. filesRefused: the report and its other files are on the
 * server; the files left were refused (each with its reason) and wait for the person to drop them.
 */
export type QueuedState = 'waiting' | 'attention' | 'signedOut' | 'filesPending' | 'filesRefused';

/** A file picked with a queued report, kept on the device (IndexedDB stores the Blob itself). */
export interface QueuedFile {
  /** Unique within its report. */
  id: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  /** Set when the server refused the file (a 4xx): its translated reason. It is not sent again. */
  refused?: string;
}

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
  /** Left by older versions of the app, which did not keep files: they are to be added by hand once sent. */
  hadFiles?: boolean;
  /** The files picked with the report, until each is on the server (then it leaves this list). */
  files?: QueuedFile[];
  /** The device could not store the files (quota): the report was kept without them. */
  filesNotKept?: boolean;
  /** Once the server has the report: its id, for the file uploads still to come. */
  incidentId?: number;
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

/** What one attempt at uploading one file came to (a refusal keeps its translated message). */
/** Anything but a success: what a failed request comes to. */
export type FailedOutcome = Exclude<SendOutcome, { kind: 'sent' }>;

export type UploadOutcome = { kind: 'uploaded' } | FailedOutcome;

export type Uploader = (incidentId: number, file: QueuedFile) => Promise<UploadOutcome>;

/** Without an uploader a run sends reports only; their files wait for a run that has one. */
const noUploader: Uploader = async () => ({ kind: 'unreachable' });

/** Whether the browser refused to store because the device (or the site's share of it) is full. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Sorts a failed POST: only an answer from the server can be a refusal; anything else is "try later". */
export function outcomeOfError(error: unknown): FailedOutcome {
  // Status 0: the request got no answer (the attachment upload's XMLHttpRequest reports a lost connection so).
  if (!(error instanceof ApiError) || error.status === 0) return { kind: 'unreachable' };
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
  /** Files that reached the server in this run. */
  uploaded: { key: string; fileId: string }[];
  /** Files the server refused in this run. */
  filesRefused: { key: string; fileId: string }[];
  /** Why the run stopped before the end, when it did: the rest waits for the next run. */
  stoppedBy?: 'unreachable' | 'busy' | 'signedOut';
}

export interface NewQueuedReport {
  key: string;
  input: CreateIncident;
  draft: ReportDraft;
  /** The files picked with the report (already checked by the picker: type, size). */
  files?: readonly File[] | readonly Omit<QueuedFile, 'id'>[];
}

/** A picked file as the queue keeps it: its bytes as a Blob, with what the upload needs to name it. */
function toQueuedFile(file: File | Omit<QueuedFile, 'id'>, index: number): QueuedFile {
  const blob = file instanceof Blob ? file : file.blob;
  return { id: String(index + 1), name: file.name, type: file.type, size: file.size, blob };
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

  /**
   * Stores a report to send later, with its files. When the device is too full for the files, the report
   * is stored without them (filesNotKept, for the form to say so): the report itself matters most. Throws
   * when the device cannot store even the report, so the form does not claim it did.
   */
  async enqueue(accountId: string, report: NewQueuedReport): Promise<QueuedReport> {
    const files = (report.files ?? []).map(toQueuedFile);
    const base: QueuedReport = {
      key: report.key, accountId, input: report.input, draft: report.draft, queuedAt: this.now().toISOString(),
      state: 'waiting', attempts: 0,
    };
    let item: QueuedReport = files.length > 0 ? { ...base, files } : base;
    try {
      await this.storage.put(item);
    } catch (error) {
      if (files.length === 0 || !isQuotaError(error)) throw error;
      item = { ...base, filesNotKept: true };
      await this.storage.put(item);
    }
    this.set([...this.items.filter((other) => other.key !== item.key), item]);
    return item;
  }

  /** Drops one file of a queued report (a refused one, say); a sent report with no file left leaves the queue. */
  async dropFile(key: string, fileId: string): Promise<void> {
    const item = this.items.find((other) => other.key === key);
    if (!item) return;
    const files = (item.files ?? []).filter((file) => file.id !== fileId);
    if (item.incidentId !== undefined && files.length === 0) return this.remove(key);
    await this.update({ ...item, files, state: item.incidentId !== undefined ? settledState(files) : item.state });
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
  flush(accountId: string, send: Sender, upload: Uploader = noUploader): Promise<FlushResult> {
    if (!this.running) {
      this.running = this.run(accountId, send, upload).finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(accountId: string, send: Sender, upload: Uploader): Promise<FlushResult> {
    await this.load();
    const result: FlushResult = { sent: [], refused: [], uploaded: [], filesRefused: [] };
    const due = this.itemsOf(accountId).filter((item) => item.state !== 'attention' && item.state !== 'filesRefused');
    for (const queued of due) {
      let item = queued;
      let incidentId = item.incidentId;
      if (incidentId === undefined) {
        const outcome = await send(item).catch(outcomeOfError);
        if (outcome.kind === 'refused') {
          await this.update({ ...item, state: 'attention', reason: outcome.message, attempts: item.attempts + 1 });
          result.refused.push(item.key);
          continue;
        }
        if (outcome.kind !== 'sent') {
          result.stoppedBy = await this.stop(accountId, item, outcome.kind);
          break;
        }
        result.sent.push({ key: item.key, incidentId: outcome.incidentId });
        if (pendingFiles(item).length === 0) {
          await this.remove(item.key);
          continue;
        }
        // The report is on the server: from now on only its files are left to send, to this id.
        incidentId = outcome.incidentId;
        item = { ...item, incidentId, state: 'filesPending' };
        await this.update(item);
      }
      const stopped = await this.uploadFiles(item, incidentId, upload, result);
      if (stopped) {
        result.stoppedBy = await this.stop(accountId, stopped.item, stopped.kind);
        break;
      }
    }
    return result;
  }

  /**
   * Uploads the item's files still pending, one at a time, each leaving the item once the server has it.
   * Exactly once without a key of its own: the server keeps the same bytes on one report as one attachment
   * (it answers a repeat with the first), so a file whose answer was lost is simply uploaded again.
   * A refusal (4xx) keeps the file with its reason and goes on; no answer, a busy server or a 401 stops.
   */
  private async uploadFiles(item: QueuedReport, incidentId: number, upload: Uploader, result: FlushResult):
    Promise<{ item: QueuedReport; kind: 'unreachable' | 'busy' | 'signedOut' } | null> {
    let current = item;
    for (const file of pendingFiles(item)) {
      const outcome = await upload(incidentId, file).catch(outcomeOfError);
      if (outcome.kind !== 'uploaded' && outcome.kind !== 'refused') return { item: current, kind: outcome.kind };
      const files = outcome.kind === 'uploaded'
        ? (current.files ?? []).filter((other) => other.id !== file.id)
        : (current.files ?? []).map((other) => (other.id === file.id ? { ...other, refused: outcome.message } : other));
      (outcome.kind === 'uploaded' ? result.uploaded : result.filesRefused).push({ key: item.key, fileId: file.id });
      if (files.length === 0) {
        await this.remove(item.key);
        return null;
      }
      current = { ...current, files, state: settledState(files) };
      await this.update(current);
    }
    return null;
  }

  /** A run stops at an item: a 401 marks the account's items that were going to be sent as signed out. */
  private async stop(accountId: string, item: QueuedReport, kind: 'unreachable' | 'busy' | 'signedOut') {
    if (kind === 'signedOut') {
      const going = this.itemsOf(accountId).filter((other) => other.state === 'waiting' || other.state === 'filesPending');
      for (const waiting of going) await this.update({ ...waiting, state: 'signedOut' });
    } else {
      await this.update({ ...item, attempts: item.attempts + 1 });
    }
    return kind;
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

/** The files of an item still to be uploaded (not refused). */
export function pendingFiles(item: Pick<QueuedReport, 'files'>): QueuedFile[] {
  return (item.files ?? []).filter((file) => file.refused === undefined);
}

/** Where a sent report stands by its files left: some to upload, or only refused ones. */
function settledState(files: readonly QueuedFile[]): QueuedState {
  return pendingFiles({ files: [...files] }).length > 0 ? 'filesPending' : 'filesRefused';
}
