import { createHash } from 'node:crypto';
import type { IncidentAttachment, IncidentAttachmentList, IncidentAttachmentUpload } from '../../contracts/incident-attachments.js';
import type { FieldChanges } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { sniffMediaType, type StoredMediaType } from '../../domain/files/media-type.js';
import {
  ATTACHMENT_MEDIA_TYPES, downloadName, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_INCIDENT, mayAttach, mayDeleteAttachment,
} from '../../domain/incidents/attachments.js';
import { mayReadIncident, type IncidentActor } from '../../domain/incidents/permissions.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readFile, storeFile } from '../files/repo.js';
import { createIncidentRepo, type IncidentRecord } from '../incidents/repo.js';
import type { LiveBus } from '../live/bus.js';
import { createAttachmentRepo, type AttachmentRecord } from './repo.js';
import type { AttachmentUpload } from './upload.js';

/** A download: the original bytes as stored (EXIF and all: evidence is never altered), and what to call them. */
export interface AttachmentDownload {
  content: Buffer;
  mediaType: StoredMediaType;
  fileName: string;
}

const incidentActor = (actor: Actor): IncidentActor => ({ principal: actor.principal, userId: actor.userId });
const notFound = (what: 'incident' | 'attachment') => new AppError('not_found', 404, { what });

/**
 * Photos and PDFs attached to incident reports (issue 7): added by those who may attach (the sender,
 * the desk, the receiving unit), typed by content, the same bytes kept once per report, read and
 * downloaded by whoever reads the report, deleted by coordinators/admins or the uploader soon after.
 * Every change is audited and announced on the live feed as incident.changed.
 */
export function createIncidentAttachmentService(db: Db, clock: Clock, live?: Pick<LiveBus, 'publish'>) {
  const incidents = createIncidentRepo(db);
  const attachments = createAttachmentRepo(db);

  async function readable(actor: Actor, id: number): Promise<IncidentRecord> {
    const record = await incidents.get(id);
    if (!record || !mayReadIncident(incidentActor(actor), record)) throw notFound('incident');
    return record;
  }

  function view(record: AttachmentRecord, incident: IncidentRecord, actor: Actor): IncidentAttachment {
    return {
      id: record.id, incidentId: record.incidentId, name: record.name, mediaType: record.mediaType, size: record.size, sha256: record.sha256,
      createdBy: record.createdBy ? { id: record.createdBy, name: record.createdByName ?? '' } : null, createdAt: record.createdAt.toISOString(),
      canDelete: mayDeleteAttachment(incidentActor(actor), incident, record, clock.now()),
    };
  }

  async function audited(tx: DbTransaction, actor: Actor, context: RequestContext, incident: IncidentRecord, action: string, changes: FieldChanges) {
    const now = clock.now();
    await live?.publish(tx, { type: 'incident.changed', id: String(incident.id), regionCode: incident.regionCode, at: now.toISOString() });
    await appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label }, action, entityType: 'incident', entityId: String(incident.id),
      regionCode: incident.regionCode, ip: context.ip, client: context.client, at: now, changes,
    });
  }

  return {
    async list(actor: Actor, incidentId: number): Promise<IncidentAttachmentList> {
      const incident = await readable(actor, incidentId);
      const items = await attachments.list(incidentId);
      return {
        items: items.map((item) => view(item, incident, actor)), canAttach: mayAttach(incidentActor(actor), incident),
        maxAttachments: MAX_ATTACHMENTS_PER_INCIDENT, maxBytes: MAX_ATTACHMENT_BYTES, mediaTypes: [...ATTACHMENT_MEDIA_TYPES],
      };
    },

    /**
     * Attaches the files, all or none: a file of another type (415), an empty one (400) or one past
     * the report's cap (409) refuses the whole request. Bytes the report already holds answer the
     * attachment they already are (duplicate: true), without a second row.
     */
    async attach(actor: Actor, incidentId: number, uploads: readonly AttachmentUpload[], context: RequestContext): Promise<IncidentAttachmentUpload> {
      const incident = await readable(actor, incidentId);
      if (!mayAttach(incidentActor(actor), incident)) throw new AppError('forbidden', 403);
      for (const upload of uploads) {
        if (upload.bytes.length === 0) throw new AppError('invalid', 400, { detail: 'attachment.empty' });
        const type = sniffMediaType(upload.bytes);
        if (!type || !ATTACHMENT_MEDIA_TYPES.includes(type)) throw new AppError('unsupported_media_type', 415, { detail: 'attachment.type' });
        if (upload.bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('payload_too_large', 413, { detail: 'attachment.too_large' });
      }
      const results = await db.transaction(async (tx) => {
        const repo = createAttachmentRepo(tx);
        if (!(await repo.lockIncident(incidentId))) throw notFound('incident');
        const out: { id: number; duplicate: boolean }[] = [];
        const added: Record<string, string | number>[] = [];
        for (const upload of uploads) {
          const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
          const existing = await repo.withDigest(incidentId, sha256);
          if (existing) {
            out.push({ id: existing.id, duplicate: true });
            continue;
          }
          if ((await repo.count(incidentId)) >= MAX_ATTACHMENTS_PER_INCIDENT) throw new AppError('conflict', 409, { detail: 'attachment.too_many' });
          const file = await storeFile(tx, upload, { regionCode: incident.regionCode, createdBy: actor.userId }, ATTACHMENT_MEDIA_TYPES);
          const id = await repo.insert(incidentId, file.id, actor.userId, clock.now());
          out.push({ id, duplicate: false });
          added.push({ id, name: file.name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 });
        }
        if (added.length > 0) await audited(tx, actor, context, incident, 'incident.attachment_add', { attachments: [null, added] });
        return out;
      });
      const items = [];
      for (const result of results) {
        const record = (await attachments.get(incidentId, result.id))!;
        items.push({ ...view(record, incident, actor), duplicate: result.duplicate });
      }
      return { items };
    },

    /** The original bytes, for whoever reads the report; 404 for an attachment of another report. */
    async download(actor: Actor, incidentId: number, attachmentId: number): Promise<AttachmentDownload> {
      await readable(actor, incidentId);
      const record = await attachments.get(incidentId, attachmentId);
      const file = record ? await readFile(db, record.fileId) : null;
      if (!record || !file) throw notFound('attachment');
      return { content: file.content, mediaType: file.mediaType, fileName: downloadName(file.name, file.mediaType) };
    },

    async remove(actor: Actor, incidentId: number, attachmentId: number, context: RequestContext): Promise<void> {
      const incident = await readable(actor, incidentId);
      const record = await attachments.get(incidentId, attachmentId);
      if (!record) throw notFound('attachment');
      if (!mayDeleteAttachment(incidentActor(actor), incident, record, clock.now())) throw new AppError('forbidden', 403);
      await db.transaction(async (tx) => {
        const repo = createAttachmentRepo(tx);
        if (!(await repo.lockIncident(incidentId)) || !(await repo.get(incidentId, attachmentId))) throw notFound('attachment');
        await repo.delete(record);
        // What was removed stays known by its digest: the audit chain keeps the facts, not the bytes.
        const removed = { id: record.id, name: record.name, mediaType: record.mediaType, size: record.size, sha256: record.sha256 };
        await audited(tx, actor, context, incident, 'incident.attachment_delete', { attachment: [removed, null] });
      });
    },
  };
}

export type IncidentAttachmentService = ReturnType<typeof createIncidentAttachmentService>;
