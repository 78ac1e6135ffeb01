import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './check.js';
import type { ReadinessItemDef } from '../../domain/readiness/default-templates.js';
import { READINESS_DOMAINS } from '../../domain/readiness/default-templates.js';
import { READINESS_STATUSES } from '../../domain/readiness/score.js';
import { units } from './access.js';
import { actionItems } from './meetings.js';
import { regions } from './regions.js';


/**
 * A version of a readiness (kesiapan) checklist: its items with guidance and weights as one JSON
 * document. A version never changes once stored (assessments made against it keep their meaning);
 * a changed checklist is a new row with the same code and the next version.
 */
export const readinessTemplates = pgTable(
  'readiness_templates',
  {
    id: serial('id').primaryKey(),
    /** The checklist's family: its versions share it. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    domain: text('domain').notNull(),
    /** A Pilkada 2024 stage code (src/domain/elections/pilkada-2024.ts), or null for any stage. */
    stageCode: text('stage_code'),
    titleId: text('title_id').notNull(),
    titleEn: text('title_en').notNull(),
    items: jsonb('items').$type<ReadinessItemDef[]>().notNull(),
    status: text('status').notNull().default('published'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('readiness_templates_code_version').on(t.code, t.version),
    check('readiness_templates_domain_check', oneOf(t.domain, READINESS_DOMAINS)),
    check('readiness_templates_status_check', sql`${t.status} in ('published')`),
  ],
);

/**
 * One region's checklist on one day (the day in the region's zone), against one template version.
 * `version` grows with every change, so a stale save can be refused (409).
 */
export const readinessAssessments = pgTable(
  'readiness_assessments',
  {
    id: serial('id').primaryKey(),
    templateId: integer('template_id').notNull().references(() => readinessTemplates.id),
    regionCode: text('region_code').notNull().references(() => regions.code),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    responsibleUnitId: integer('responsible_unit_id').references(() => units.id),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('readiness_assessments_template_region_day').on(t.templateId, t.regionCode, t.assessedOn),
    index('readiness_assessments_region_idx').on(t.regionCode, t.assessedOn),
  ],
);

/** Each checklist item's state in an assessment; every item of the template version has a row. */
export const readinessAssessmentItems = pgTable(
  'readiness_assessment_items',
  {
    assessmentId: integer('assessment_id').notNull().references(() => readinessAssessments.id, { onDelete: 'cascade' }),
    itemCode: text('item_code').notNull(),
    status: text('status').notNull().default('belum'),
    note: text('note'),
    /** A link or a short description of what shows the item's state. */
    evidence: text('evidence'),
    responsibleUnitId: integer('responsible_unit_id').references(() => units.id),
    /** The action item a gap became (POST /readiness/assessments/:id/action-items). */
    actionItemId: integer('action_item_id').references(() => actionItems.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.itemCode] }),
    check('readiness_assessment_items_status_check', oneOf(t.status, READINESS_STATUSES)),
    index('readiness_assessment_items_action_idx').on(t.actionItemId),
  ],
);
