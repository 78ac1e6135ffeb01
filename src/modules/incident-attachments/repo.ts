import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { StoredMediaType } from '../../domain/files/media-type.js';

type Executor = Pick<Db, 'execute'>;

/** An attachment with its file's facts (never its bytes) and the name of who attached it. */
export interface AttachmentRecord {
  id: number;
  incidentId: number;
  fileId: number;
  name: string;
  mediaType: StoredMediaType;
  size: number;
  sha256: string;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: Date;
}

type AttachmentRow = {
  id: number;
  incident_id: number;
  file_id: number;
  name: string;
  media_type: StoredMediaType;
  size: number;
  sha256: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date | string;
};

const SELECT_ATTACHMENT = sql`
  select a.id, a.incident_id, a.file_id, f.name, f.media_type, f.size, f.sha256, a.created_by, u.display_name as created_by_name, a.created_at
  from incident_attachments a
  join files f on f.id = a.file_id
  left join users u on u.id = a.created_by`;

const toRecord = (row: AttachmentRow): AttachmentRecord => ({
  id: Number(row.id), incidentId: Number(row.incident_id), fileId: Number(row.file_id), name: row.name, mediaType: row.media_type, size: Number(row.size),
  sha256: row.sha256, createdBy: row.created_by, createdByName: row.created_by_name, createdAt: new Date(row.created_at),
});

/** Attachments of incident reports: links from a report to rows of `files`. */
export function createAttachmentRepo(db: Executor) {
  return {
    async list(incidentId: number): Promise<AttachmentRecord[]> {
      const rows = await db.execute<AttachmentRow>(sql`${SELECT_ATTACHMENT} where a.incident_id = ${incidentId} order by a.created_at, a.id`);
      return rows.rows.map(toRecord);
    },

    async get(incidentId: number, attachmentId: number): Promise<AttachmentRecord | null> {
      const rows = await db.execute<AttachmentRow>(sql`${SELECT_ATTACHMENT} where a.incident_id = ${incidentId} and a.id = ${attachmentId}`);
      return rows.rows[0] ? toRecord(rows.rows[0]) : null;
    },

    /**
     * Holds the report's row until the transaction ends, so that two uploads to one report take
     * turns: the count against the cap and the same-bytes check then see each other's files.
     */
    async lockIncident(incidentId: number): Promise<boolean> {
      const rows = await db.execute<{ id: number }>(sql`select id from incidents where id = ${incidentId} for update`);
      return rows.rows.length > 0;
    },

    async count(incidentId: number): Promise<number> {
      const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from incident_attachments where incident_id = ${incidentId}`);
      return Number(rows.rows[0]!.n);
    },

    /** The attachment of this report whose file has these bytes (by digest), if any. */
    async withDigest(incidentId: number, sha256: string): Promise<AttachmentRecord | null> {
      const rows = await db.execute<AttachmentRow>(sql`${SELECT_ATTACHMENT} where a.incident_id = ${incidentId} and f.sha256 = ${sha256} order by a.id limit 1`);
      return rows.rows[0] ? toRecord(rows.rows[0]) : null;
    },

    async insert(incidentId: number, fileId: number, createdBy: string | null, at: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into incident_attachments (incident_id, file_id, created_by, created_at) values (${incidentId}, ${fileId}, ${createdBy}, ${at.toISOString()})
        returning id`);
      return Number(rows.rows[0]!.id);
    },

    /** Removes the link and its file: the bytes were this report's alone (every upload stores its own row). */
    async delete(attachment: AttachmentRecord): Promise<void> {
      await db.execute(sql`delete from incident_attachments where id = ${attachment.id}`);
      await db.execute(sql`delete from files where id = ${attachment.fileId}`);
    },
  };
}
