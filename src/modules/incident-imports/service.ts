import { createHash } from 'node:crypto';
import { createIncidentSchema, type CreateIncident } from '../../contracts/incidents.js';
import type { ImportDetail, ImportStatus, ImportSummary } from '../../contracts/incident-imports.js';
import { can, inScope } from '../../domain/access/rules.js';
import { canonicalJson } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { mapImportColumns, readImportRow, readRowTimes, rowKey, type ColumnMap, type ImportColumn, type RowDraft, type RowProblem } from '../../domain/incidents/import-rows.js';
import type { Regime } from '../../domain/incidents/regime.js';
import { fill, importWords } from '../../i18n/incident-imports.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { calendarRegime } from '../gateway/calendar-regime.js';
import { resolveRegion } from '../gateway/resolve-region.js';
import type { IncidentService, RegionLookup } from '../incidents/service.js';
import type { NewIncident } from '../incidents/repo.js';
import { createRegionRepo } from '../regions/repo.js';
import { removeUpload as removeFile, sweepOrphanUploads } from '../../server/upload-file.js';
import { IMPORT_BATCH_ROWS, MAX_INCIDENT_IMPORT_ROWS, MAX_LISTED_ROWS } from './limits.js';
import { createImportRepo, type ImportRecord, type StagedRow } from './repo.js';
import { spreadsheetRows } from './sheet-stream.js';

/** Every imported row claims its key here (incident_idempotency): a second import of the same rows finds them taken. */
export const IMPORT_KEY_SCOPE = 'import';
/** An import whose job has not moved (no batch checked or written) for this long belongs to a process that is gone. */
export const STALE_AFTER_MS = 30 * 60_000;

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
  /** How many of each there were: the lists above stop at MAX_LISTED_ROWS (absent in imports made before issue 11). */
  counts?: { problems: number; skipped: number; incidents: number };
  failure?: 'stale' | 'internal';
}

export interface ImportOptions {
  keepValid: boolean;
  dryRun: boolean;
}

/** The import file, saved on disk by the route (the import removes it when it ends). */
export interface ImportFile {
  path: string;
  name: string;
  sha256: string;
}

/** What a running import has counted so far (the report's lists are capped, the counts are not). */
interface RunState {
  report: StoredReport;
  processedRows: number;
  rejectedRows: number;
  validRows: number;
  writtenRows: number;
  problemCount: number;
  skippedCount: number;
}

const newState = (dryRun: boolean, fileSha256: string): RunState => ({
  report: emptyReport(dryRun, fileSha256), processedRows: 0, rejectedRows: 0, validRows: 0, writtenRows: 0, problemCount: 0, skippedCount: 0,
});

function listSkipped(state: RunState, skip: { row: number; incidentId: number | null }): void {
  state.skippedCount += 1;
  if (state.report.skipped.length < MAX_LISTED_ROWS) state.report.skipped.push(skip);
}

const storedReport = (state: RunState): StoredReport => ({
  ...state.report, counts: { problems: state.problemCount, skipped: state.skippedCount, incidents: state.writtenRows },
});

/** A parked row's fields as they were checked (jsonb keeps the times as ISO text). */
function revive(stored: unknown): NewIncident {
  const fields = stored as NewIncident & { occurredAt: string; knownAt: string };
  return { ...fields, occurredAt: new Date(fields.occurredAt), knownAt: new Date(fields.knownAt) };
}

export interface ImportServiceSettings {
  /** Rows per batch (tests use small batches to cross batch boundaries with few rows). */
  batchRows?: number;
  maxRows?: number;
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
 * Imports of reports from CSV/XLSX (issues 7 and 11). The route saves the upload to a temporary file;
 * its header is checked and its rows counted while the request waits (a file that is no spreadsheet,
 * too large or without the required columns is refused at once). In the background of this process
 * the file is then read again, streaming, in batches: each batch goes through the incidents service's
 * own checks (`check`) and its valid rows are parked in incident_import_rows (whose unique key finds
 * the same report twice in the file), counting progress; only a bounded number of problems is kept.
 *
 * Nothing is written until every row is checked (pass one): the decision "all or nothing, or only the
 * valid rows with keepValid; a dry run writes nothing" is taken on the whole file. Pass two writes the
 * parked rows through the incidents service (`submitAll`: audit row, key and live event each, as for
 * any report) in batches, EACH IN ITS OWN TRANSACTION, not in one transaction for the whole file:
 * a single transaction would hold the audit chain's lock (and, on the embedded engine, the only
 * connection) for the whole write of 100,000 rows, stopping every other report meanwhile, and could
 * not show its progress. Every row written was checked, so what can still fail is the server itself:
 * then the batches already committed stay (each row with its key), the import says gagal with how many
 * were written, and importing the same file again writes only the rest (the others are skipped as
 * imported before). A row the same import or an earlier one already wrote (same key) is skipped.
 */
export function createIncidentImportService(db: Db, clock: Clock, incidents: IncidentService, log: (error: unknown) => void = () => {}, settings: ImportServiceSettings = {}) {
  const repo = createImportRepo(db);
  const batchRows = settings.batchRows ?? IMPORT_BATCH_ROWS;
  const maxRows = settings.maxRows ?? MAX_INCIDENT_IMPORT_ROWS;
  // Uploads of a process killed before it could remove them (kill -9): never another live process's.
  void sweepOrphanUploads().catch(log);
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
      skippedRows: report.counts?.skipped ?? report.skipped.length, createdAt: record.createdAt.toISOString(), finishedAt: record.finishedAt?.toISOString() ?? null,
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
    // Every row checked and still running: the rows are being written.
    if (record.status === 'berjalan') return fill(view.processedRows >= view.totalRows && !view.dryRun ? words.writing : words.running, values);
    if (record.status === 'gagal') return view.acceptedRows > 0 ? fill(words.failedPartly, values) : words.failed;
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
  async function checkRow(actor: Actor, draft: RowDraft, problems: RowProblem[], resolve: ReturnType<typeof regionResolver>, regimeOf: ReturnType<typeof regimeResolver>, regionOf: RegionLookup): Promise<{ row: number; fields: NewIncident; input: CreateIncident } | null> {
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
      return { row, input: parsed.data, fields: await incidents.check(actor, parsed.data, regionOf) };
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

    /** The background part: the file read again batch by batch, each batch checked and parked; then the parked rows written batch by batch. */
  async function run(id: number, actor: Actor, file: ImportFile, options: ImportOptions, state: RunState, context: RequestContext): Promise<void> {
    const { report } = state;
    report.sameFileAs = await repo.sameFile(file.sha256, id);
    const resolve = regionResolver(actor);
    const regimeOf = regimeResolver();
    const regionOf = incidents.rememberingRegions();

    /** One batch through every check; its valid rows parked in incident_import_rows, which also finds keys seen earlier in the file. */
    async function checkBatch(reads: { draft: RowDraft; problems: RowProblem[] }[]): Promise<void> {
      const problems: RowProblem[] = [];
      const candidates: StagedRow[] = [];
      for (const read of reads) {
        const rowProblems = [...read.problems];
        const checked = await checkRow(actor, read.draft, rowProblems, resolve, regimeOf, regionOf);
        if (checked) {
          const key = rowKey({ ...checked.fields, occurredAt: checked.fields.occurredAt.toISOString() }, read.draft.key);
          const { channel: _channel, ...content } = checked.input;
          candidates.push({ row: checked.row, key, hash: createHash('sha256').update(canonicalJson(content)).digest('hex'), fields: checked.fields });
        }
        problems.push(...rowProblems);
        await yieldToEventLoop();
      }
      const parked = await repo.stage(id, candidates);
      const repeated = candidates.filter((candidate) => !parked.has(candidate.row));
      const earlierRows = await repo.stagedRows(id, repeated.map((candidate) => candidate.key));
      for (const candidate of repeated) {
        problems.push({ row: candidate.row, column: candidate.key.startsWith('key:') ? 'key' : null, code: 'duplicate_in_file', value: `${earlierRows.get(candidate.key) ?? ''}` });
      }
      // Rows imported before: the same key with the same content is skipped, with other content it is a problem.
      const fresh = candidates.filter((candidate) => parked.has(candidate.row));
      const claimed = await repo.claimedKeys(IMPORT_KEY_SCOPE, fresh.map((candidate) => candidate.key));
      const heldBack: number[] = [];
      for (const candidate of fresh) {
        const earlier = claimed.get(candidate.key);
        if (!earlier) continue;
        heldBack.push(candidate.row);
        if (earlier.hash === candidate.hash || candidate.key.startsWith('row:')) listSkipped(state, { row: candidate.row, incidentId: earlier.incidentId });
        else problems.push({ row: candidate.row, column: 'key', code: 'key_reused', value: candidate.key.slice(4, 84) });
      }
      await repo.holdBack(id, heldBack);
      problems.sort((a, b) => a.row - b.row);
      state.rejectedRows += new Set(problems.map((problem) => problem.row)).size;
      state.problemCount += problems.length;
      report.problems.push(...problems.slice(0, Math.max(0, MAX_LISTED_ROWS - report.problems.length)));
      state.validRows += fresh.length - heldBack.length;
      state.processedRows += reads.length;
      await repo.progress(id, { processedRows: state.processedRows }, clock.now());
    }

    let columns: ColumnMap | null = null;
    let index = -1;
    let batch: { draft: RowDraft; problems: RowProblem[] }[] = [];
    for await (const cells of spreadsheetRows(file.path)) {
      if (!columns) {
        columns = mapImportColumns(cells).columns;
        continue;
      }
      index += 1;
      const read = readImportRow(cells, columns, index);
      if (!read) continue;
      batch.push(read);
      if (batch.length >= batchRows) {
        await checkBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await checkBatch(batch);

    const refused = state.rejectedRows > 0 && !options.keepValid;
    if (!refused && !options.dryRun) {
      // Every row checked and the file taken: written in batches, each its own transaction (see the service's note).
      let after = 0;
      for (;;) {
        const rows = await repo.pendingRows(id, after, batchRows);
        if (rows.length === 0) break;
        after = rows[rows.length - 1]!.row;
        const ids = await incidents.submitAll(actor, rows.map((row) => ({ fields: revive(row.fields), key: row.key, hash: row.hash })), IMPORT_KEY_SCOPE, context);
        const toList = ids.flatMap((incidentId, i) => (incidentId === null ? [] : [{ row: rows[i]!.row, id: incidentId }])).slice(0, Math.max(0, MAX_LISTED_ROWS - report.incidents.length));
        const references = await repo.references(toList.map((item) => item.id));
        report.incidents.push(...toList.map((item) => ({ ...item, reference: references.get(item.id) ?? '' })));
        ids.forEach((incidentId, i) => {
          if (incidentId === null) listSkipped(state, { row: rows[i]!.row, incidentId: null });
          else state.writtenRows += 1;
        });
        await repo.progress(id, { acceptedRows: state.writtenRows }, clock.now());
        await yieldToEventLoop();
      }
      report.skipped.sort((a, b) => a.row - b.row);
    }
    await repo.clearStaged(id);
    await repo.finish(id, {
      status: refused ? 'ditolak' : 'selesai', processedRows: state.processedRows, acceptedRows: refused ? 0 : options.dryRun ? state.validRows : state.writtenRows,
      rejectedRows: state.rejectedRows, report: storedReport(state), finishedAt: clock.now(), progressAt: clock.now(),
    });
  }

  /**
   * The request's part: the header checked and the rows counted in one streaming read of the saved
   * file (constant memory), so a file without the required columns, with no rows, with too many
   * rows or that is no spreadsheet is refused at once.
   */
  async function scan(path: string): Promise<number> {
    let columns: ColumnMap | null = null;
    let rows = 0;
    let totalRows = 0;
    for await (const cells of spreadsheetRows(path)) {
      // XLSX text may spell a NUL as `_x0000_`, which PostgreSQL text cannot hold (and no cell means).
      if (cells.some((cell) => cell.includes('\u0000'))) throw new AppError('invalid', 400, { detail: 'NUL' });
      if (!columns) {
        const mapped = mapImportColumns(cells);
        if (mapped.missing.length > 0) throw new AppError('invalid', 400, { detail: 'import.columns_missing' });
        columns = mapped.columns;
        continue;
      }
      rows += 1;
      if (rows > maxRows) throw new AppError('payload_too_large', 413, { detail: 'import.too_many_rows' });
      if (Object.values(columns).some((at) => at !== null && (cells[at] ?? '').trim() !== '')) totalRows += 1;
    }
    if (!columns) throw new AppError('invalid', 400, { detail: 'import.columns_missing' });
    return totalRows;
  }

  return {
    /**
     * Starts an import of a file saved on disk (the caller's: removed here once the import ends or
     * is refused): 400 without the required columns or without rows, 413 over the row cap, 415 when
     * it is no spreadsheet, 403 for accounts that do not write reports. Answers at once with the
     * import's id; the rows are checked and written in the background (GET shows the progress).
     */
    async start(actor: Actor, file: ImportFile, options: ImportOptions, context: RequestContext): Promise<{ id: number; status: ImportStatus; totalRows: number }> {
      let handedOver = false;
      try {
        if (!can(actor.principal, 'write', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
        const totalRows = await scan(file.path);
        if (totalRows === 0) throw new AppError('invalid', 400, { detail: 'import.empty' });
        const now = clock.now();
        const fileName = (file.name ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'import';
        const id = await db.transaction(async (tx) => {
          const created = await createImportRepo(tx).insert({
            status: 'berjalan', fileName, keepValid: options.keepValid, totalRows, report: emptyReport(options.dryRun, file.sha256),
            scopeRegionCode: actor.principal.regionCode, createdBy: actor.userId, createdAt: now, progressAt: now,
          });
          await appendAudit(tx, {
            actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_import.start', entityType: 'incident_import', entityId: String(created),
            regionCode: actor.principal.regionCode, ip: context.ip, client: context.client, at: now,
            changes: { fileName: [null, fileName], totalRows: [null, totalRows], keepValid: [null, options.keepValid], dryRun: [null, options.dryRun], fileSha256: [null, file.sha256] },
          });
          return created;
        });
        const state = newState(options.dryRun, file.sha256);
        const job = yieldToEventLoop().then(() => run(id, actor, file, options, state, context))
          .catch(async (error: unknown) => {
            log(error);
            await repo.clearStaged(id).catch(log);
            await repo.finish(id, {
              status: 'gagal', finishedAt: clock.now(), processedRows: state.processedRows, acceptedRows: state.writtenRows, rejectedRows: state.rejectedRows,
              report: { ...storedReport(state), failure: 'internal' },
            }).catch(log);
          })
          .finally(async () => {
            running.delete(id);
            await removeFile(file.path).catch(log);
          });
        running.set(id, job);
        handedOver = true;
        return { id, status: 'berjalan', totalRows };
      } finally {
        if (!handedOver) await removeFile(file.path).catch(log);
      }
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
        omitted: {
          problems: Math.max(0, (report.counts?.problems ?? 0) - report.problems.length),
          skipped: Math.max(0, (report.counts?.skipped ?? 0) - report.skipped.length),
          incidents: Math.max(0, (report.counts?.incidents ?? 0) - report.incidents.length),
        },
        failure: report.failure ? words.failures[report.failure] : null,
        summary: outcome(record, view, lang),
      };
    },

    /** The caller's own imports, latest first. */
    async list(actor: Actor): Promise<{ items: ImportSummary[] }> {
      await repo.failStale(new Date(clock.now().getTime() - STALE_AFTER_MS), new Set(running.keys()), clock.now());
      return { items: (await repo.listBy(actor.userId, 100)).map(summary) };
    },

    /** Imports this process is running (their ids): the server's shutdown waits for them. */
    runningCount: () => running.size,

    /** Resolves when every import this process runs has ended (tests, shutdown). */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running.values()]);
    },
  };
}

export type IncidentImportService = ReturnType<typeof createIncidentImportService>;
