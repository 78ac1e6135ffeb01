import { check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { NEUTRALITY_OUTCOMES } from '../../domain/neutrality/vocabulary.js';
import { units } from './access.js';
import { oneOf } from './check.js';
import { incidents } from './incidents.js';
import { pactTargets } from './pacts.js';

/**
 * The ASN side of a neutrality incident (category `netralitas_asn`): the office and official
 * concerned and what came of it (recommendation, sanction). One row per incident.
 */
export const neutralityCases = pgTable(
  'neutrality_cases',
  {
    incidentId: integer('incident_id')
      .primaryKey()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    /** The office as a catalogue unit and/or as a pact target (it may have signed a pact). */
    unitId: integer('unit_id').references(() => units.id),
    pactTargetId: integer('pact_target_id').references(() => pactTargets.id, { onDelete: 'set null' }),
    officeName: text('office_name'),
    personName: text('person_name'),
    personNip: text('person_nip'),
    personPosition: text('person_position'),
    outcome: text('outcome').notNull().default('dalam_proses'),
    /** Who recommended or imposed it (BAWASLU, BKN, the official's PPK…), free text. */
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    outcomeNote: text('outcome_note'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('neutrality_cases_outcome_check', oneOf(t.outcome, NEUTRALITY_OUTCOMES))],
);
