import type {
  CreateSchedule, CreateTemplate, PoliticalReportSchedule, PoliticalReportTemplate, UpdateSchedule, UpdateTemplate,
} from '../../contracts/political-reports.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { dueInstant } from '../../domain/political-reports/deadlines.js';
import { mayManageSchedule, mayManageTemplates } from '../../domain/political-reports/permissions.js';
import { isWithin, parseRegionCode } from '../../domain/regions/codes.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createReportRepo } from './reports-repo.js';
import { createScheduleRepo, type ScheduleFields, type ScheduleRecord } from './schedules-repo.js';
import { createTemplateRepo, type TemplateRecord } from './templates-repo.js';

const invalid = (detail: string) => new AppError('invalid', 400, { detail: `political_report.${detail}` });
const templateNotFound = () => new AppError('not_found', 404, { what: 'political_report.template' });
const scheduleNotFound = () => new AppError('not_found', 404, { what: 'political_report.schedule' });

const templateView = ({ id, code, nameId, nameEn, kind, sections, active, version }: TemplateRecord): PoliticalReportTemplate =>
  ({ id, code, nameId, nameEn, kind, sections, active, version });
const scheduleView = ({ templateNameEn: _en, ...s }: ScheduleRecord): PoliticalReportSchedule => s;

/**
 * Report outlines (national administrators) and schedules of who owes what (administrators, and
 * coordinators inside their scope). Every write is audited in its transaction; edits carry the
 * version read (409 when stale).
 */
export function createPoliticalReportSetup(db: Db, clock: Clock) {
  const templates = createTemplateRepo(db);
  const schedules = createScheduleRepo(db);
  const regions = createReportRepo(db);

  const audit = (tx: Parameters<typeof appendAudit>[0], actor: Actor, context: RequestContext, action: string, entityType: string, id: number, regionCode: string | null, changes: Parameters<typeof appendAudit>[1]['changes']) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label }, action, entityType, entityId: String(id), regionCode,
      changes, ip: context.ip, client: context.client, at: clock.now(),
    });

  const mayRead = (actor: Actor) => can(actor.principal, 'read', { regionCode: actor.principal.regionCode });
  /** As the list shows them: national schedules, and those whose region holds or lies in the caller's scope. */
  const seesSchedule = (actor: Actor, regionCode: string | null) => {
    const scope = actor.principal.regionCode;
    return mayRead(actor) && (scope === null || regionCode === null || isWithin(regionCode, scope) || isWithin(scope, regionCode));
  };

  /** A schedule's fields checked: a periodic template, a region above the level that reports, inside the caller's reach. */
  async function checkSchedule(actor: Actor, f: ScheduleFields, checkTemplate = true): Promise<ScheduleFields> {
    const template = checkTemplate ? await templates.get(f.templateId) : null;
    // A schedule whose outline was switched off since can still be changed (switched off too).
    if (checkTemplate && (!template || !template.active)) throw invalid('template_unknown');
    if (template && template.kind !== 'periodik') throw invalid('template_kind');
    if (f.regionCode !== null) {
      if (!(await regions.region(f.regionCode))) throw invalid('region_unknown');
      // Only the country (either level) or a province (its kabupaten/kota) can hold the regions that owe.
      if (f.level === 'provinsi' || parseRegionCode(f.regionCode)?.level !== 'province') throw invalid('schedule_region_level');
    }
    if (!mayManageSchedule(actor.principal, f.regionCode)) {
      if (f.regionCode === null && (actor.principal.role === 'admin' || actor.principal.role === 'coordinator')) throw invalid('schedule_national');
      throw new AppError('forbidden', 403);
    }
    return f;
  }

  return {
    async templates(actor: Actor): Promise<PoliticalReportTemplate[]> {
      if (!mayRead(actor)) throw new AppError('forbidden', 403);
      return (await templates.list()).map(templateView);
    },

    async createTemplate(actor: Actor, input: CreateTemplate, context: RequestContext): Promise<PoliticalReportTemplate> {
      if (!mayManageTemplates(actor.principal)) throw new AppError('forbidden', 403);
      const id = await db.transaction(async (tx) => {
        const created = await createTemplateRepo(tx).insert(input, clock.now());
        if (created === null) throw new AppError('conflict', 409, { detail: 'political_report.template_code_taken' });
        await audit(tx, actor, context, 'political_report_template.create', 'political_report_template', created, null, changedFields(null, { ...input, version: 1 }));
        return created;
      });
      return templateView((await templates.get(id))!);
    },

    async updateTemplate(actor: Actor, id: number, input: UpdateTemplate, context: RequestContext): Promise<PoliticalReportTemplate> {
      if (!mayManageTemplates(actor.principal)) throw new AppError('forbidden', 403);
      const before = await templates.get(id);
      if (!before) throw templateNotFound();
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'political_report_template', String(id), input.version), templateView((await templates.get(id))!));
      if (before.version !== input.version) throw await stale();
      const after = { nameId: input.nameId ?? before.nameId, nameEn: input.nameEn ?? before.nameEn, sections: input.sections ?? before.sections, active: input.active ?? before.active };
      const moved = await db.transaction(async (tx) => {
        if (!(await createTemplateRepo(tx).update(id, input.version, after, clock.now()))) return false;
        const old = { nameId: before.nameId, nameEn: before.nameEn, sections: before.sections, active: before.active };
        await audit(tx, actor, context, 'political_report_template.update', 'political_report_template', id, null, { ...changedFields(old, after), version: [input.version, input.version + 1] });
        return true;
      });
      if (!moved) throw await stale();
      return templateView((await templates.get(id))!);
    },

    async schedules(actor: Actor): Promise<PoliticalReportSchedule[]> {
      if (!mayRead(actor)) throw new AppError('forbidden', 403);
      return (await schedules.list(visibleRoots(actor.principal))).map(scheduleView);
    },

    async createSchedule(actor: Actor, input: CreateSchedule, context: RequestContext): Promise<PoliticalReportSchedule> {
      if (!mayManageSchedule(actor.principal, actor.principal.regionCode)) throw new AppError('forbidden', 403);
      const fields = await checkSchedule(actor, { ...input, active: true });
      const id = await db.transaction(async (tx) => {
        const created = await createScheduleRepo(tx).insert(fields, actor.userId, clock.now());
        await audit(tx, actor, context, 'political_report_schedule.create', 'political_report_schedule', created, fields.regionCode, changedFields(null, { ...fields, version: 1 }));
        return created;
      });
      return scheduleView((await schedules.get(id))!);
    },

    /** Changes a schedule at the version read; reports still owed get the new due date, submitted ones keep theirs. */
    async updateSchedule(actor: Actor, id: number, input: UpdateSchedule, context: RequestContext, action = 'update'): Promise<PoliticalReportSchedule> {
      const before = await schedules.get(id);
      if (!before || !seesSchedule(actor, before.regionCode)) throw scheduleNotFound();
      if (!mayManageSchedule(actor.principal, before.regionCode)) throw new AppError('forbidden', 403);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'political_report_schedule', String(id), input.version), scheduleView((await schedules.get(id))!));
      if (before.version !== input.version) throw await stale();
      const old: ScheduleFields = { templateId: before.templateId, level: before.level, regionCode: before.regionCode, period: before.period, dueDays: before.dueDays, startsOn: before.startsOn, active: before.active };
      const { version, ...change } = input;
      const fields = await checkSchedule(actor, { ...old, ...change }, change.templateId !== undefined && change.templateId !== old.templateId);
      // A new deadline applies to the reports still owed; those submitted keep the one they met or missed.
      const redated = fields.dueDays === old.dueDays ? [] : (await regions.openPeriods(id)).map((p) => ({ ...p, dueAt: dueInstant(p.periodEnd, fields.dueDays, p.timeZone) }));
      const moved = await db.transaction(async (tx) => {
        if (!(await createScheduleRepo(tx).update(id, version, fields))) return false;
        for (const p of redated) await createReportRepo(tx).redate(id, p.periodEnd, p.timeZone, p.dueAt);
        await audit(tx, actor, context, `political_report_schedule.${action}`, 'political_report_schedule', id, before.regionCode, { ...changedFields(old, fields), version: [version, version + 1] });
        return true;
      });
      if (!moved) throw await stale();
      return scheduleView((await schedules.get(id))!);
    },
  };
}

export type PoliticalReportSetup = ReturnType<typeof createPoliticalReportSetup>;
