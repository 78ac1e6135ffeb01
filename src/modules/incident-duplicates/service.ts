import type { BulkResult, BulkTransitionRequest, IncidentSource, SimilarList, SimilarQuery } from '../../contracts/incident-duplicates.js';
import type { IncidentDetail } from '../../contracts/incidents.js';
import { AppError } from '../../domain/errors.js';
import { mayReadIncident, maySeeReporterContact, type IncidentActor } from '../../domain/incidents/permissions.js';
import { scoreCandidate, similarArea } from '../../domain/incidents/similarity.js';
import { translateError, type Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createIncidentRepo, type IncidentVisibility } from '../incidents/repo.js';
import type { IncidentService } from '../incidents/service.js';
import { createDuplicateRepo, type SourceRow } from './repo.js';

type Executor = Pick<Db, 'execute'>;

const incidentActor = (actor: Actor): IncidentActor => ({ principal: actor.principal, userId: actor.userId });
const HOUR_MS = 3_600_000;
/** The database hands over this many of the most alike texts; the score (place, TPS, distance) re-ranks them. */
const RANKED_FROM = 100;

/** The same visibility the list applies (incidents/service.ts): a reporter its own, others their region and their unit's referrals. */
function visibilityOf(actor: Actor): IncidentVisibility {
  const { principal } = actor;
  if (principal.role === 'reporter') return { reporterId: actor.userId, roots: null, unitId: null };
  return { reporterId: null, roots: principal.regionCode === null ? null : [principal.regionCode], unitId: principal.role === 'officer' ? principal.unitId : null };
}

/**
 * The sources of a report as `actor` may see them: the report itself and every report marked
 * duplicate of it, each with its channel, when it became known, its reporter (contact and an
 * anonymous name only for those who see contacts) and its own words. Duplicates the caller may not
 * read (another province's report merged by a national coordinator) are left out.
 */
export async function incidentSources(db: Executor, id: number, actor: Actor): Promise<IncidentSource[]> {
  const who = incidentActor(actor);
  const rows = await createDuplicateRepo(db).sources(id);
  return rows.filter((row) => row.id === id || mayReadIncident(who, row)).map((row) => sourceView(row, who, id));
}

function sourceView(row: SourceRow, actor: IncidentActor, primaryId: number): IncidentSource {
  const seesContact = maySeeReporterContact(actor, row);
  return {
    id: row.id, reference: row.reference, channel: row.channel, knownAt: row.knownAt.toISOString(), description: row.description, primary: row.id === primaryId,
    reporter: { name: seesContact || !row.reporterAnonymous ? row.reporterName : null, contact: seesContact ? row.reporterContact : null, anonymous: row.reporterAnonymous },
  };
}

/** Which outcome a refused transition is, by the error the transition path raised. */
function outcomeOf(error: AppError): BulkResult['results'][number]['outcome'] | null {
  switch (error.code) {
    case 'not_found': return 'not_found';
    case 'stale_version': return 'stale';
    case 'conflict': return 'not_allowed';
    case 'forbidden': return 'forbidden';
    case 'invalid': return 'invalid';
    default: return null;
  }
}

/**
 * Near-duplicate suggestions and bulk triage (issue 7). Merging is the workflow's own
 * tandai_duplikat (incidents/service.ts, with guardMerge of ./repo.ts); the sources it keeps are
 * shown on the primary's detail (incidentSources).
 */
export function createDuplicateService(db: Db, incidents: IncidentService) {
  const incidentRepo = createIncidentRepo(db);

  return {
    /**
     * Reports that may repeat report `id`, in the caller's scope: same area (query.level, default
     * kecamatan), same category unless anyCategory, occurred within ±windowHours, descriptions at
     * least minPercent alike by pg_trgm; best score first, with the reasons.
     */
    async similar(actor: Actor, id: number, query: SimilarQuery): Promise<SimilarList> {
      const record = await incidentRepo.get(id);
      if (!record || !mayReadIncident(incidentActor(actor), record)) throw new AppError('not_found', 404, { what: 'incident' });
      const area = similarArea(record.regionCode, query.level);
      const window = query.windowHours * HOUR_MS;
      const rows = await db.transaction((tx) => createDuplicateRepo(tx).candidates(visibilityOf(actor), {
        id, description: record.description, area, category: query.anyCategory ? null : record.category,
        from: new Date(record.occurredAt.getTime() - window), to: new Date(record.occurredAt.getTime() + window),
        threshold: query.minPercent / 100, limit: RANKED_FROM,
      }));
      const items = rows
        .map((row) => ({ row, ...scoreCandidate(record, row, row.textSimilarity) }))
        .sort((a, b) => b.score - a.score || b.row.textSimilarity - a.row.textSimilarity || a.row.id - b.row.id)
        .slice(0, query.limit)
        .map(({ row, score, reasons }) => ({
          id: row.id, reference: row.reference, category: row.category, status: row.status, description: row.description,
          occurredAt: row.occurredAt.toISOString(), region: { code: row.regionCode, name: row.regionName }, tps: row.tps, channel: row.channel, score, reasons,
        }));
      return { area, windowHours: query.windowHours, items };
    },

    /**
     * One transition per report, each through the workflow's own path (its checks, its transaction,
     * its audit row and live event), one after the other: a refusal of one report leaves the others
     * to go through and is reported with its reason in `lang`. A report outside the caller's scope
     * is `not_found`, exactly as a missing one.
     */
    async bulk(actor: Actor, input: BulkTransitionRequest, context: RequestContext, lang: Language): Promise<BulkResult> {
      const results: BulkResult['results'] = [];
      for (const [index, id] of input.ids.entries()) {
        try {
          // Without the version the caller saw, the current one: the refusal then comes only from the status.
          const version = input.versions?.[index] ?? (await incidentRepo.get(id))?.version ?? 1;
          const moved: IncidentDetail = await incidents.transition(actor, id, {
            action: input.action, reason: input.reason, unitId: input.unitId ?? null, duplicateOf: input.duplicateOf ?? null, version,
          }, context);
          results.push({ id, outcome: 'ok', status: moved.status, version: moved.version, reference: moved.reference });
        } catch (error) {
          const outcome = error instanceof AppError ? outcomeOf(error) : null;
          if (!outcome || !(error instanceof AppError)) throw error;
          results.push({ id, outcome, message: translateError(error.code, lang, error.params) });
        }
      }
      const ok = results.filter((r) => r.outcome === 'ok').length;
      return { results, ok, refused: results.length - ok };
    },
  };
}

export type DuplicateService = ReturnType<typeof createDuplicateService>;
