import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { PactSubmissionChannel, PactTargetKind, PactTargetState } from '../../domain/pacts/vocabulary.js';

type Executor = Pick<Db, 'execute'>;

/** A region subtree as SQL: the code itself or anything below it. */
export const withinSql = (column: SQL, root: string): SQL => sql`(${column} = ${root} or ${column} like ${`${root}.%`})`;
const iso = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export interface CampaignRecord {
  id: number; title: string; legalBasis: string; electionId: string | null; regionCode: string; regionName: string; timeZone: TimeZoneLabel;
  deadline: Date; requiresDocument: boolean; requiresVideo: boolean; requiresSigner: boolean; requiresSignedOn: boolean; notes: string;
  createdBy: string | null; createdAt: Date; version: number;
  counts: { targets: number; belum: number; terkirim: number; diverifikasi: number; ditolak: number; terlambat: number; late: number };
}

export interface TargetRecord {
  id: number; campaignId: number; name: string; kind: PactTargetKind; regionCode: string; regionName: string; unitId: number | null;
  contactName: string | null; contactEmail: string | null; contactPhone: string | null; state: PactTargetState; submittedAt: Date | null;
  reviewedAt: Date | null; reviewerName: string | null; rejectReason: string | null; hasToken: boolean; tokenExpiresAt: Date | null; tokenUsedAt: Date | null;
  version: number;
}

export interface SubmissionRecord {
  id: number; targetId: number; channel: PactSubmissionChannel; submittedAt: Date; signerName: string | null; signerNip: string | null;
  signerPosition: string | null; signedOn: string | null; videoUrl: string | null; note: string | null;
  document: { fileId: number; name: string; mediaType: string; size: number } | null;
}

type Row = Record<string, unknown>;

/** The campaign with its region and its targets counted by status at `now`. */
const campaignSelect = (now: Date) => sql`
  select c.*, r.name as region_name, r.time_zone,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id) as n_targets,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.state = 'belum') as n_belum,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.state = 'terkirim') as n_terkirim,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.state = 'diverifikasi') as n_diverifikasi,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.state = 'ditolak') as n_ditolak,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.state in ('belum', 'ditolak') and c.deadline < ${now.toISOString()}) as n_terlambat,
    (select count(*)::int from pact_targets t where t.campaign_id = c.id and t.submitted_at > c.deadline) as n_late
  from pact_campaigns c join regions r on r.code = c.region_code`;

const toCampaign = (row: Row): CampaignRecord => ({
  id: Number(row.id), title: String(row.title), legalBasis: String(row.legal_basis), electionId: (row.election_id as string | null) ?? null,
  regionCode: String(row.region_code), regionName: String(row.region_name), timeZone: row.time_zone as TimeZoneLabel, deadline: new Date(row.deadline as string),
  requiresDocument: Boolean(row.requires_document), requiresVideo: Boolean(row.requires_video), requiresSigner: Boolean(row.requires_signer),
  requiresSignedOn: Boolean(row.requires_signed_on), notes: String(row.notes), createdBy: (row.created_by as string | null) ?? null,
  createdAt: new Date(row.created_at as string), version: Number(row.version),
  counts: {
    targets: Number(row.n_targets), belum: Number(row.n_belum), terkirim: Number(row.n_terkirim), diverifikasi: Number(row.n_diverifikasi),
    ditolak: Number(row.n_ditolak), terlambat: Number(row.n_terlambat), late: Number(row.n_late),
  },
});

const TARGET_SELECT = sql`
  select t.*, r.name as region_name, u.display_name as reviewer_name
  from pact_targets t join regions r on r.code = t.region_code left join users u on u.id = t.reviewed_by`;

const toTarget = (row: Row): TargetRecord => ({
  id: Number(row.id), campaignId: Number(row.campaign_id), name: String(row.name), kind: row.kind as PactTargetKind, regionCode: String(row.region_code),
  regionName: String(row.region_name), unitId: row.unit_id === null ? null : Number(row.unit_id), contactName: (row.contact_name as string | null) ?? null,
  contactEmail: (row.contact_email as string | null) ?? null, contactPhone: (row.contact_phone as string | null) ?? null, state: row.state as PactTargetState,
  submittedAt: iso(row.submitted_at as string | null), reviewedAt: iso(row.reviewed_at as string | null), reviewerName: (row.reviewer_name as string | null) ?? null,
  rejectReason: (row.reject_reason as string | null) ?? null, hasToken: row.token_hash !== null, tokenExpiresAt: iso(row.token_expires_at as string | null),
  tokenUsedAt: iso(row.token_used_at as string | null), version: Number(row.version),
});

export interface CampaignFields {
  title: string; legalBasis: string; electionId: string | null; deadline: Date; requiresDocument: boolean; requiresVideo: boolean;
  requiresSigner: boolean; requiresSignedOn: boolean; notes: string;
}

export interface TargetFields {
  name: string; kind: PactTargetKind; regionCode: string; unitId: number | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null;
}

export function createPactRepo(db: Executor) {
  return {
    async campaign(id: number, now: Date): Promise<CampaignRecord | null> {
      const rows = await db.execute<Row>(sql`${campaignSelect(now)} where c.id = ${id}`);
      return rows.rows[0] ? toCampaign(rows.rows[0]) : null;
    },

    /** Campaigns inside `roots` (null: all), filtered, newest deadline first. */
    async campaigns(roots: string[] | null, filter: { regionCode?: string; electionId?: string; overdue?: boolean; limit: number; offset: number }, now: Date) {
      const conditions: SQL[] = [sql`true`];
      if (roots) conditions.push(sql`(${sql.join(roots.map((root) => withinSql(sql`c.region_code`, root)), sql` or `)})`);
      if (filter.regionCode) conditions.push(withinSql(sql`c.region_code`, filter.regionCode));
      if (filter.electionId) conditions.push(sql`c.election_id = ${filter.electionId}`);
      // The campaigns whose `terlambat` count is above zero.
      if (filter.overdue) {
        conditions.push(sql`c.deadline < ${now.toISOString()} and exists (select 1 from pact_targets t where t.campaign_id = c.id and t.state in ('belum', 'ditolak'))`);
      }
      const where = sql.join(conditions, sql` and `);
      const rows = await db.execute<Row>(sql`${campaignSelect(now)} where ${where} order by c.deadline desc, c.id desc limit ${filter.limit} offset ${filter.offset}`);
      const total = await db.execute<{ n: number }>(sql`select count(*)::int as n from pact_campaigns c where ${where}`);
      return { items: rows.rows.map(toCampaign), total: Number(total.rows[0]?.n ?? 0) };
    },

    async lockCampaign(id: number): Promise<{ version: number } | null> {
      const rows = await db.execute<{ version: number }>(sql`select version from pact_campaigns where id = ${id} for update`);
      return rows.rows[0] ? { version: Number(rows.rows[0].version) } : null;
    },

    async insertCampaign(fields: CampaignFields & { regionCode: string; createdBy: string }, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into pact_campaigns (title, legal_basis, election_id, region_code, deadline, requires_document, requires_video, requires_signer,
          requires_signed_on, notes, created_by, created_at, updated_at)
        values (${fields.title}, ${fields.legalBasis}, ${fields.electionId}, ${fields.regionCode}, ${fields.deadline.toISOString()}, ${fields.requiresDocument},
          ${fields.requiresVideo}, ${fields.requiresSigner}, ${fields.requiresSignedOn}, ${fields.notes}, ${fields.createdBy}, ${now.toISOString()}, ${now.toISOString()})
        returning id`);
      return Number(rows.rows[0]!.id);
    },

    async updateCampaign(id: number, version: number, fields: CampaignFields, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update pact_campaigns set title = ${fields.title}, legal_basis = ${fields.legalBasis}, election_id = ${fields.electionId},
          deadline = ${fields.deadline.toISOString()}, requires_document = ${fields.requiresDocument}, requires_video = ${fields.requiresVideo},
          requires_signer = ${fields.requiresSigner}, requires_signed_on = ${fields.requiresSignedOn}, notes = ${fields.notes},
          updated_at = ${now.toISOString()}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return rows.rows.length > 0;
    },

    async deleteCampaign(id: number): Promise<void> {
      await db.execute(sql`delete from pact_campaigns where id = ${id}`);
    },

    async anySubmitted(campaignId: number): Promise<boolean> {
      const rows = await db.execute(sql`
        select 1 from pact_targets t where t.campaign_id = ${campaignId} and (t.state <> 'belum' or t.submitted_at is not null) limit 1`);
      return rows.rows.length > 0;
    },

    async regionExists(code: string): Promise<boolean> {
      return (await db.execute(sql`select 1 from regions where code = ${code}`)).rows.length > 0;
    },

    /** Which of these codes the gazetteer knows. */
    async knownRegions(codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db.execute<{ code: string }>(sql`select code from regions where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.rows.map((row) => row.code));
    },

    async electionExists(id: string): Promise<boolean> {
      return (await db.execute(sql`select 1 from elections where id = ${id}`)).rows.length > 0;
    },

    async units(ids: readonly number[]): Promise<{ id: number; name: string; regionCode: string }[]> {
      if (ids.length === 0) return [];
      const rows = await db.execute<{ id: number; name: string; region_code: string }>(sql`
        select id, name, region_code from units where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
      return rows.rows.map((row) => ({ id: Number(row.id), name: row.name, regionCode: row.region_code }));
    },

    async target(id: number): Promise<TargetRecord | null> {
      const rows = await db.execute<Row>(sql`${TARGET_SELECT} where t.id = ${id}`);
      return rows.rows[0] ? toTarget(rows.rows[0]) : null;
    },

    async targetsByIds(campaignId: number, ids: readonly number[]): Promise<TargetRecord[]> {
      if (ids.length === 0) return [];
      const rows = await db.execute<Row>(sql`${TARGET_SELECT} where t.campaign_id = ${campaignId} and t.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) order by t.id`);
      return rows.rows.map(toTarget);
    },

    async targets(campaignId: number, filter: { kind?: string; regionCode?: string; q?: string }): Promise<TargetRecord[]> {
      const conditions: SQL[] = [sql`t.campaign_id = ${campaignId}`];
      if (filter.kind) conditions.push(sql`t.kind = ${filter.kind}`);
      if (filter.regionCode) conditions.push(withinSql(sql`t.region_code`, filter.regionCode));
      if (filter.q) conditions.push(sql`strpos(lower(t.name), ${filter.q.toLowerCase()}) > 0`);
      const rows = await db.execute<Row>(sql`${TARGET_SELECT} where ${sql.join(conditions, sql` and `)} order by t.region_code, t.name, t.id`);
      return rows.rows.map(toTarget);
    },

    /** The name keys (region + lower-cased trimmed name) the campaign already holds. */
    async nameKeys(campaignId: number): Promise<{ regionCode: string; name: string }[]> {
      const rows = await db.execute<{ region_code: string; name: string }>(sql`select region_code, name from pact_targets where campaign_id = ${campaignId}`);
      return rows.rows.map((row) => ({ regionCode: row.region_code, name: row.name }));
    },

    async insertTarget(campaignId: number, fields: TargetFields, now: Date): Promise<number> {
      const rows = await db.execute<{ id: number }>(sql`
        insert into pact_targets (campaign_id, name, kind, region_code, unit_id, contact_name, contact_email, contact_phone, created_at)
        values (${campaignId}, ${fields.name}, ${fields.kind}, ${fields.regionCode}, ${fields.unitId}, ${fields.contactName}, ${fields.contactEmail},
          ${fields.contactPhone}, ${now.toISOString()})
        returning id`);
      return Number(rows.rows[0]!.id);
    },

    async lockTarget(id: number): Promise<TargetRecord | null> {
      await db.execute(sql`select id from pact_targets where id = ${id} for update`);
      const rows = await db.execute<Row>(sql`${TARGET_SELECT} where t.id = ${id}`);
      return rows.rows[0] ? toTarget(rows.rows[0]) : null;
    },

    async deleteTarget(id: number): Promise<void> {
      await db.execute(sql`delete from pact_targets where id = ${id}`);
    },

    /** Sets (or clears, with null) the target's link; a new hash makes the old token unknown. */
    async setLink(id: number, tokenHash: string | null, expiresAt: Date | null): Promise<void> {
      await db.execute(sql`
        update pact_targets set token_hash = ${tokenHash}, token_expires_at = ${expiresAt?.toISOString() ?? null}, token_used_at = null, version = version + 1
        where id = ${id}`);
    },

    async targetByTokenHash(tokenHash: string): Promise<TargetRecord | null> {
      const rows = await db.execute<Row>(sql`${TARGET_SELECT} where t.token_hash = ${tokenHash}`);
      return rows.rows[0] ? toTarget(rows.rows[0]) : null;
    },

    async review(id: number, version: number, state: PactTargetState, reason: string | null, reviewer: string, now: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        update pact_targets set state = ${state}, reject_reason = ${reason}, reviewed_by = ${reviewer}, reviewed_at = ${now.toISOString()}, version = version + 1
        where id = ${id} and version = ${version} returning id`);
      return rows.rows.length > 0;
    },

    /** Records a submission and puts the target in review; a link submission spends the link. */
    async submit(target: number, content: Omit<SubmissionRecord, 'id' | 'targetId' | 'document'> & { documentFileId: number | null; submittedBy: string | null; ip: string | null }): Promise<number> {
      const at = content.submittedAt.toISOString();
      const rows = await db.execute<{ id: number }>(sql`
        insert into pact_submissions (target_id, channel, submitted_at, signer_name, signer_nip, signer_position, signed_on, video_url, document_file_id, note, submitted_by, ip)
        values (${target}, ${content.channel}, ${at}, ${content.signerName}, ${content.signerNip}, ${content.signerPosition}, ${content.signedOn}, ${content.videoUrl},
          ${content.documentFileId}, ${content.note}, ${content.submittedBy}, ${content.ip})
        returning id`);
      await db.execute(sql`
        update pact_targets set state = 'terkirim', submitted_at = ${at}, reviewed_by = null, reviewed_at = null, reject_reason = null,
          token_used_at = case when ${content.channel} = 'link' then ${at}::timestamptz else token_used_at end, version = version + 1
        where id = ${target}`);
      return Number(rows.rows[0]!.id);
    },

    async submissions(targetId: number): Promise<SubmissionRecord[]> {
      const rows = await db.execute<Row>(sql`
        select s.*, s.signed_on::text as signed_on_text, f.name as file_name, f.media_type, f.size from pact_submissions s left join files f on f.id = s.document_file_id
        where s.target_id = ${targetId} order by s.submitted_at desc, s.id desc`);
      return rows.rows.map((row) => ({
        id: Number(row.id), targetId: Number(row.target_id), channel: row.channel as PactSubmissionChannel, submittedAt: new Date(row.submitted_at as string),
        signerName: (row.signer_name as string | null) ?? null, signerNip: (row.signer_nip as string | null) ?? null,
        signerPosition: (row.signer_position as string | null) ?? null, signedOn: (row.signed_on_text as string | null) ?? null,
        videoUrl: (row.video_url as string | null) ?? null, note: (row.note as string | null) ?? null,
        document: row.document_file_id === null ? null
          : { fileId: Number(row.document_file_id), name: String(row.file_name), mediaType: String(row.media_type), size: Number(row.size) },
      }));
    },

    async submission(id: number): Promise<{ targetId: number; documentFileId: number | null } | null> {
      const rows = await db.execute<{ target_id: number; document_file_id: number | null }>(sql`select target_id, document_file_id from pact_submissions where id = ${id}`);
      const row = rows.rows[0];
      return row ? { targetId: Number(row.target_id), documentFileId: row.document_file_id === null ? null : Number(row.document_file_id) } : null;
    },
  };
}

export type PactRepo = ReturnType<typeof createPactRepo>;
