import type { SitrepListQuery, SitrepScheduleView, SitrepView, PutSitrepScheduleInput } from '../../contracts/sitrep.js';
import type { Db } from '../../db/client.js';
import { can, inScope, visibleRoots, type Principal } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { timeZoneOfRegion, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import { isFutureDay, nextSlot } from '../../domain/sitrep/days.js';
import type { SitrepTrigger } from '../../domain/sitrep/vocabulary.js';
import type { Language } from '../../i18n/messages.js';
import { SITREP_WORDS } from '../../i18n/sitrep.js';
import type { Clock } from '../../services.js';
import { appendAudit, type AuditActor } from '../audit/service.js';
import type { RequestContext } from '../auth/actor.js';
import { createRegionRepo } from '../regions/repo.js';
import { printableLetterhead } from '../letterheads/printable.js';
import { gatherSitrep } from './data.js';
import { sitrepPdf, sitrepXlsx } from './render.js';
import { createSitrepRepo, type RegionPick, type ScheduleRecord, type StoredSitrep } from './repo.js';
import type { SitrepDashboard } from './source.js';

/** Who asks for a report: a person (principal and account), the schedule or the CLI (no account). */
export interface SitrepRequester {
  principal: Principal;
  audit: AuditActor;
  context?: RequestContext;
}

export interface GenerateInput {
  regionCode: string | null;
  date: string;
  language?: Language;
}

const notFound = () => new AppError('not_found', 404, { what: 'situation_report' });
const NO_CONTEXT: RequestContext = { ip: null, client: null };

/** The zone a region's days are read in; the national report reads Jakarta's (WIB). */
export const zoneOf = (regionCode: string | null): TimeZoneLabel => (regionCode === null ? 'WIB' : timeZoneOfRegion(regionCode));

/**
 * Daily situation reports (issue 10): made from the dashboard's panels for one region and one local
 * day, stored as PDF and XLSX, listed and downloaded within the caller's scope; and the schedules
 * that have the server make them each day.
 */
export function createSitrepService(db: Db, clock: Clock, dashboard: () => SitrepDashboard) {
  const repo = createSitrepRepo(db);
  const regions = createRegionRepo(db);

  /** The region's name, 404 when the code is not in the gazetteer. */
  async function regionName(regionCode: string | null, lang: Language): Promise<string> {
    if (regionCode === null) return SITREP_WORDS[lang].national;
    const region = await regions.get(regionCode);
    if (!region) throw new AppError('not_found', 404, { what: 'region' });
    return region.name;
  }

  async function names(codes: (string | null)[], lang: Language): Promise<Map<string | null, string>> {
    const wanted = [...new Set(codes.filter((code): code is string => code !== null))];
    const found = wanted.length ? await regions.getMany(wanted) : [];
    const map = new Map<string | null, string>(found.map((r) => [r.code, r.name]));
    map.set(null, SITREP_WORDS[lang].national);
    return map;
  }

  function view(report: StoredSitrep, name: string): SitrepView {
    return { ...report, regionName: name, generatedAt: report.generatedAt.toISOString() };
  }

  function scheduleView(s: ScheduleRecord, name: string): SitrepScheduleView {
    return {
      regionCode: s.regionCode, regionName: name, timeZone: zoneOf(s.regionCode), localHour: s.localHour, enabled: s.enabled,
      nextRunAt: s.nextRunAt.toISOString(), lastRunAt: s.lastRunAt?.toISOString() ?? null, lastError: s.lastError,
    };
  }

  /** Reading a region's reports: any reader inside the scope; national ones need a national account. */
  function mayRead(principal: Principal, regionCode: string | null): boolean {
    return can(principal, 'read', { regionCode }) && (regionCode !== null || principal.regionCode === null);
  }

  /** A list's region filter within the caller's scope (outside it: 403, as the dashboard answers). */
  function regionPick(principal: Principal, region: string | undefined): RegionPick {
    if (region === undefined) return { roots: visibleRoots(principal) };
    const one = region === 'national' ? null : region;
    if (!mayRead(principal, one)) throw new AppError('forbidden', 403);
    return { one };
  }

  function requireReader(principal: Principal) {
    if (!can(principal, 'read', { regionCode: principal.regionCode })) throw new AppError('forbidden', 403);
  }

  function requireScheduler(principal: Principal, regionCode: string | null) {
    if (principal.role !== 'admin' && principal.role !== 'coordinator') throw new AppError('forbidden', 403);
    if (!inScope(principal, regionCode) || (regionCode === null && principal.regionCode !== null)) throw new AppError('forbidden', 403);
  }

  /** The letterhead: the caller's unit's, else the region's Kesbangpol office's, else none (a plain heading). */
  async function letterheadFor(principal: Principal, regionCode: string | null) {
    const own = principal.unitId === null ? null : await printableLetterhead(db, principal.unitId);
    if (own && own.lines.length > 0) return own;
    const office = await repo.kesbangpolUnit(regionCode);
    const printed = office === null ? null : await printableLetterhead(db, office);
    return printed && printed.lines.length > 0 ? printed : null;
  }

  async function generate(requester: SitrepRequester, input: GenerateInput, trigger: SitrepTrigger): Promise<SitrepView> {
    const { principal } = requester;
    const lang = input.language ?? 'id';
    // Making a report stores it: those who write in the region (not viewers, not reporters).
    if (!can(principal, 'write', { regionCode: input.regionCode }) || (input.regionCode === null && principal.regionCode !== null)) {
      throw new AppError('forbidden', 403);
    }
    const name = await regionName(input.regionCode, lang);
    const timeZone = zoneOf(input.regionCode);
    const now = clock.now();
    if (isFutureDay(input.date, timeZone, now)) throw new AppError('invalid', 400, { detail: 'sitrep.date_future' });
    const data = await gatherSitrep(dashboard(), { principal, regionCode: input.regionCode, regionName: name, date: input.date, timeZone }, now);
    const words = SITREP_WORDS[lang];
    const [pdf, xlsx] = await Promise.all([sitrepPdf(data, await letterheadFor(principal, input.regionCode), words, lang), sitrepXlsx(data, words, lang)]);
    const stored = await db.transaction(async (tx) => {
      const report = await createSitrepRepo(tx).insert({
        regionCode: input.regionCode, reportDate: input.date, timeZone, trigger, generatedBy: requester.audit.type === 'user' ? requester.audit.id : null,
        generatedAt: now, pdf, xlsx,
      });
      const context = requester.context ?? NO_CONTEXT;
      await appendAudit(tx, {
        actor: requester.audit, action: 'situation_report.create', entityType: 'situation_report', entityId: String(report.id), regionCode: input.regionCode,
        changes: { reportDate: [null, input.date], trigger: [null, trigger], language: [null, lang] }, ip: context.ip, client: context.client, at: now,
      });
      return report;
    });
    return view(stored, name);
  }

  return {
    repo,
    generate,

    async list(principal: Principal, query: SitrepListQuery, lang: Language): Promise<{ items: SitrepView[]; total: number }> {
      requireReader(principal);
      if (query.from && query.to && query.from > query.to) throw new AppError('invalid', 400, { detail: 'sitrep.range' });
      const page = await repo.list(regionPick(principal, query.region), { from: query.from, to: query.to }, { limit: query.limit ?? 50, offset: query.offset ?? 0 });
      const byCode = await names(page.items.map((r) => r.regionCode), lang);
      return { items: page.items.map((r) => view(r, byCode.get(r.regionCode) ?? r.regionCode ?? '')), total: page.total };
    },

    /** A stored file; a report the caller may not read (outside the scope, or a reporter) is not found (404), as other modules answer. */
    async download(principal: Principal, id: number, kind: 'pdf' | 'xlsx'): Promise<{ bytes: Buffer; fileName: string }> {
      const report = await repo.get(id);
      if (!report || !mayRead(principal, report.regionCode)) throw notFound();
      const bytes = await repo.file(id, kind);
      const where = report.regionCode ?? 'nasional';
      return { bytes, fileName: `laporan-situasi-${where}-${report.reportDate}.${kind}` };
    },

    async schedules(principal: Principal, region: string | undefined, lang: Language): Promise<{ items: SitrepScheduleView[] }> {
      if (principal.role !== 'admin' && principal.role !== 'coordinator') throw new AppError('forbidden', 403);
      const found = await repo.schedules(regionPick(principal, region));
      const byCode = await names(found.map((s) => s.regionCode), lang);
      return { items: found.map((s) => scheduleView(s, byCode.get(s.regionCode) ?? s.regionCode ?? '')) };
    },

    /** Sets a region's daily report: its local hour and whether it runs; the next run is the next such hour. */
    async putSchedule(principal: Principal, actor: AuditActor, input: PutSitrepScheduleInput, context: RequestContext, lang: Language): Promise<SitrepScheduleView> {
      requireScheduler(principal, input.regionCode);
      const name = await regionName(input.regionCode, lang);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const txRepo = createSitrepRepo(tx);
        const before = await txRepo.schedule(input.regionCode);
        const saved = await txRepo.upsertSchedule({
          regionCode: input.regionCode, localHour: input.localHour, enabled: input.enabled, nextRunAt: nextSlot(now, input.localHour, zoneOf(input.regionCode)), createdBy: actor.type === 'user' ? actor.id : null,
        });
        await appendAudit(tx, {
          actor, action: before ? 'situation_report_schedule.update' : 'situation_report_schedule.create', entityType: 'situation_report_schedule', entityId: String(saved.id),
          regionCode: input.regionCode, changes: { localHour: [before?.localHour ?? null, saved.localHour], enabled: [before?.enabled ?? null, saved.enabled] },
          ip: context.ip, client: context.client, at: now,
        });
        return scheduleView(saved, name);
      });
    },
  };
}

export type SitrepService = ReturnType<typeof createSitrepService>;
