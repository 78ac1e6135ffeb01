import { sql, type SQL } from 'drizzle-orm';
import type {
  CreateComment, CreateReport, PoliticalReportComment, PoliticalReportDetail, PoliticalReportRollup, PoliticalReportStatus, PoliticalReportSummary,
  PoliticalReportVersion, ReportListQuery, ReviewInput, SaveDraft, StatusQuery,
} from '../../contracts/political-reports.js';
import { can, visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { levelOfRegion, mayAuthorReport, mayReadReport, mayReviewReport } from '../../domain/political-reports/permissions.js';
import { ROLLUP_SECTION } from '../../domain/political-reports/templates.js';
import { nextState, type ReportAction } from '../../domain/political-reports/workflow.js';
import type { Db } from '../../db/client.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createObligations } from './obligations.js';
import { createReportRepo, type ReportRecord } from './reports-repo.js';
import { createTemplateRepo, type TemplateRecord } from './templates-repo.js';
import { detailView, summaryView, takesRollup } from './views.js';

const invalid = (detail: string, status = 400) => new AppError('invalid', status, { detail: `political_report.${detail}` });
const notFound = (what = 'report') => new AppError('not_found', 404, { what: `political_report.${what}` });
const refusedTransition = () => new AppError('conflict', 409, { detail: 'political_report.transition' });
const hasText = (text: string | undefined) => text !== undefined && text.trim().length > 0;

/**
 * Political-development reports: owed ones materialised from schedules on read, incidental ones
 * filed by their region; drafted and submitted by the region's desk, reviewed by the level above
 * (domain/political-reports/permissions.ts), each submission a version, with comments. Every
 * write is audited in its transaction and carries the version read (409 when stale).
 */
export function createPoliticalReportService(db: Db, clock: Clock) {
  const repo = createReportRepo(db);
  const templates = createTemplateRepo(db);
  const obligations = createObligations(db, clock);

  async function readable(actor: Actor, id: number): Promise<ReportRecord> {
    const report = await repo.get(id);
    if (!report || !mayReadReport(actor.principal, report.regionCode)) throw notFound();
    return report;
  }

  async function detail(actor: Actor, report: ReportRecord): Promise<PoliticalReportDetail> {
    const [template, versions, comments] = await Promise.all([templates.get(report.templateId), repo.versions(report.id), repo.comments(report.id)]);
    return detailView(report, template!, versions, comments, actor.principal, clock.now());
  }

  /**
   * One step of the flow at the version read: 404 unseen, 403 for who may not take it, 409
   * stale_version when the report moved since, 409 conflict when its state does not allow it.
   * `prepare` reads what it needs, then returns the writes made in the transaction and what the report row changes to.
   */
  async function step(actor: Actor, id: number, version: number, action: ReportAction, context: RequestContext,
    prepare: (before: ReportRecord, now: Date) => Promise<(tx: Parameters<typeof createReportRepo>[0]) => Promise<{ set: SQL; changes: Record<string, unknown>; was: Record<string, unknown> }>>): Promise<PoliticalReportDetail> {
    const before = await readable(actor, id);
    const allowed = action === 'simpan' || action === 'kirim' ? mayAuthorReport(actor.principal, before.regionCode) : mayReviewReport(actor.principal, before.regionCode);
    if (!allowed) throw new AppError('forbidden', 403);
    const stale = async () => staleVersion(await fieldsChangedSince(db, 'political_report', String(id), version), await detail(actor, (await repo.get(id))!));
    if (before.version !== version) throw await stale();
    const next = nextState(before.state, action);
    if (next === null) throw refusedTransition();
    const now = clock.now();
    // Reads happen before the transaction: on PGlite a query outside it would wait for it forever.
    const write = await prepare(before, now);
    const moved = await db.transaction(async (tx) => {
      const { set, changes, was } = await write(tx);
      if (!(await createReportRepo(tx).update(id, version, sql`state = ${next}, ${set}`, now))) return false;
      await appendAudit(tx, {
        actor: { type: actor.type, id: actor.userId, label: actor.label }, action: `political_report.${action}`, entityType: 'political_report', entityId: String(id),
        regionCode: before.regionCode, ip: context.ip, client: context.client, at: now,
        changes: { ...changedFields({ state: before.state, ...was }, { state: next, ...changes }), version: [version, version + 1] },
      });
      return true;
    });
    if (!moved) throw await stale();
    return detail(actor, (await repo.get(id))!);
  }

  /** The version a draft is written to: the open draft again, or the next number after a submitted one. */
  async function draftNumber(reportId: number) {
    const versions = await repo.versions(reportId);
    const current = versions.at(-1);
    return { current, number: current && current.submittedAt === null ? current.number : (current?.number ?? 0) + 1 };
  }

  async function saveDraft(actor: Actor, id: number, input: SaveDraft, context: RequestContext): Promise<PoliticalReportDetail> {
    return step(actor, id, input.version, 'simpan', context, async (before, now) => {
      const template = (await templates.get(before.templateId))!;
      const known = new Set([...template.sections.map((s) => s.key), ...(takesRollup(before) ? [ROLLUP_SECTION.key] : [])]);
      if (Object.keys(input.sections).some((key) => !known.has(key))) throw invalid('section_unknown');
      const { number } = await draftNumber(id);
      return async (tx) => {
        await createReportRepo(tx).saveVersion(id, number, { sections: input.sections, summary: input.summary }, actor.userId, now, false);
        return { set: sql`current_version = ${number}`, changes: { currentVersion: number }, was: { currentVersion: before.currentVersion } };
      };
    });
  }

  /** Who owes and who has reported; the caller has already limited `roots` to what the reader sees. */
  async function standing(level: 'kabkota' | 'provinsi', roots: string[] | null, window: Parameters<typeof repo.standing>[2]) {
    await obligations.ensure();
    return repo.standing(level, roots, window, clock.now());
  }

  return {
    obligations,

    async list(actor: Actor, query: ReportListQuery): Promise<{ items: PoliticalReportSummary[]; total: number }> {
      if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      await obligations.ensure();
      const now = clock.now();
      const { items, total } = await repo.list(visibleRoots(actor.principal), query, now);
      return { items: items.map((r) => summaryView(r, now, r.late)), total };
    },

    async create(actor: Actor, input: CreateReport, context: RequestContext): Promise<PoliticalReportDetail> {
      if (!(await repo.region(input.regionCode))) throw invalid('region_unknown');
      if (levelOfRegion(input.regionCode) === null) throw invalid('region_level');
      if (!mayAuthorReport(actor.principal, input.regionCode)) throw new AppError('forbidden', 403);
      const template = input.templateId === undefined ? await templates.byCode('insidental-61-2011') : await templates.get(input.templateId);
      if (!template || !template.active) throw invalid('template_unknown');
      if (template.kind !== 'insidental') throw invalid('template_kind');
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const fields = { templateId: template.id, regionCode: input.regionCode, title: input.title, occurredAt: input.occurredAt };
        const created = await createReportRepo(tx).insertIncidental(fields, actor.userId, now);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'political_report.create', entityType: 'political_report', entityId: String(created),
          regionCode: input.regionCode, ip: context.ip, client: context.client, at: now, changes: changedFields(null, { ...fields, kind: 'insidental', state: 'belum', version: 1 }),
        });
        return created;
      });
      return detail(actor, (await repo.get(id))!);
    },

    async detail(actor: Actor, id: number): Promise<PoliticalReportDetail> {
      return detail(actor, await readable(actor, id));
    },

    saveDraft,

    /** Submits the open draft (or, on a returned report left unchanged, the returned content again as a new version). */
    submit(actor: Actor, id: number, version: number, context: RequestContext): Promise<PoliticalReportDetail> {
      return step(actor, id, version, 'kirim', context, async (before, now) => {
        const { current, number } = await draftNumber(id);
        if (!current || !hasText(current.summary) || !Object.values(current.sections).some(hasText)) throw invalid('empty', 422);
        return async (tx) => {
          await createReportRepo(tx).saveVersion(id, number, { sections: current.sections, summary: current.summary }, current.submittedAt === null ? (current.authorId ?? actor.userId) : actor.userId, now, true);
          // The first submission is what lateness counts (deadlines.ts): a report sent back keeps its date.
          return {
            set: sql`current_version = ${number}, submitted_at = coalesce(submitted_at, ${now.toISOString()}::timestamptz)`,
            changes: { currentVersion: number, submittedVersion: number }, was: { currentVersion: before.currentVersion, submittedVersion: null },
          };
        };
      });
    },

    review(actor: Actor, id: number, input: ReviewInput, context: RequestContext): Promise<PoliticalReportDetail> {
      return step(actor, id, input.version, input.action, context, async (before, now) => {
        // The author learns why a report came back: returning it needs a comment.
        if (input.action === 'kembalikan' && !hasText(input.comment)) throw invalid('comment_required');
        const authorLabel = (await repo.userName(actor.userId)) ?? actor.label;
        return async (tx) => {
          if (hasText(input.comment)) {
            await createReportRepo(tx).insertComment({ reportId: id, versionNumber: before.currentVersion, sectionKey: null, body: input.comment!.trim(), authorId: actor.userId, authorLabel }, now);
          }
          return {
            set: sql`reviewed_by = ${actor.userId}, reviewed_at = ${now.toISOString()}::timestamptz`,
            changes: { reviewedBy: actor.userId, comment: input.comment ?? null }, was: { reviewedBy: before.reviewedBy, comment: null },
          };
        };
      });
    },

    async comment(actor: Actor, id: number, input: CreateComment, context: RequestContext): Promise<PoliticalReportComment> {
      const report = await readable(actor, id);
      if (!mayAuthorReport(actor.principal, report.regionCode) && !mayReviewReport(actor.principal, report.regionCode)) throw new AppError('forbidden', 403);
      const template = (await templates.get(report.templateId))!;
      if (input.sectionKey !== undefined && input.sectionKey !== ROLLUP_SECTION.key && !template.sections.some((s) => s.key === input.sectionKey)) throw invalid('section_unknown');
      const now = clock.now();
      const authorName = (await repo.userName(actor.userId)) ?? actor.label;
      const commentId = await db.transaction(async (tx) => {
        const created = await createReportRepo(tx).insertComment({ reportId: id, versionNumber: report.currentVersion, sectionKey: input.sectionKey ?? null, body: input.body, authorId: actor.userId, authorLabel: authorName }, now);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'political_report.comment', entityType: 'political_report', entityId: String(id),
          regionCode: report.regionCode, ip: context.ip, client: context.client, at: now,
          changes: changedFields(null, { commentId: created, sectionKey: input.sectionKey ?? null, body: input.body }),
        });
        return created;
      });
      return { id: commentId, versionNumber: report.currentVersion, sectionKey: input.sectionKey ?? null, body: input.body, authorName, createdAt: now.toISOString() };
    },

    async version(actor: Actor, id: number, number: number): Promise<PoliticalReportVersion> {
      await readable(actor, id);
      const found = (await repo.versions(id)).find((v) => v.number === number);
      if (!found) throw notFound('version');
      return { number: found.number, sections: found.sections, summary: found.summary, submittedAt: found.submittedAt?.toISOString() ?? null, authorName: found.authorName, createdAt: found.createdAt.toISOString() };
    },

    /** A province's periodic report: its kabupaten/kota reports of the same template period, and who has not submitted. */
    async rollup(actor: Actor, id: number): Promise<PoliticalReportRollup> {
      const report = await readable(actor, id);
      if (!takesRollup(report)) throw new AppError('conflict', 409, { detail: 'political_report.not_province_report' });
      const rows = await standing('kabkota', [report.regionCode], { start: report.periodStart!, end: report.periodEnd!, templateId: report.templateId });
      const sent = rows.filter((r) => r.reportId !== null && r.state !== 'belum' && r.state !== 'draf');
      const summaries = await repo.submittedSummaries(sent.map((r) => r.reportId!));
      return {
        items: sent.map((r) => ({ regionCode: r.regionCode, regionName: r.regionName, reportId: r.reportId!, state: r.state, late: r.late, submittedAt: r.submittedAt?.toISOString() ?? null, summary: summaries.get(r.reportId!) ?? '' })),
        missing: rows.filter((r) => !sent.includes(r)).map((r) => ({ regionCode: r.regionCode, regionName: r.regionName, reportId: r.reportId, state: r.state, late: r.late })),
      };
    },

    /** Writes the roll-up into the draft's `rollup` section (the rest of the draft stays as it was). */
    async applyRollup(actor: Actor, id: number, version: number, context: RequestContext, lang: Language = 'id'): Promise<PoliticalReportDetail> {
      const { items, missing } = await this.rollup(actor, id);
      const blocks = items.map((item) => `${item.regionName}:\n${item.summary.trim() || '—'}`);
      if (missing.length) blocks.push(`${translateTerm('political_report.rollup_missing', lang)}: ${missing.map((m) => m.regionName).join(', ')}`);
      const text = `${translateTerm('political_report.rollup_heading', lang)}\n\n${blocks.join('\n\n')}`;
      const current = (await repo.versions(id)).at(-1);
      return saveDraft(actor, id, { version, sections: { ...(current?.sections ?? {}), [ROLLUP_SECTION.key]: text }, summary: current?.summary ?? '' }, context);
    },

    /** Who has reported for a month: national accounts see the country, a province its kabupaten/kota. */
    async status(actor: Actor, query: StatusQuery): Promise<PoliticalReportStatus> {
      if (!can(actor.principal, 'read', { regionCode: query.regionCode ?? actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const roots = query.regionCode !== undefined ? [query.regionCode] : visibleRoots(actor.principal);
      const rows = await standing(query.level, roots, { month: query.period });
      const items = rows.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null, dueAt: r.dueAt?.toISOString() ?? null }));
      return {
        period: query.period, level: query.level, items,
        totals: {
          regions: items.length, submitted: items.filter((r) => r.submittedAt !== null).length, accepted: items.filter((r) => r.state === 'diterima').length,
          late: items.filter((r) => r.late).length, missing: items.filter((r) => r.submittedAt === null).length,
        },
      };
    },

    /** The report with everything its PDF prints, and the unit whose letterhead heads it. */
    async printable(actor: Actor, id: number) {
      const report = await readable(actor, id);
      const [template, versions] = await Promise.all([templates.get(report.templateId), repo.versions(id)]);
      const current = versions.find((v) => v.number === report.currentVersion) ?? null;
      const unitId = await repo.letterheadUnit(current?.authorId ?? report.createdBy, report.regionCode);
      return { report, template: template as TemplateRecord, current, unitId };
    },
  };
}

export type PoliticalReportService = ReturnType<typeof createPoliticalReportService>;
