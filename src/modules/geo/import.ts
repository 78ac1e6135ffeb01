import type { OutlineImportReport } from '../../contracts/geo.js';
import { can } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { cleanFileName } from '../../domain/files/media-type.js';
import { OutlineFileError, boundsOf, readOutlineFile, type CandidateOutline, type OutlineFeatureProblem, type PolygonCoordinates } from '../../domain/geo/outline-file.js';
import type { Db } from '../../db/client.js';
import { geoWords, type OutlineWarning } from '../../i18n/geo.js';
import type { Language } from '../../i18n/messages.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { OutlineStore } from './outlines.js';
import { createOutlineRepo } from './repo.js';

export interface OutlineImportOptions {
  dryRun: boolean;
  keepValid: boolean;
  codeProperty: string | undefined;
  lang: Language;
}

/** Reference data of the whole desk's maps: changed by coordinators and admins, each inside their scope. */
export function mayManageOutlines(actor: Actor, regionCode: string): boolean {
  const { role } = actor.principal;
  return (role === 'admin' || role === 'coordinator') && can(actor.principal, 'write', { regionCode });
}

/** How far (degrees) a new outline's bounds may lie from the current one's before the import asks whether the code is right. */
const NEAR = 0.5;

function apart(a: readonly number[], b: readonly number[]): boolean {
  return a[2]! + NEAR < b[0]! || b[2]! + NEAR < a[0]! || a[3]! + NEAR < b[1]! || b[3]! + NEAR < a[1]!;
}

function boundsOfGeometry(geometry: { type: string; coordinates: unknown }): number[] {
  return boundsOf((geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoordinates[]);
}

/** GeoJSON outlines that replace or refine the vendored ones: every feature checked, all or nothing unless `keepValid`. */
export function createOutlineImport(db: Db, clock: Clock, vendored: OutlineStore) {
  return {
    async importOutlines(actor: Actor, readFile: () => Promise<{ bytes: Buffer; fileName: string | undefined }>, options: OutlineImportOptions, context: RequestContext): Promise<OutlineImportReport> {
      const role = actor.principal.role;
      if (role !== 'admin' && role !== 'coordinator') throw new AppError('forbidden', 403);
      const words = geoWords(options.lang);
      const upload = await readFile();
      const file = { bytes: upload.bytes, fileName: cleanFileName(upload.fileName) };
      let read: ReturnType<typeof readOutlineFile>;
      try {
        read = readOutlineFile(file.bytes.toString('utf8'), options.codeProperty);
      } catch (error) {
        if (error instanceof OutlineFileError) throw new AppError('invalid', 400, { detail: words.file[error.problem] });
        throw error;
      }
      const repo = createOutlineRepo(db);
      const known = new Map((await repo.regions(read.candidates.map((c) => c.code))).map((r) => [r.code, r]));
      const problems: OutlineFeatureProblem[] = [...read.problems];
      const accepted: { candidate: CandidateOutline; name: string; level: number }[] = [];
      for (const candidate of read.candidates) {
        const region = known.get(candidate.code);
        const problem = !region ? 'region_unknown' : region.level !== 1 && region.level !== 2 ? 'region_level' : !mayManageOutlines(actor, region.code) ? 'out_of_scope' : null;
        if (problem) problems.push({ feature: candidate.feature, code: candidate.code, problem, at: null });
        else accepted.push({ candidate, name: region!.name, level: region!.level });
      }
      problems.sort((a, b) => a.feature - b.feature);

      const imported = await repo.importedCodes(accepted.map((a) => a.candidate.code));
      const rows: OutlineImportReport['accepted'] = [];
      const warnings: OutlineImportReport['warnings'] = [];
      for (const { candidate, name, level } of accepted) {
        const current = await vendored.find(candidate.code);
        rows.push({ feature: candidate.feature, code: candidate.code, name, level, replaces: imported.has(candidate.code) ? 'imported' : current ? 'vendored' : 'none' });
        if (current && apart(candidate.bbox, boundsOfGeometry(current.geometry))) {
          const warning: OutlineWarning = 'far_from_current';
          warnings.push({ feature: candidate.feature, code: candidate.code, warning, message: words.warnings[warning] });
        }
      }

      const applied = !options.dryRun && accepted.length > 0 && (problems.length === 0 || options.keepValid);
      if (applied) {
        await db.transaction(async (tx) => {
          const writer = createOutlineRepo(tx);
          for (const { candidate } of accepted) {
            await writer.upsert(candidate, file.fileName ?? null, actor.userId, clock.now());
            await appendAudit(tx, {
              actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'region_outline.import', entityType: 'region_outlines',
              entityId: candidate.code, regionCode: candidate.code,
              changes: { source: [imported.has(candidate.code) ? 'imported' : 'vendored', file.fileName ?? 'upload'] },
              ip: context.ip, client: context.client, at: clock.now(),
            });
          }
        });
      }
      return {
        features: read.candidates.length + read.problems.length,
        dryRun: options.dryRun,
        applied,
        accepted: rows,
        errors: problems.map((p) => ({
          ...p,
          message: p.at ? `${words.problems[p.problem]} (${words.place.replace('{polygon}', String(p.at.polygon)).replace('{ring}', String(p.at.ring))})` : words.problems[p.problem],
        })),
        warnings,
      };
    },
  };
}

export type OutlineImport = ReturnType<typeof createOutlineImport>;
