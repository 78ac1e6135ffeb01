import { sql } from 'drizzle-orm';
import { boolean, check, customType, doublePrecision, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf } from './check.js';
import { REGIMES } from '../../domain/incidents/regime.js';
import { INCIDENT_CHANNELS, INCIDENT_SEVERITIES } from '../../domain/incidents/vocabulary.js';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES } from '../../domain/incidents/workflow.js';
import { units } from './access.js';
import { regions } from './regions.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * An incident report (issue 7). `reference` ("INS-2024-000123") is what people quote on the phone and
 * in SMS replies. `category` is checked by the service against the catalogue (src/domain/incidents/
 * categories.ts), not here, so a desk's own categories can come later without a migration.
 * `version` grows with every transition, so a decision taken on a stale screen is refused (409).
 */
export const incidents = pgTable(
  'incidents',
  {
    id: serial('id').primaryKey(),
    reference: text('reference').notNull(),
    category: text('category').notNull(),
    regime: text('regime').notNull(),
    description: text('description').notNull(),
    /**
     * The description's words, stemmed, stored: a text search walking the newest reports tests each
     * row against this instead of stemming its description again (0.12 ms a row; a common word's first
     * page at a million reports went from 100 ms to a few). Never selected: repo.ts names its columns.
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('indonesian', description)`),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    knownAt: timestamp('known_at', { withTimezone: true }).notNull(),
    /** Down to desa/kelurahan; its zone counts the deadlines. */
    regionCode: text('region_code').notNull().references(() => regions.code),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The polling station as people name it ("TPS 003"). */
    tps: text('tps'),
    severity: text('severity').notNull(),
    channel: text('channel').notNull(),
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    /** The reporter asked not to be named: the name is shown only to those who see contacts. */
    reporterAnonymous: boolean('reporter_anonymous').notNull().default(false),
    status: text('status').notNull().default('baru'),
    duplicateOf: integer('duplicate_of').references((): AnyPgColumn => incidents.id),
    referredUnitId: integer('referred_unit_id').references(() => units.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('incidents_reference_unique').on(t.reference),
    check('incidents_regime_check', oneOf(t.regime, REGIMES)),
    check('incidents_severity_check', oneOf(t.severity, INCIDENT_SEVERITIES)),
    check('incidents_channel_check', oneOf(t.channel, INCIDENT_CHANNELS)),
    check('incidents_status_check', oneOf(t.status, INCIDENT_STATUSES)),
    check('incidents_known_check', sql`${t.knownAt} >= ${t.occurredAt}`),
    check('incidents_position_check', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    check('incidents_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('incidents_longitude_check', sql`${t.longitude} between -180 and 180`),
    // A duplicate names the report it repeats; a referred report names its unit.
    check('incidents_duplicate_check', sql`(${t.status} = 'duplikat') = (${t.duplicateOf} is not null) and ${t.duplicateOf} is distinct from ${t.id}`),
    check('incidents_referral_check', sql`${t.status} not in ('diteruskan', 'ditindaklanjuti', 'selesai') or ${t.referredUnitId} is not null`),
    // Subtree filters are starts_with() on the code: a pattern-ops btree serves them.
    index('incidents_region_prefix_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
    index('incidents_occurred_idx').on(t.occurredAt),
    index('incidents_status_occurred_idx').on(t.status, t.occurredAt),
    index('incidents_category_occurred_idx').on(t.category, t.occurredAt),
    index('incidents_referred_unit_idx').on(t.referredUnitId),
    index('incidents_created_by_idx').on(t.createdBy),
    index('incidents_duplicate_of_idx').on(t.duplicateOf),
    index('incidents_search_vector_idx').using('gin', t.searchVector),
    // Near-duplicate suggestions compare descriptions by trigram similarity (pg_trgm).
    index('incidents_description_trgm_idx').using('gin', sql`${t.description} gin_trgm_ops`),
  ],
);

/** Every move of a report through its workflow: who, when, why, and where it was referred. */
export const incidentTransitions = pgTable(
  'incident_transitions',
  {
    id: serial('id').primaryKey(),
    incidentId: integer('incident_id').notNull().references(() => incidents.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    /** The unit a referral went to. */
    unitId: integer('unit_id').references(() => units.id),
    /** The report a duplicate repeats. */
    duplicateOf: integer('duplicate_of').references(() => incidents.id),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('incident_transitions_action_check', oneOf(t.action, INCIDENT_ACTIONS)),
    check('incident_transitions_from_check', oneOf(t.fromStatus, INCIDENT_STATUSES)),
    check('incident_transitions_to_check', oneOf(t.toStatus, INCIDENT_STATUSES)),
    index('incident_transitions_incident_idx').on(t.incidentId, t.at),
  ],
);

/**
 * Idempotency keys of report submissions, per caller (`scope`: the account, or the account behind a
 * token). The primary key makes two concurrent retries with one key meet: the second waits for the
 * first's transaction and then finds its row. `request_hash` tells a true retry from a different
 * report sent with a reused key. `incident_id` is null only inside the transaction that creates it.
 */
export const incidentIdempotency = pgTable(
  'incident_idempotency',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    incidentId: integer('incident_id').references(() => incidents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('incident_idempotency_created_idx').on(t.createdAt)],
);
