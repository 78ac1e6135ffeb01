import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './check.js';
import {
  ACTION_STATUSES, FINDING_DOMAINS, MEETING_KINDS, MEETING_LEVELS, MEETING_MODES, RSVP_STATES, SEVERITIES,
} from '../../domain/meetings/vocabulary.js';
import { units, people } from './access.js';
import { contests, elections } from './elections.js';
import { files } from './files.js';
import { regions } from './regions.js';

const indonesian = (text: unknown) => sql`to_tsvector('indonesian', ${text})`;

/**
 * A coordination meeting. Times are instants (UTC); `time_zone` is the zone of its home region, in
 * which it is shown. `version` grows with every change, so a stale save can be refused (409).
 */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    organiserUnitId: integer('organiser_unit_id').notNull().references(() => units.id),
    level: text('level').notNull(),
    electionId: text('election_id').references(() => elections.id),
    stageCode: text('stage_code'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    timeZone: text('time_zone').notNull(),
    venue: text('venue'),
    mode: text('mode').notNull().default('luring'),
    legalBasis: text('legal_basis').array().notNull().default(sql`'{}'::text[]`),
    agenda: text('agenda'),
    summary: text('summary'),
    /** Who signs the minutes: the chair (pimpinan rapat) and the minute taker (notulis). */
    chairName: text('chair_name'),
    chairPosition: text('chair_position'),
    minuteTakerName: text('minute_taker_name'),
    minuteTakerPosition: text('minute_taker_position'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('meetings_kind_check', oneOf(t.kind, MEETING_KINDS)),
    check('meetings_level_check', oneOf(t.level, MEETING_LEVELS)),
    check('meetings_mode_check', oneOf(t.mode, MEETING_MODES)),
    check('meetings_time_zone_check', sql`${t.timeZone} in ('WIB', 'WITA', 'WIT')`),
    check('meetings_ends_check', sql`${t.endsAt} is null or ${t.endsAt} >= ${t.startsAt}`),
    index('meetings_starts_idx').on(t.startsAt),
    index('meetings_organiser_idx').on(t.organiserUnitId),
    index('meetings_search_idx').using('gin', indonesian(sql`${t.title} || ' ' || coalesce(${t.agenda}, '') || ' ' || coalesce(${t.summary}, '')`)),
  ],
);

/** The regions a meeting covers (one or several); scope follows them. */
export const meetingRegions = pgTable(
  'meeting_regions',
  {
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull().references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.regionCode] }), index('meeting_regions_region_idx').on(t.regionCode)],
);

export const meetingContests = pgTable(
  'meeting_contests',
  {
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    contestId: integer('contest_id').notNull().references(() => contests.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.contestId] })],
);

/** An invited unit or person: RSVP, then attendance taken at the door with the arrival time. */
export const meetingInvitations = pgTable(
  'meeting_invitations',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').references(() => units.id),
    personId: integer('person_id').references(() => people.id),
    rsvp: text('rsvp').notNull().default('pending'),
    attendedAt: timestamp('attended_at', { withTimezone: true }),
    /** Who actually came, when it was not the invited person (a deputy, a staff member). */
    representative: text('representative'),
  },
  (t) => [
    check('meeting_invitations_rsvp_check', oneOf(t.rsvp, RSVP_STATES)),
    check('meeting_invitations_who_check', sql`${t.unitId} is not null or ${t.personId} is not null`),
    uniqueIndex('meeting_invitations_unique').on(t.meetingId, sql`coalesce(${t.unitId}, 0)`, sql`coalesce(${t.personId}, 0)`),
    index('meeting_invitations_unit_idx').on(t.unitId),
  ],
);

/** Who spoke, in order, and their points. */
export const meetingSpeakers = pgTable('meeting_speakers', {
  id: serial('id').primaryKey(),
  meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  personId: integer('person_id').references(() => people.id),
  unitId: integer('unit_id').references(() => units.id),
  name: text('name').notNull(),
  title: text('title'),
  points: text('points').array().notNull().default(sql`'{}'::text[]`),
}, (t) => [index('meeting_speakers_meeting_idx').on(t.meetingId)]);

/** A problem found: its domain, where, how severe. */
export const meetingFindings = pgTable(
  'meeting_findings',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    problem: text('problem').notNull(),
    domain: text('domain').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    severity: text('severity').notNull().default('sedang'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('meeting_findings_domain_check', oneOf(t.domain, FINDING_DOMAINS)),
    check('meeting_findings_severity_check', oneOf(t.severity, SEVERITIES)),
    index('meeting_findings_meeting_idx').on(t.meetingId),
    index('meeting_findings_search_idx').using('gin', indonesian(t.problem)),
  ],
);

/** A strategy agreed, answering one or more findings. */
export const meetingStrategies = pgTable(
  'meeting_strategies',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('meeting_strategies_meeting_idx').on(t.meetingId), index('meeting_strategies_search_idx').using('gin', indonesian(t.text))],
);

export const strategyFindings = pgTable(
  'strategy_findings',
  {
    strategyId: integer('strategy_id').notNull().references(() => meetingStrategies.id, { onDelete: 'cascade' }),
    findingId: integer('finding_id').notNull().references(() => meetingFindings.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.strategyId, t.findingId] })],
);

export const meetingDecisions = pgTable('meeting_decisions', {
  id: serial('id').primaryKey(),
  meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
}, (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId)]);

/**
 * Something a unit must do, agreed at `meeting_id` (where it links back to). Overdue is computed
 * from `due_date` in the owner unit's zone, never stored.
 */
export const actionItems = pgTable(
  'action_items',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    findingId: integer('finding_id').references(() => meetingFindings.id, { onDelete: 'set null' }),
    strategyId: integer('strategy_id').references(() => meetingStrategies.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerUnitId: integer('owner_unit_id').notNull().references(() => units.id),
    ownerPersonId: integer('owner_person_id').references(() => people.id),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('action_items_status_check', oneOf(t.status, ACTION_STATUSES)),
    index('action_items_meeting_idx').on(t.meetingId),
    index('action_items_owner_idx').on(t.ownerUnitId, t.status),
    // Overdue items (the dashboard's follow-up panel, the overdue filter): open ones by due date.
    index('action_items_open_due_idx').on(t.dueDate).where(sql`${t.status} in ('open', 'in_progress')`),
    index('action_items_search_idx').using('gin', indonesian(t.title)),
  ],
);

/** Later meetings an action item was carried forward to (it stays linked to where it was agreed). */
export const actionItemMeetings = pgTable(
  'action_item_meetings',
  {
    actionItemId: integer('action_item_id').notNull().references(() => actionItems.id, { onDelete: 'cascade' }),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    carriedAt: timestamp('carried_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionItemId, t.meetingId] }), index('action_item_meetings_meeting_idx').on(t.meetingId)],
);

/** An action item's history: status moves, notes and evidence, with who and when. */
export const actionItemEvents = pgTable(
  'action_item_events',
  {
    id: serial('id').primaryKey(),
    actionItemId: integer('action_item_id').notNull().references(() => actionItems.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    fileId: integer('file_id').references(() => files.id),
  },
  (t) => [index('action_item_events_item_idx').on(t.actionItemId)],
);

/** A declaration or pact signed at a meeting (Deklarasi Pilkada Damai). */
export const declarations = pgTable('declarations', {
  id: serial('id').primaryKey(),
  meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  text: text('text').notNull(),
}, (t) => [index('declarations_meeting_idx').on(t.meetingId)]);

export const declarationSignatories = pgTable('declaration_signatories', {
  id: serial('id').primaryKey(),
  declarationId: integer('declaration_id').notNull().references(() => declarations.id, { onDelete: 'cascade' }),
  unitId: integer('unit_id').references(() => units.id),
  personId: integer('person_id').references(() => people.id),
  name: text('name').notNull(),
  position: text('position'),
  signedAt: timestamp('signed_at', { withTimezone: true }),
}, (t) => [index('declaration_signatories_declaration_idx').on(t.declarationId)]);

/** A unit's letterhead (kop surat) for minutes: lines above, address, logo. */
export const unitLetterheads = pgTable('unit_letterheads', {
  unitId: integer('unit_id').primaryKey().references(() => units.id),
  lines: text('lines').array().notNull().default(sql`'{}'::text[]`),
  address: text('address'),
  logoFileId: integer('logo_file_id').references(() => files.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

