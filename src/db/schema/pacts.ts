import { boolean, check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { PACT_SUBMISSION_CHANNELS, PACT_TARGET_KINDS, PACT_TARGET_STATES } from '../../domain/pacts/vocabulary.js';
import { units } from './access.js';
import { oneOf } from './check.js';
import { elections } from './elections.js';
import { files } from './files.js';
import { regions } from './regions.js';

/**
 * An integrity-pact campaign (issue 8): every target office of `region_code` must submit what the
 * `requires_*` flags ask for by `deadline` (an instant; entered and shown in the region's local time).
 */
export const pactCampaigns = pgTable(
  'pact_campaigns',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    electionId: text('election_id').references(() => elections.id),
    regionCode: text('region_code').notNull().references(() => regions.code),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    requiresDocument: boolean('requires_document').notNull().default(true),
    requiresVideo: boolean('requires_video').notNull().default(false),
    requiresSigner: boolean('requires_signer').notNull().default(true),
    requiresSignedOn: boolean('requires_signed_on').notNull().default(true),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('pact_campaigns_region_idx').on(t.regionCode)],
);

/**
 * One office that must submit. `token_hash` is the SHA-256 of its submission link's secret (null: no
 * link issued); the link expires at `token_expires_at` and serves one submission (`token_used_at`).
 */
export const pactTargets = pgTable(
  'pact_targets',
  {
    id: serial('id').primaryKey(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => pactCampaigns.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    unitId: integer('unit_id').references(() => units.id),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    state: text('state').notNull().default('belum'),
    /** The latest submission; its time decides lateness. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    tokenUsedAt: timestamp('token_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('pact_targets_kind_check', oneOf(t.kind, PACT_TARGET_KINDS)),
    check('pact_targets_state_check', oneOf(t.state, PACT_TARGET_STATES)),
    // Names compare without case or surrounding blanks, so an import cannot list one office twice.
    uniqueIndex('pact_targets_campaign_name_unique').on(t.campaignId, t.regionCode, sql`lower(btrim(${t.name}))`),
    uniqueIndex('pact_targets_token_unique').on(t.tokenHash),
    index('pact_targets_campaign_idx').on(t.campaignId),
  ],
);

/** Every submission a target made, kept after a rejection so the history stays whole. */
export const pactSubmissions = pgTable(
  'pact_submissions',
  {
    id: serial('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => pactTargets.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    signerName: text('signer_name'),
    signerNip: text('signer_nip'),
    signerPosition: text('signer_position'),
    signedOn: date('signed_on', { mode: 'string' }),
    videoUrl: text('video_url'),
    documentFileId: integer('document_file_id').references(() => files.id),
    note: text('note'),
    /** Null for a submission through the link (nobody is signed in). */
    submittedBy: uuid('submitted_by'),
    ip: text('ip'),
  },
  (t) => [check('pact_submissions_channel_check', oneOf(t.channel, PACT_SUBMISSION_CHANNELS)), index('pact_submissions_target_idx').on(t.targetId)],
);
