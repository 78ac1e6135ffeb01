import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api';
import type { CreateIncident } from '../api';
import type { ReportDraft } from '../reportDraft';
import { isConnectionFailure, outcomeOfError, ReportQueue, sameBody, type QueuedReport, type QueueStorage, type SendOutcome } from './reportQueue';

/** The queue's storage in memory, as IndexedDB would keep it (copies, not shared objects). */
function memoryStorage(): QueueStorage & { stored: Map<string, QueuedReport> } {
  const stored = new Map<string, QueuedReport>();
  return {
    stored,
    list: async () => [...stored.values()].map((item) => structuredClone(item)),
    put: async (item) => void stored.set(item.key, structuredClone(item)),
    remove: async (key) => void stored.delete(key),
  };
}

const draft: ReportDraft = {
  category: 'politik_uang', regime: 'pilkada', description: 'Amplop dibagikan', occurredAt: '2026-11-27T08:00', regionCode: '51.06',
  latitude: '', longitude: '', tps: '', severity: '', reporterName: '', reporterContact: '', reporterAnonymous: false,
};
const input = (description: string): CreateIncident => ({
  category: 'politik_uang', regime: 'pilkada', description, occurredAt: '2026-11-27T00:00:00.000Z', regionCode: '51.06',
  latitude: null, longitude: null, tps: null, reporterName: null, reporterContact: null, reporterAnonymous: false,
});

let clock = 0;
const tick = () => new Date(Date.UTC(2026, 10, 27, 1, 0, clock++));

async function queueWith(...reports: { key: string; account?: string; description?: string }[]) {
  const storage = memoryStorage();
  const queue = new ReportQueue(storage, tick);
  for (const report of reports) {
    await queue.enqueue(report.account ?? 'A', { key: report.key, input: input(report.description ?? report.key), draft });
  }
  return { storage, queue };
}

/** A server that remembers keys like the real one: a repeated key answers the first report. */
function fakeServer() {
  const incidents = new Map<string, number>();
  const calls: string[] = [];
  const send = async (item: QueuedReport): Promise<SendOutcome> => {
    calls.push(item.key);
    if (!incidents.has(item.key)) incidents.set(item.key, incidents.size + 1);
    return { kind: 'sent', incidentId: incidents.get(item.key)! };
  };
  return { incidents, calls, send };
}

describe('ReportQueue', () => {
  it('keeps a queued report in storage, with its key, account and the form as typed', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' });
    const stored = storage.stored.get('k1')!;
    expect(stored).toMatchObject({ key: 'k1', accountId: 'A', state: 'waiting', attempts: 0, draft });
    expect(stored.input.description).toBe('k1');
    // A reopened app (a new queue over the same storage) finds it.
    const reopened = new ReportQueue(storage);
    await reopened.load();
    expect(reopened.snapshot().map((item) => item.key)).toEqual(['k1']);
    expect(queue.itemsOf('B')).toEqual([]);
  });

  it('sends oldest first and empties the queue once the server has each report', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' }, { key: 'k2' });
    const server = fakeServer();
    const result = await queue.flush('A', server.send);
    expect(server.calls).toEqual(['k1', 'k2']);
    expect(result.sent).toEqual([{ key: 'k1', incidentId: 1 }, { key: 'k2', incidentId: 2 }]);
    expect(storage.stored.size).toBe(0);
    expect(queue.snapshot()).toEqual([]);
  });

  it('sends a report whose answer was lost again with the same key: one report on the server', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' });
    const server = fakeServer();
    // The request reaches the server, the answer does not reach the phone.
    const lostAnswer = async (item: QueuedReport): Promise<SendOutcome> => {
      await server.send(item);
      throw new TypeError('Failed to fetch');
    };
    const first = await queue.flush('A', lostAnswer);
    expect(first).toMatchObject({ sent: [], stoppedBy: 'unreachable' });
    expect(storage.stored.get('k1')).toMatchObject({ state: 'waiting', attempts: 1 });
    const second = await queue.flush('A', server.send);
    expect(second.sent).toEqual([{ key: 'k1', incidentId: 1 }]);
    expect(server.calls).toEqual(['k1', 'k1']);
    expect(server.incidents.size).toBe(1);
    expect(storage.stored.size).toBe(0);
  });

  it('sends only the signed-in account\'s reports, never another account\'s on the same phone', async () => {
    const { storage, queue } = await queueWith({ key: 'a1', account: 'A' }, { key: 'b1', account: 'B' });
    const server = fakeServer();
    await queue.flush('B', server.send);
    expect(server.calls).toEqual(['b1']);
    expect([...storage.stored.keys()]).toEqual(['a1']);
  });

  it('keeps a refused report with the server\'s reason and goes on with the next', async () => {
    const { storage, queue } = await queueWith({ key: 'bad' }, { key: 'good' });
    const server = fakeServer();
    const send = async (item: QueuedReport): Promise<SendOutcome> => {
      if (item.key === 'bad') throw new ApiError('Wilayah tidak dikenal', 400, 'invalid');
      return server.send(item);
    };
    const result = await queue.flush('A', send);
    expect(result).toMatchObject({ refused: ['bad'], sent: [{ key: 'good' }] });
    expect(result.stoppedBy).toBeUndefined();
    expect(storage.stored.get('bad')).toMatchObject({ state: 'attention', reason: 'Wilayah tidak dikenal' });
    // A refused report is not sent again by itself: the person fixes it first.
    const again = await queue.flush('A', send);
    expect(again.refused).toEqual([]);
    expect(server.calls).toEqual(['good']);
  });

  it('marks the reports as waiting for a sign-in on a 401 and sends them once signed in again', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' }, { key: 'k2' });
    const result = await queue.flush('A', async () => {
      throw new ApiError('Silakan masuk', 401, 'unauthenticated');
    });
    expect(result.stoppedBy).toBe('signedOut');
    expect([...storage.stored.values()].map((item) => item.state)).toEqual(['signedOut', 'signedOut']);
    const server = fakeServer();
    const after = await queue.flush('A', server.send);
    expect(after.sent.map((sent) => sent.key)).toEqual(['k1', 'k2']);
    expect(storage.stored.size).toBe(0);
  });

  it('stops at a busy server and keeps everything waiting', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' }, { key: 'k2' });
    const calls: string[] = [];
    const result = await queue.flush('A', async (item) => {
      calls.push(item.key);
      throw new ApiError('Terlalu banyak permintaan', 429, 'rate_limited');
    });
    expect(result.stoppedBy).toBe('busy');
    expect(calls).toEqual(['k1']);
    expect([...storage.stored.values()].map((item) => item.state)).toEqual(['waiting', 'waiting']);
  });

  it('joins a run already going instead of sending the same report twice at once', async () => {
    const { queue } = await queueWith({ key: 'k1' });
    const server = fakeServer();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async (item: QueuedReport) => {
      await gate;
      return server.send(item);
    };
    const first = queue.flush('A', slow);
    const second = queue.flush('A', slow);
    release();
    expect(await second).toBe(await first);
    expect(server.calls).toEqual(['k1']);
  });

  it('removes an item on request and tells the subscribers', async () => {
    const { storage, queue } = await queueWith({ key: 'k1' });
    let told = 0;
    const stop = queue.subscribe(() => told++);
    const before = queue.snapshot();
    await queue.remove('k1');
    expect(told).toBe(1);
    expect(queue.snapshot()).not.toBe(before);
    expect(storage.stored.size).toBe(0);
    stop();
  });

  it('does not claim a report was stored when the device refuses to store it', async () => {
    const storage = memoryStorage();
    storage.put = async () => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError');
    };
    const queue = new ReportQueue(storage);
    await expect(queue.enqueue('A', { key: 'k1', input: input('x'), draft })).rejects.toThrow();
    expect(queue.snapshot()).toEqual([]);
  });
});

describe('sorting a failed submission', () => {
  it('treats only a missing answer as a connection failure', () => {
    expect(isConnectionFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isConnectionFailure(new ApiError('Tidak valid', 400, 'invalid'))).toBe(false);
    expect(isConnectionFailure(new ApiError('Server', 503, 'unavailable'))).toBe(false);
    expect(outcomeOfError(new ApiError('Server', 503, 'unavailable')).kind).toBe('busy');
    expect(outcomeOfError(new ApiError('Beda isi', 422, 'conflict'))).toMatchObject({ kind: 'refused', status: 422, message: 'Beda isi' });
  });

  it('keeps the queued key only while the body is unchanged', () => {
    expect(sameBody(input('x'), input('x'))).toBe(true);
    expect(sameBody(input('x'), input('y'))).toBe(false);
  });
});
