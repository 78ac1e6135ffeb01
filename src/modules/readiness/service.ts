import { sql, type SQL } from 'drizzle-orm';
import type {
  Assessment, AssessmentListQuery, AssessmentSummary, CreateAssessment, GapActionItems, GapActionItemsResult, ReadinessScores, ReadinessScoresQuery,
  ReadinessTemplate, RegionReadiness, UpdateAssessment,
} from '../../contracts/readiness.js';
import { can, inScope, visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { isPending } from '../../domain/meetings/action-items.js';
import type { ActionStatus } from '../../domain/meetings/vocabulary.js';
import { readinessBand } from '../../domain/readiness/bands.js';
import { READINESS_DOMAIN_LABELS } from '../../domain/readiness/default-templates.js';
import { gaps, rollUp, type ReadinessStatus, type RollUp } from '../../domain/readiness/score.js';
import { localDate, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import { withinRegions } from '../../db/scope.js';
import type { Clock } from '../../services.js';
import { checkActionItemOwner, insertActionItem } from '../action-items/service.js';
import { createActionItemRepo } from '../action-items/repo.js';
import { appendAudit, fieldsChangedSince, type DbOrTx } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readableOr404 } from '../auth/guards.js';
import { editableMeeting } from '../meetings/access.js';
import { createMeetingRepo } from '../meetings/repo.js';
import { countryDomains, type CountryDomain } from './country.js';
import { createLatestAssessments } from './latest-cache.js';
import { createReadinessRepo, type AssessmentItemRecord, type AssessmentRecord, type ItemState, type TemplateRecord } from './repo.js';
import { round, mean, templateView, templateRef, percentOf, catalogueOf, readinessOf, summaryOf, auditState } from './views.js';

/**
 * Readiness (kesiapan) checklists. Templates are shared reference data, read by every role that
 * reads. An assessment belongs to its region: it is read by whoever reads the region (others get a
 * 404, as for anything outside their scope) and written with `write` there, an officer only for
 * assessments its own unit answers for (or that no unit does).
 */
export function createReadinessService(db: Db, clock: Clock) {
  const repo = createReadinessRepo(db);
  const latestAssessments = createLatestAssessments(db, repo);
  const meetings = createMeetingRepo(db);
  const actionItems = createActionItemRepo(db);

  const audit = (tx: DbOrTx, actor: Actor, context: RequestContext, action: string, id: number, regionCode: string, changes: Parameters<typeof appendAudit>[1]['changes']) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label },
      action, entityType: 'readiness_assessment', entityId: String(id), regionCode, changes, ip: context.ip, client: context.client, at: clock.now(),
    });

  function requireReader(actor: Actor) {
    if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
  }

  async function templatesById(): Promise<Map<number, TemplateRecord>> {
    return new Map((await repo.templates()).map((t) => [t.id, t]));
  }

  async function templateOf(assessment: AssessmentRecord): Promise<TemplateRecord> {
    return (await repo.template(assessment.templateId))!;
  }

  async function readableAssessment(actor: Actor, id: number): Promise<AssessmentRecord> {
    return readableOr404(actor, await repo.assessment(id));
  }

  /** A unit the actor can see, for `field`; 400 otherwise (as an unknown one). */
  async function checkUnit(actor: Actor, unitId: number, field: string) {
    const unit = await repo.unit(unitId);
    if (!unit || !inScope(actor.principal, unit.regionCode)) throw new AppError('invalid', 400, { detail: field });
    return unit;
  }

  /** The given items by code: each known to the template, none twice; their units checked. */
  async function checkItems<T extends { code: string; responsibleUnitId?: number | null }>(actor: Actor, template: TemplateRecord, items: readonly T[]) {
    const known = new Set(template.items.map((item) => item.code));
    const given = new Map<string, T>();
    for (const item of items) {
      if (!known.has(item.code)) throw new AppError('invalid', 400, { detail: `items: ${item.code}` });
      if (given.has(item.code)) throw new AppError('invalid', 400, { detail: `items: ${item.code} (twice)` });
      given.set(item.code, item);
    }
    for (const unitId of new Set([...given.values()].map((item) => item.responsibleUnitId).filter((id): id is number => id != null))) {
      await checkUnit(actor, unitId, 'items.responsibleUnitId');
    }
    return given;
  }

  function mayWrite(actor: Actor, regionCode: string, unitId: number | null) {
    if (!can(actor.principal, 'write', { regionCode, unitId })) throw new AppError('forbidden', 403);
  }

  async function view(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await readableAssessment(actor, id);
    const template = await templateOf(assessment);
    const rows = new Map((await repo.items(id)).map((row) => [row.itemCode, row]));
    return {
      ...summaryOf(template, assessment),
      note: assessment.note,
      createdAt: assessment.createdAt,
      items: template.items.map((item) => {
        const row: Partial<AssessmentItemRecord> = rows.get(item.code) ?? {};
        return {
          code: item.code, label: item.label, guidance: item.guidance, weight: item.weight, status: row.status ?? 'belum',
          note: row.note ?? null, evidence: row.evidence ?? null, responsibleUnitId: row.responsibleUnitId ?? null,
          responsibleUnitName: row.responsibleUnitName ?? null, actionItemId: row.actionItemId ?? null, actionItemStatus: row.actionItemStatus ?? null,
        };
      }),
    };
  }

  return {
    async templates(actor: Actor): Promise<ReadinessTemplate[]> {
      requireReader(actor);
      return (await repo.templates()).map(templateView);
    },

    async template(actor: Actor, id: number): Promise<ReadinessTemplate> {
      requireReader(actor);
      const template = await repo.template(id);
      if (!template) throw new AppError('not_found', 404, { what: 'resource' });
      return templateView(template);
    },

    /** A new assessment of a province or kabupaten/kota; items not given start as "belum". */
    async create(actor: Actor, input: CreateAssessment, context: RequestContext): Promise<Assessment> {
      const template = await repo.template(input.templateId);
      if (!template) throw new AppError('invalid', 400, { detail: 'templateId' });
      const region = await repo.region(input.regionCode);
      if (!region) throw new AppError('invalid', 400, { detail: 'regionCode' });
      if (region.level > 2) throw new AppError('invalid', 400, { detail: 'regionCode: provinsi or kabupaten/kota' });
      const responsibleUnitId = input.responsibleUnitId ?? null;
      mayWrite(actor, region.code, responsibleUnitId);
      if (responsibleUnitId !== null) await checkUnit(actor, responsibleUnitId, 'responsibleUnitId');
      const today = localDate(clock.now(), region.timeZone as TimeZoneLabel);
      const assessedOn = input.assessedOn ?? today;
      if (assessedOn > today) throw new AppError('invalid', 400, { detail: `assessedOn: after ${today}` });
      const given = await checkItems(actor, template, input.items ?? []);
      const items: ItemState[] = template.items.map((item) => {
        const g = given.get(item.code);
        return { code: item.code, status: g?.status ?? 'belum', note: g?.note ?? null, evidence: g?.evidence ?? null, responsibleUnitId: g?.responsibleUnitId ?? null };
      });
      const note = input.note ?? null;
      const id = await db.transaction(async (tx) => {
        const txRepo = createReadinessRepo(tx);
        const created = await txRepo.insert({ templateId: template.id, regionCode: region.code, assessedOn, responsibleUnitId, note, createdBy: actor.userId, now: clock.now() });
        if (created === null) throw new AppError('conflict', 409, { detail: `${template.code} ${region.code} ${assessedOn}` });
        await txRepo.insertItems(created, items);
        await audit(tx, actor, context, 'readiness_assessment.create', created, region.code, changedFields(null, {
          templateId: template.id, templateCode: template.code, templateVersion: template.version, regionCode: region.code, assessedOn,
          ...auditState({ responsibleUnitId, note }, items), version: 1,
        }));
        return created;
      });
      return view(actor, id);
    },

    detail: view,

    /** Changes at the version the client read; one audit row names every changed item. */
    async update(actor: Actor, id: number, input: UpdateAssessment, context: RequestContext): Promise<Assessment> {
      const before = await readableAssessment(actor, id);
      mayWrite(actor, before.regionCode, before.responsibleUnitId);
      const responsibleUnitId = input.responsibleUnitId === undefined ? before.responsibleUnitId : input.responsibleUnitId;
      if (responsibleUnitId !== before.responsibleUnitId && responsibleUnitId !== null) {
        mayWrite(actor, before.regionCode, responsibleUnitId);
        await checkUnit(actor, responsibleUnitId, 'responsibleUnitId');
      }
      const template = await templateOf(before);
      const given = await checkItems(actor, template, input.items ?? []);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'readiness_assessment', String(id), input.version), await view(actor, id));
      if (input.version !== before.version) throw await stale();

      const rows = new Map((await repo.items(id)).map((row) => [row.itemCode, row]));
      const current: ItemState[] = template.items.map((item) => {
        const row = rows.get(item.code);
        return { code: item.code, status: row?.status ?? 'belum', note: row?.note ?? null, evidence: row?.evidence ?? null, responsibleUnitId: row?.responsibleUnitId ?? null };
      });
      const next: ItemState[] = current.map((item) => {
        const g = given.get(item.code);
        if (!g) return item;
        return {
          code: item.code, status: g.status ?? item.status, note: g.note === undefined ? item.note : g.note,
          evidence: g.evidence === undefined ? item.evidence : g.evidence,
          responsibleUnitId: g.responsibleUnitId === undefined ? item.responsibleUnitId : g.responsibleUnitId,
        };
      });
      const note = input.note === undefined ? before.note : input.note;
      const changes = changedFields(auditState(before, current), auditState({ responsibleUnitId, note }, next));
      if (Object.keys(changes).length === 0) return view(actor, id);
      const changedItems = next.filter((item) => Object.hasOwn(changes, `items.${item.code}`));
      const saved = await db.transaction(async (tx) => {
        const txRepo = createReadinessRepo(tx);
        if (!(await txRepo.update(id, input.version, { responsibleUnitId, note }, clock.now()))) return false;
        for (const item of changedItems) await txRepo.saveItem(id, item);
        await audit(tx, actor, context, 'readiness_assessment.update', id, before.regionCode, { ...changes, version: [input.version, input.version + 1] });
        return true;
      });
      if (!saved) throw await stale();
      return view(actor, id);
    },

    /** Assessments in the actor's scope, newest day first, with their percent. */
    async list(actor: Actor, query: AssessmentListQuery): Promise<{ items: AssessmentSummary[]; total: number }> {
      requireReader(actor);
      const conditions: SQL[] = [withinRegions(sql`a.region_code`, visibleRoots(actor.principal))];
      if (query.region) conditions.push(withinRegions(sql`a.region_code`, [query.region]));
      if (query.templateId !== undefined) conditions.push(sql`a.template_id = ${query.templateId}`);
      if (query.domain) conditions.push(sql`t.domain = ${query.domain}`);
      const where = sql.join(conditions, sql` and `);
      const [records, total, templates] = [
        await repo.assessments(where, { limit: query.limit, offset: query.offset }), await repo.countAssessments(where), await templatesById(),
      ];
      return { items: records.map((record) => summaryOf(templates.get(record.templateId)!, record)), total };
    },

    /**
     * A region's readiness: per domain, each checklist's latest assessment and history, the domain's
     * percent (mean of its checklists' latest), and for a province the roll-up of its kabupaten/kota.
     */
    async region(actor: Actor, code: string): Promise<RegionReadiness> {
      const found = await repo.region(code);
      const region = readableOr404(actor, found && { ...found, regionCode: found.code });
      if (region.level > 2) throw new AppError('invalid', 400, { detail: 'region level: provinsi or kabupaten/kota' });
      const catalogue = catalogueOf(await repo.templates());
      const { byId } = catalogue;
      const percentOfRecord = (record: AssessmentRecord) => percentOf(byId.get(record.templateId)!, record);
      const own = (await repo.assessments(sql`a.region_code = ${region.code}`)).reverse();
      const point = (record: AssessmentRecord, percent: number | null) => ({
        assessmentId: record.id, templateId: record.templateId, templateVersion: byId.get(record.templateId)!.version, assessedOn: record.assessedOn, percent,
      });
      // Oldest first, so the last one of a family is its latest.
      const latestOwn = new Map(own.map((record) => [record.templateCode, record]));
      const readiness = readinessOf(catalogue, latestOwn);
      const domains = readiness.domains.map(({ domain, percent }) => {
        const rows = catalogue.families.filter((t) => t.domain === domain).map((template) => {
          const history = own.filter((record) => record.templateCode === template.code).map((record) => ({ record, percent: percentOfRecord(record) }));
          return { template, history, latest: history.at(-1) ?? null };
        });
        return {
          domain, label: READINESS_DOMAIN_LABELS[domain], percent,
          templates: rows.map((row) => ({
            template: templateRef(row.template),
            latest: row.latest ? point(row.latest.record, round(row.latest.percent)) : null,
            history: row.history.map((h) => point(h.record, round(h.percent))),
          })),
        };
      });

      let rolled: RegionReadiness['rollUp'] = null;
      if (region.level === 1) {
        const children = await repo.children(region.code);
        const codes = children.map((c) => c.code);
        const latest = await latestAssessments.latestIn(codes);
        const outward = (r: RollUp) => ({ ...r, percent: round(r.percent) });
        const templateRolls = catalogue.families.map((template) => ({
          code: template.code, domain: template.domain, title: { id: template.titleId, en: template.titleEn },
          ...outward(rollUp(latest.filter((l) => l.templateCode === template.code).map((l) => ({ regionCode: l.regionCode, percent: percentOfRecord(l) })), codes)),
        }));
        const domainRolls = domains.map(({ domain, label }) => {
          const familyCodes = new Set(catalogue.families.filter((t) => t.domain === domain).map((t) => t.code));
          const perChild = codes.map((child) => ({
            regionCode: child,
            percent: mean(latest.filter((l) => l.regionCode === child && familyCodes.has(l.templateCode)).map(percentOfRecord)),
          }));
          return { domain, label, ...outward(rollUp(perChild, codes)) };
        });
        rolled = { children: children.map((c) => ({ code: c.code, name: c.name })), templates: templateRolls, domains: domainRolls };
      }

      return {
        region: { code: region.code, name: region.name, level: region.level, parentCode: region.parentCode },
        percent: round(readiness.percent),
        domains: domains.map((d) => ({ ...d, percent: round(d.percent) })),
        rollUp: rolled,
      };
    },

    /** The country's readiness per domain from every province and kabupaten/kota the reader may read (country.ts). */
    async country(actor: Actor): Promise<CountryDomain[]> {
      requireReader(actor);
      return countryDomains(repo, latestAssessments, (code) => can(actor.principal, 'read', { regionCode: code }));
    },

    /**
     * The overall readiness of the provinces, or of one province's kabupaten/kota, for a map: the
     * percent each region's own page shows, its band and the day it was last assessed. Like the
     * assessments list, any reader may ask about any province and gets the regions it may read;
     * the others are left out (a Bali account asking for the provinces gets Bali only).
     */
    async scores(actor: Actor, query: ReadinessScoresQuery): Promise<ReadinessScores> {
      requireReader(actor);
      let parent: { code: string; name: string } | null = null;
      if (query.parent !== undefined) {
        const found = await repo.region(query.parent);
        if (!found) throw new AppError('not_found', 404, { what: 'region' });
        if (found.level !== 1) throw new AppError('invalid', 400, { detail: 'parent: a province code' });
        parent = { code: found.code, name: found.name };
      }
      const regions = (parent ? await repo.children(parent.code) : await repo.provinces())
        .filter((region) => can(actor.principal, 'read', { regionCode: region.code }));
      const [catalogue, latest] = [catalogueOf(await repo.templates()), await latestAssessments.latestIn(regions.map((region) => region.code))];
      const latestByRegion = new Map<string, Map<string, AssessmentRecord>>();
      for (const record of latest) {
        const own = latestByRegion.get(record.regionCode) ?? new Map<string, AssessmentRecord>();
        own.set(record.templateCode, record);
        latestByRegion.set(record.regionCode, own);
      }
      return {
        parent,
        level: parent ? 'kabupaten_kota' : 'provinsi',
        rows: regions.map((region) => {
          const own = latestByRegion.get(region.code) ?? new Map<string, AssessmentRecord>();
          const percent = round(readinessOf(catalogue, own).percent);
          const days = [...own.values()].map((record) => record.assessedOn).sort();
          return { code: region.code, name: region.name, percent, band: readinessBand(percent), lastAssessedOn: days.at(-1) ?? null };
        }),
      };
    },

    /**
     * Turns gaps (belum, sebagian) into action items of a meeting the actor may add them to: one per
     * gap, owned by the item's responsible unit (else the assessment's, unless `ownerUnitId` says),
     * linked from the item. A gap already followed by an open action item is skipped, so a second
     * call makes nothing new.
     */
    async gapActionItems(actor: Actor, id: number, input: GapActionItems, context: RequestContext): Promise<{ created: boolean; result: GapActionItemsResult }> {
      const assessment = await readableAssessment(actor, id);
      const meeting = await editableMeeting(meetings, actor, input.meetingId);
      const template = await templateOf(assessment);
      const labels = new Map(template.items.map((item) => [item.code, item.label.id]));
      const rows = new Map((await repo.items(id)).map((row) => [row.itemCode, row]));
      const inOrder = template.items.map((item) => ({ code: item.code, status: rows.get(item.code)?.status ?? ('belum' as ReadinessStatus) }));
      const open = gaps(inOrder);
      let chosen = open;
      if (input.itemCodes) {
        const wanted = new Set(input.itemCodes);
        for (const code of wanted) {
          if (!labels.has(code)) throw new AppError('invalid', 400, { detail: `itemCodes: ${code}` });
          if (!open.some((item) => item.code === code)) throw new AppError('invalid', 400, { detail: `itemCodes: ${code} (${rows.get(code)?.status ?? 'belum'})` });
        }
        chosen = open.filter((item) => wanted.has(item.code));
      }
      const owners = new Map<string, number>();
      for (const item of chosen) {
        const owner = input.ownerUnitId ?? rows.get(item.code)?.responsibleUnitId ?? assessment.responsibleUnitId;
        if (owner == null) throw new AppError('invalid', 400, { detail: `ownerUnitId (${item.code})` });
        owners.set(item.code, owner);
      }
      const units = new Map<number, { regionCode: string }>();
      for (const unitId of new Set(owners.values())) units.set(unitId, await checkActionItemOwner(db, actor, unitId, null));

      const { made, skipped } = await db.transaction(async (tx) => {
        // One caller at a time per assessment, so two calls never both make an item for one gap.
        await tx.execute(sql`select id from readiness_assessments where id = ${id} for update`);
        const now = clock.now();
        const fresh = new Map((await createReadinessRepo(tx).items(id)).map((row) => [row.itemCode, row]));
        const made: { itemCode: string; actionItemId: number }[] = [];
        const skipped: { itemCode: string; actionItemId: number }[] = [];
        const links: Record<string, [number | null, number]> = {};
        for (const item of chosen) {
          const row = fresh.get(item.code);
          if (row?.actionItemId != null && row.actionItemStatus !== null && isPending(row.actionItemStatus as ActionStatus)) {
            skipped.push({ itemCode: item.code, actionItemId: row.actionItemId });
            continue;
          }
          const ownerUnitId = owners.get(item.code)!;
          const actionItemId = await insertActionItem(tx, {
            actor, context, at: now, meetingId: meeting.id, ownerRegionCode: units.get(ownerUnitId)!.regionCode,
            item: {
              title: `${labels.get(item.code)!} — ${assessment.regionName}`, ownerUnitId, ownerPersonId: null, dueDate: input.dueDate ?? null,
              findingId: null, strategyId: null,
            },
          });
          if (!row) await createReadinessRepo(tx).saveItem(id, { code: item.code, status: 'belum', note: null, evidence: null, responsibleUnitId: null });
          await createReadinessRepo(tx).linkActionItem(id, item.code, actionItemId);
          links[`items.${item.code}.actionItemId`] = [row?.actionItemId ?? null, actionItemId];
          made.push({ itemCode: item.code, actionItemId });
        }
        if (made.length > 0) await audit(tx, actor, context, 'readiness_assessment.action_items', id, assessment.regionCode, { meetingId: [null, meeting.id], ...links });
        return { made, skipped };
      });
      const now = clock.now();
      const items = [];
      for (const { itemCode, actionItemId } of made) items.push({ ...(await actionItems.get(actionItemId, now))!, itemCode });
      return { created: made.length > 0, result: { items, skipped } };
    },
  };
}

export type ReadinessService = ReturnType<typeof createReadinessService>;
