import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api';
import type { CreateIncident } from '../api';
import type { ReportDraft } from '../reportDraft';
import { outcomeOfError, ReportQueue, type QueuedFile, type QueuedReport, type QueueStorage, type SendOutcome, type UploadOutcome } from './reportQueue';

/** The queue's storage in memory, as IndexedDB would keep it (structured copies; Blobs included). */
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
const input: CreateIncident = {
  category: 'politik_uang', regime: 'pilkada', description: 'Amplop dibagikan', occurredAt: '2026-11-27T00:00:00.000Z', regionCode: '51.06',
  latitude: null, longitude: null, tps: null, reporterName: null, reporterContact: null, reporterAnonymous: false,
};
const photo = (name: string, bytes: string) => new File([bytes], name, { type: 'image/png' });

/**
 * A server like the real one: a repeated Idempotency-Key answers the first report, and the same bytes
 * uploaded to one report again are the attachment already there.
 */
function fakeServer() {
  const incidents = new Map<string, number>();
  const attachments = new Map<number, Map<string, string>>(); // incident → bytes → name
  const reportCalls: string[] = [];
  const uploadCalls: { incidentId: number; name: string }[] = [];
  const send = async (item: QueuedReport): Promise<SendOutcome> => {
    reportCalls.push(item.key);
    if (!incidents.has(item.key)) incidents.set(item.key, incidents.size + 1);
    return { kind: 'sent', incidentId: incidents.get(item.key)! };
  };
  const upload = async (incidentId: number, file: QueuedFile): Promise<UploadOutcome> => {
    uploadCalls.push({ incidentId, name: file.name });
    const bytes = await file.blob.text();
    const onReport = attachments.get(incidentId) ?? new Map<string, string>();
    if (!onReport.has(bytes)) onReport.set(bytes, file.name);
    attachments.set(incidentId, onReport);
    return { kind: 'uploaded' };
  };
  const attachmentsOf = (incidentId: number) => [...(attachments.get(incidentId)?.values() ?? [])];
  return { incidents, reportCalls, uploadCalls, send, upload, attachmentsOf };
}

async function queueWithPhotos(...files: File[]) {
  const storage = memoryStorage();
  const queue = new ReportQueue(storage);
  await queue.enqueue('A', { key: 'k1', input, draft, files });
  return { storage, queue };
}

describe('ReportQueue with files', () => {
  it('keeps the picked files with the queued report: bytes, name, type and size, across a reopened app', async () => {
    const { storage } = await queueWithPhotos(photo('amplop.png', 'PNG-1'), photo('tps.png', 'PNG-22'));
    const reopened = new ReportQueue(storage);
    await reopened.load();
    const [item] = reopened.snapshot();
    expect(item!.files!.map((file) => [file.name, file.type, file.size])).toEqual([['amplop.png', 'image/png', 5], ['tps.png', 'image/png', 6]]);
    expect(await item!.files![1]!.blob.text()).toBe('PNG-22');
    expect(item!.filesNotKept).toBeUndefined();
  });

  it('uploads each file to the report once the server has it, then the item leaves the queue', async () => {
    const { storage, queue } = await queueWithPhotos(photo('amplop.png', 'PNG-1'), photo('tps.png', 'PNG-22'));
    const server = fakeServer();
    const result = await queue.flush('A', server.send, server.upload);
    expect(result.sent).toEqual([{ key: 'k1', incidentId: 1 }]);
    expect(result.uploaded).toEqual([{ key: 'k1', fileId: '1' }, { key: 'k1', fileId: '2' }]);
    expect(server.uploadCalls).toEqual([{ incidentId: 1, name: 'amplop.png' }, { incidentId: 1, name: 'tps.png' }]);
    expect(server.attachmentsOf(1)).toEqual(['amplop.png', 'tps.png']);
    expect(storage.stored.size).toBe(0);
  });

  it('uploads a file whose answer was lost again, without sending the report again: one attachment', async () => {
    const { storage, queue } = await queueWithPhotos(photo('amplop.png', 'PNG-1'));
    const server = fakeServer();
    // The upload reaches the server, its answer does not reach the phone (XMLHttpRequest: status 0).
    const lostAnswer = async (incidentId: number, file: QueuedFile): Promise<UploadOutcome> => {
      await server.upload(incidentId, file);
      throw new ApiError('network', 0, 'network');
    };
    const first = await queue.flush('A', server.send, lostAnswer);
    expect(first).toMatchObject({ sent: [{ key: 'k1', incidentId: 1 }], uploaded: [], stoppedBy: 'unreachable' });
    // Still queued: the report is sent, its file pending.
    expect(storage.stored.get('k1')).toMatchObject({ state: 'filesPending', incidentId: 1, attempts: 1 });
    expect(storage.stored.get('k1')!.files!.map((file) => file.name)).toEqual(['amplop.png']);

    const second = await queue.flush('A', server.send, server.upload);
    expect(second).toMatchObject({ sent: [], uploaded: [{ key: 'k1', fileId: '1' }] });
    expect(server.reportCalls).toEqual(['k1']);
    expect(server.uploadCalls).toHaveLength(2);
    expect(server.attachmentsOf(1)).toEqual(['amplop.png']);
    expect(storage.stored.size).toBe(0);
  });

  it('keeps a file the server refuses with its reason, uploads the others, and lets the person drop it', async () => {
    const { storage, queue } = await queueWithPhotos(photo('rusak.png', 'not a png'), photo('tps.png', 'PNG-22'));
    const server = fakeServer();
    const upload = async (incidentId: number, file: QueuedFile): Promise<UploadOutcome> => {
      if (file.name === 'rusak.png') throw new ApiError('Isi berkas bukan gambar PNG', 415, 'attachment_type');
      return server.upload(incidentId, file);
    };
    const result = await queue.flush('A', server.send, upload);
    expect(result).toMatchObject({ filesRefused: [{ key: 'k1', fileId: '1' }], uploaded: [{ key: 'k1', fileId: '2' }] });
    expect(result.stoppedBy).toBeUndefined();
    const kept = storage.stored.get('k1')!;
    expect(kept).toMatchObject({ state: 'filesRefused', incidentId: 1 });
    expect(kept.files!.map((file) => [file.name, file.refused])).toEqual([['rusak.png', 'Isi berkas bukan gambar PNG']]);

    // A refused file is not sent again by itself.
    const again = await queue.flush('A', server.send, upload);
    expect(again).toMatchObject({ sent: [], uploaded: [], filesRefused: [] });
    expect(server.reportCalls).toEqual(['k1']);

    await queue.dropFile('k1', '1');
    expect(storage.stored.size).toBe(0);
    expect(queue.snapshot()).toEqual([]);
  });

  it('keeps the report queued without its files when the device refuses to store them (quota)', async () => {
    const storage = memoryStorage();
    const put = storage.put;
    storage.put = async (item) => {
      if (item.files?.length) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put(item);
    };
    const queue = new ReportQueue(storage);
    const item = await queue.enqueue('A', { key: 'k1', input, draft, files: [photo('besar.png', 'PNG')] });
    expect(item).toMatchObject({ key: 'k1', filesNotKept: true });
    expect(item.files).toBeUndefined();
    expect(storage.stored.get('k1')).toMatchObject({ state: 'waiting', filesNotKept: true });

    const server = fakeServer();
    const result = await queue.flush('A', server.send, server.upload);
    expect(result.sent).toEqual([{ key: 'k1', incidentId: 1 }]);
    expect(server.uploadCalls).toEqual([]);
    expect(storage.stored.size).toBe(0);
  });

  it('still refuses to claim a report was stored when even the report does not fit', async () => {
    const storage = memoryStorage();
    storage.put = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const queue = new ReportQueue(storage);
    await expect(queue.enqueue('A', { key: 'k1', input, draft, files: [photo('besar.png', 'PNG')] })).rejects.toThrow();
    expect(queue.snapshot()).toEqual([]);
  });

  it('waits for a sign-in when an upload gets a 401, then uploads without sending the report again', async () => {
    const { storage, queue } = await queueWithPhotos(photo('amplop.png', 'PNG-1'));
    const server = fakeServer();
    const result = await queue.flush('A', server.send, async () => {
      throw new ApiError('Silakan masuk', 401, 'unauthenticated');
    });
    expect(result.stoppedBy).toBe('signedOut');
    expect(storage.stored.get('k1')).toMatchObject({ state: 'signedOut', incidentId: 1 });
    await queue.flush('A', server.send, server.upload);
    expect(server.reportCalls).toEqual(['k1']);
    expect(server.attachmentsOf(1)).toEqual(['amplop.png']);
    expect(storage.stored.size).toBe(0);
  });

  it('treats an upload that got no answer (status 0) as a lost connection, not a refusal', () => {
    expect(outcomeOfError(new ApiError('network', 0, 'network')).kind).toBe('unreachable');
  });
});
