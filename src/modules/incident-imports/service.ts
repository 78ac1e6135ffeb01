import { createHash } from 'node:crypto';
import { createIncidentSchema, type CreateIncident } from '../../contracts/incidents.js';
import type { ImportDetail, ImportStatus, ImportSummary } from '../../contracts/incident-imports.js';
import { can, inScope } from '../../domain/access/rules.js';
import { canonicalJson } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { mapImportColumns, readImportRow, readRowTimes, rowKey, type ImportColumn, type RowDraft, type RowProblem } from '../../domain/incidents/import-rows.js';
import type { Regime } from '../../domain/incidents/regime.js';
import { fill, importWords } from '../../i18n/incident-imports.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { calendarRegime } from '../gateway/calendar-regime.js';
import { resolveRegion } from '../gateway/resolve-region.js';
import type { IncidentService } from '../incidents/service.js';
import type { NewIncident } from '../incidents/repo.js';
import { createRegionRepo } from '../regions/repo.js';
import { createImportRepo, type ImportRecord } from './repo.js';

/** Every imported row claims its key here (incident_idempotency): a second import of the same rows finds them taken. */
export const IMPORT_KEY_SCOPE = 'import';
/** An import still running after this long belongs to a process that is gone (imports of the row cap take seconds). */
export const STALE_AFTER_MS = 30 * 60_000;
/** How often (in rows) the progress counter is written while rows are checked. */
const PROGRESS_EVERY = 25;

/**
 * Lets the event loop run. The embedded database (PGlite) answers queries without ever leaving the
 * microtask queue, so a loop of them would hold the whole process: the 202, other requests and the
 * progress polls would wait for the import to end.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the jsonb report of an import holds (incident_imports.report). */
interface StoredReport {
  dryRun: boolean;
  fileSha256: string;
  sameFileAs: number | null;
  problems: RowProblem[];
  skipped: { row: number; incidentId: number | null }[];
  incidents: { row: number; id: number; reference: string }[];
  failure?: 'stale' | 'internal';
}

interface Checked {
  row: number;
  fields: NewIncident;
  key: string;
  hash: string;
}

export interface ImportOptions {
  keepValid: boolean;
  dryRun: boolean;
}

const notFound = () => new AppError('not_found', 404, { what: 'incident_import' });
const emptyReport = (dryRun: boolean, fileSha256: string): StoredReport => ({ dryRun, fileSha256, sameFileAs: null, problems: [], skipped: [], incidents: [] });
const reportOf = (record: ImportRecord): StoredReport => ({ ...emptyReport(false, ''), ...((typeof record.report === 'string' ? JSON.parse(record.report) : record.report) as Partial<StoredReport> | null) });

/** Which column an incidents-side refusal is about. */
const COLUMN_OF_FIELD: Record<string, ImportColumn> = {
  category: 'category', regime: 'regime', description: 'description', occurredAt: 'occurredAt', knownAt: 'knownAt', regionCode: 'region', latitude: 'latitude',
  longitude: 'longitude', tps: 'tps', severity: 'severity', reporterName: 'reporterName', reporterContact: 'reporterContact',
};
const COLUMN_OF_DETAIL: Record<string, ImportColumn> = {
  'incident.in_future': 'occurredAt', 'incident.known_before_occurred': 'knownAt', 'incident.region_unknown': 'region',
};

/**
 * Imports of reports from CSV/XLSX (issue 7). The file is read and its header checked while the
 * request waits (a file that is no spreadsheet, too large or without the required columns is refused
 * at once); the rows are then checked in the background of this process, one by one, through the
 * incidents service's own checks (`check`), counting progress. Nothing is written until every row is
 * checked: then, in ONE transaction, every valid row (only when none failed, unless keepValid) through
 * the incidents service (`submitAll`: audit row and live event each, as for any report). A row the
 * same import or an earlier one already wrote (same key) is skipped and reported as such.
 */
export function createIncidentImportService(db: Db, clock: Clock, incidents: IncidentService, log: (error: unknown) => void = () => {}) {
  const repo = createImportRepo(db);
  /** Imports this process is running, and their promises (so tests and shutdown can wait for them). */
  const running = new Map<number, Promise<void>>();

  function mayRead(actor: Actor, record: ImportRecord): boolean {
    if (record.createdBy === actor.userId) return true;
    const { role } = actor.principal;
    return (role === 'admin' || role === 'coordinator') && inScope(actor.principal, record.scopeRegionCode);
  }

  async function readable(actor: Actor, id: number): Promise<ImportRecord> {
    await repo.failStale(new Date(clock.now().getTime() - STALE_AFTER_MS), new Set(running.keys()), clock.now());
    const record = await repo.get(id);
    if (!record || !mayRead(actor, record)) throw notFound();
    return record;
  }

  function summary(record: ImportRecord): ImportSummary {
    const report = reportOf(record);
    return {
      id: record.id, status: record.status as ImportStatus, fileName: record.fileName, keepValid: record.keepValid, dryRun: report.dryRun,
      totalRows: record.totalRows, processedRows: record.processedRows, acceptedRows: record.acceptedRows, rejectedRows: record.rejectedRows,
      skippedRows: report.skipped.length, createdAt: record.createdAt.toISOString(), finishedAt: record.finishedAt?.toISOString() ?? null,
    };
  }

  function problemMessage(problem: RowProblem, lang: Language): string {
    const words = importWords(lang).rows;
    if (problem.code === 'rejected' && problem.detail) return translateTerm(problem.detail, lang);
    return words[problem.code] ?? words.invalid_value;
  }

  function outcome(record: ImportRecord, view: ImportSummary, lang: Language): string {
    const words = importWords(lang).summary;
    const values = { processed: view.processedRows, total: view.totalRows, accepted: view.acceptedRows, rejected: view.rejectedRows, skipped: view.skippedRows };
    if (record.status === 'berjalan') return fill(words.running, values);
    if (record.status === 'gagal') return words.failed;
    if (record.status === 'ditolak') return fill(words.refused, values);
    if (view.dryRun) return fill(words.dryRun, values);
    if (view.acceptedRows === 0 && view.rejectedRows === 0 && view.skippedRows > 0) return fill(words.nothingNew, values);
    return fill(words.done, values);
  }

  /** Region by code (in the gazetteer, then in scope) or by name (the gateway's search inside the scope), remembered per text. */
  function regionResolver(actor: Actor) {
    const regions = createRegionRepo(db);
    const cache = new Map<string, Promise<{ code: string | null; problem: RowProblem['code'] | null }>>();
    return (draft: RowDraft) => {
      const text = draft.region.text;
      let found = cache.get(text);
      if (!found) {
        found = (async () => {
          if (draft.region.code) {
            const region = await regions.get(draft.region.code);
            if (!region) return { code: null, problem: 'region_not_found' as const };
            return inScope(actor.principal, region.code) ? { code: region.code, problem: null } : { code: null, problem: 'outside_scope' as const };
          }
          const resolved = await resolveRegion(db, { text, code: null }, actor.principal);
          if (resolved.code) return { code: resolved.code, problem: null };
          return { code: null, problem: resolved.problems.some((p) => p.reason === 'ambiguous') ? ('region_ambiguous' as const) : ('region_not_found' as const) };
        })();
        cache.set(text, found);
      }
      return found;
    };
  }

  /** The regime a row does not name: the election calendar's (as the gateway does), remembered per province. */
  function regimeResolver() {
    const cache = new Map<string, Promise<Regime | null>>();
    return (regionCode: string) => {
      const province = regionCode.slice(0, 2);
      let found = cache.get(province);
      if (!found) cache.set(province, (found = calendarRegime(db, regionCode, clock.now())));
      return found;
    };
  }

  /** One row through the same checks as any submitted report; its problems, or what would be written. */
  async function checkRow(actor: Actor, draft: RowDraft, problems: RowProblem[], resolve: ReturnType<typeof regionResolver>, regimeOf: ReturnType<typeof regimeResolver>): Promise<Omit<Checked, 'key' | 'hash'> & { input: CreateIncident } | null> {
    const row = draft.row;
    const region = draft.region.text ? await resolve(draft) : { code: null, problem: null };
    if (region.problem && !problems.some((p) => p.column === 'region')) problems.push({ row, column: 'region', code: region.problem, value: draft.region.text.slice(0, 80) });
    const times = readRowTimes(draft, region.code);
    problems.push(...times.problems);
    const regime = draft.regime ?? (region.code ? await regimeOf(region.code) : null);
    if (region.code && !regime && !problems.some((p) => p.column === 'regime')) problems.push({ row, column: 'regime', code: 'regime_missing' });
    if (problems.length > 0) return null;
    const input = {
      category: draft.category, regime, description: draft.description, occurredAt: times.occurredAt, regionCode: region.code, channel: 'import',
      ...(times.knownAt ? { knownAt: times.knownAt } : {}), ...(draft.severity ? { severity: draft.severity } : {}),
      latitude: draft.latitude, longitude: draft.longitude, tps: draft.tps, reporterName: draft.reporterName, reporterContact: draft.reporterContact,
    };
    const parsed = createIncidentSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[String(issue.path[0])] ?? null;
        const code = issue.message.startsWith('incident.') ? 'rejected' : issue.code === 'too_big' ? 'too_long' : 'invalid_value';
        problems.push({ row, column, code: code as RowProblem['code'], ...(code === 'rejected' ? { detail: issue.message } : {}) });
      }
      return null;
    }
    try {
      return { row, input: parsed.data, fields: await incidents.check(actor, parsed.data) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'forbidden') problems.push({ row, column: 'region', code: 'outside_scope', value: draft.region.text.slice(0, 80) });
      else {
        const detail = String(error.params.detail ?? 'invalid');
        problems.push({ row, column: COLUMN_OF_DETAIL[detail] ?? null, code: 'rejected', detail });
      }
      return null;
    }
  }

  /** The background part: every row checked, then all written at once (or none). */
  async function run(id: number, actor: Actor, sheet: string[][], options: ImportOptions, fileSha256: string, context: RequestContext): Promise<void> {
    const [header = [], ...rows] = sheet;
    const { columns } = mapImportColumns(header);
    const report = emptyReport(options.dryRun, fileSha256);
    report.sameFileAs = await repo.sameFile(fileSha256, id);
    const resolve = regionResolver(actor);
    const regimeOf = regimeResolver();
    const valid: Checked[] = [];
    const rowsWithProblems = new Set<number>();
    const keysInFile = new Map<string, number>();
    let processed = 0;
    const candidates: Checked[] = [];
    for (const [index, cells] of rows.entries()) {
      const read = readImportRow(cells, columns, index);
      if (!read) continue;
      const problems = [...read.problems];
      const checked = await checkRow(actor, read.draft, problems, resolve, regimeOf);
      if (checked) {
        const key = rowKey({ ...checked.fields, occurredAt: checked.fields.occurredAt.toISOString() }, read.draft.key);
        const { channel: _channel, ...content } = checked.input;
        const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
        const earlierRow = keysInFile.get(key);
        if (earlierRow !== undefined) problems.push({ row: checked.row, column: read.draft.key ? 'key' : null, code: 'duplicate_in_file', value: `${earlierRow}` });
        else {
          keysInFile.set(key, checked.row);
          candidates.push({ row: checked.row, fields: checked.fields, key, hash });
        }
      }
      if (problems.length > 0) rowsWithProblems.add(read.draft.row);
      report.problems.push(...problems);
      processed += 1;
      if (processed % PROGRESS_EVERY === 0) await repo.progress(id, processed);
      await yieldToEventLoop();
    }
    // Rows imported before: the same key with the same content is skipped, with other content it is a problem.
    const claimed = await repo.claimedKeys(IMPORT_KEY_SCOPE, candidates.map((candidate) => candidate.key));
    for (const candidate of candidates) {
      const earlier = claimed.get(candidate.key);
      if (!earlier) valid.push(candidate);
      else if (earlier.hash === candidate.hash || candidate.key.startsWith('row:')) report.skipped.push({ row: candidate.row, incidentId: earlier.incidentId });
      else {
        report.problems.push({ row: candidate.row, column: 'key', code: 'key_reused', value: candidate.key.slice(4, 84) });
        rowsWithProblems.add(candidate.row);
      }
    }
    report.problems.sort((a, b) => a.row - b.row);
    const refused = rowsWithProblems.size > 0 && !options.keepValid;
    let accepted = valid.length;
    if (!refused && !options.dryRun && valid.length > 0) {
      const ids = await incidents.submitAll(actor, valid.map(({ fields, key, hash }) => ({ fields, key, hash })), IMPORT_KEY_SCOPE, context);
      const references = await repo.references(ids.filter((value): value is number => value !== null));
      accepted = 0;
      ids.forEach((incidentId, i) => {
        const row = valid[i]!.row;
        if (incidentId === null) report.skipped.push({ row, incidentId: null });
        else {
          accepted += 1;
          report.incidents.push({ row, id: incidentId, reference: references.get(incidentId) ?? '' });
        }
      });
      report.skipped.sort((a, b) => a.row - b.row);
    }
    await repo.finish(id, {
      status: refused ? 'ditolak' : 'selesai', processedRows: processed, acceptedRows: refused ? 0 : accepted, rejectedRows: rowsWithProblems.size,
      report, finishedAt: clock.now(),
    });
  }

  return {
    /**
     * Starts an import of a read spreadsheet (header first): 400 without the required columns or
     * without rows, 403 for accounts that do not write reports. Answers at once with the import's
     * id; the rows are checked and written in the background (GET shows the progress).
     */
    async start(actor: Actor, sheet: string[][], file: { name: string; bytes: Buffer }, options: ImportOptions, context: RequestContext): Promise<{ id: number; status: ImportStatus; totalRows: number }> {
      if (!can(actor.principal, 'write', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const [header = [], ...rows] = sheet;
      if (mapImportColumns(header).missing.length > 0) throw new AppError('invalid', 400, { detail: 'import.columns_missing' });
      const { columns } = mapImportColumns(header);
      const totalRows = rows.filter((cells, index) => readImportRow(cells, columns, index) !== null).length;
      if (totalRows === 0) throw new AppError('invalid', 400, { detail: 'import.empty' });
      const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
      const now = clock.now();
      const fileName = (file.name ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'import';
      const id = await db.transaction(async (tx) => {
        const created = await createImportRepo(tx).insert({
          status: 'berjalan', fileName, keepValid: options.keepValid, totalRows, report: emptyReport(options.dryRun, fileSha256),
          scopeRegionCode: actor.principal.regionCode, createdBy: actor.userId, createdAt: now,
        });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_import.start', entityType: 'incident_import', entityId: String(created),
          regionCode: actor.principal.regionCode, ip: context.ip, client: context.client, at: now,
          changes: { fileName: [null, fileName], totalRows: [null, totalRows], keepValid: [null, options.keepValid], dryRun: [null, options.dryRun], fileSha256: [null, fileSha256] },
        });
        return created;
      });
      const job = yieldToEventLoop().then(() => run(id, actor, sheet, options, fileSha256, context))
        .catch(async (error: unknown) => {
          log(error);
          await repo.finish(id, { status: 'gagal', finishedAt: clock.now(), report: { ...emptyReport(options.dryRun, fileSha256), failure: 'internal' } }).catch(log);
        })
        .finally(() => running.delete(id));
      running.set(id, job);
      return { id, status: 'berjalan', totalRows };
    },

    /** An import's progress and row report, for its creator and for administrators and coordinators over its scope; 404 otherwise. */
    async detail(actor: Actor, id: number, lang: Language): Promise<ImportDetail> {
      const record = await readable(actor, id);
      const report = reportOf(record);
      const view = summary(record);
      const words = importWords(lang);
      return {
        ...view,
        problems: report.problems.map((problem) => ({ row: problem.row, column: problem.column, code: problem.code, message: problemMessage(problem, lang), value: problem.value ?? null })),
        skipped: report.skipped.map((skip) => ({ ...skip, message: words.alreadyImported })),
        incidents: report.incidents,
        sameFileAs: report.sameFileAs,
        failure: report.failure ? words.failures[report.failure] : null,
        summary: outcome(record, view, lang),
      };
    },

    /** The caller's own imports, latest first. */
    async list(actor: Actor): Promise<{ items: ImportSummary[] }> {
      await repo.failStale(new Date(clock.now().getTime() - STALE_AFTER_MS), new Set(running.keys()), clock.now());
      return { items: (await repo.listBy(actor.userId, 100)).map(summary) };
    },

    /** Resolves when every import this process runs has ended (tests, shutdown). */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
  };
}

export type IncidentImportService = ReturnType<typeof createIncidentImportService>;
