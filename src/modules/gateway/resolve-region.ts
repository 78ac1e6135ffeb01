import type { Db } from '../../db/client.js';
import { inScope, type Principal } from '../../domain/access/rules.js';
import { pickRegion } from '../../domain/incidents/sms-region.js';
import type { SmsReport } from '../../domain/incidents/sms-format.js';
import type { ResolutionProblem } from '../../domain/incidents/triage.js';
import { createRegionRepo } from '../regions/repo.js';
import { createRegionService } from '../regions/service.js';

/** How many of the search's answers are weighed: exact names come first, so a handful is plenty. */
const CANDIDATES = 20;

export interface ResolvedRegion {
  code: string | null;
  name: string | null;
  problems: ResolutionProblem[];
}

/**
 * The region a message's region part means, inside the sender token's scope: a code as given (when
 * the gazetteer has it), else a name through the gazetteer's own typo-tolerant search
 * (modules/regions, as the web app's region picker uses it), narrowed to one region by pickRegion.
 * A region outside the scope is answered like an unknown one.
 */
export async function resolveRegion(db: Db, typed: SmsReport['region'], principal: Principal): Promise<ResolvedRegion> {
  if (!typed) return { code: null, name: null, problems: [] };
  const repo = createRegionRepo(db);
  const notFound: ResolvedRegion = { code: null, name: null, problems: [{ part: 'region', reason: 'not_found', text: typed.text }] };
  if (typed.code) {
    const region = await repo.get(typed.code);
    return region && inScope(principal, region.code) ? { code: region.code, name: region.name, problems: [] } : notFound;
  }
  // Digits that make no code (the parser said so) are not a name either.
  if (/^[\d\s.-]+$/.test(typed.text)) return { code: null, name: null, problems: [] };
  const search = await createRegionService(repo).list({ q: typed.text.slice(0, 100), within: principal.regionCode ?? undefined, limit: CANDIDATES, offset: 0 });
  const pick = pickRegion(typed.text, search.items);
  if (pick.outcome === 'ambiguous') return { code: null, name: null, problems: [{ part: 'region', reason: 'ambiguous', text: typed.text, codes: pick.codes }] };
  if (pick.outcome === 'not_found') return notFound;
  const region = search.items.find((item) => item.code === pick.code)!;
  return { code: region.code, name: region.name, problems: [] };
}
