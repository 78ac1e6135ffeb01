import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { regions } from './regions.js';

/** An election cycle: Pemilu 2024, Pilkada Serentak 2024, a re-vote round, … */
export const elections = pgTable(
  'elections',
  {
    id: text('id').primaryKey(),
    regime: text('regime').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    votingDate: date('voting_date', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis').notNull(),
  },
  (t) => [check('elections_regime_check', sql`${t.regime} in ('PEMILU', 'PEMILIHAN')`)],
);

/** A stage (tahapan) of a cycle; dates are local calendar days in each region's own zone. */
export const electionStages = pgTable(
  'election_stages',
  {
    id: serial('id').primaryKey(),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    isVotingDay: boolean('is_voting_day').notNull().default(false),
  },
  (t) => [
    unique('election_stages_code_unique').on(t.electionId, t.code),
    check('election_stages_dates_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** One race in a cycle: the governor of a province, the regent or mayor of a kabupaten/kota. */
export const contests = pgTable(
  'contests',
  {
    id: serial('id').primaryKey(),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    office: text('office').notNull(),
  },
  (t) => [
    unique('contests_region_office_unique').on(t.electionId, t.regionCode, t.office),
    index('contests_region_idx').on(t.regionCode),
  ],
);
