import { REGION_LEVELS, type RegionLevel } from '../regions/codes.js';
import { parseRegionQuery, searchableName } from '../regions/normalise.js';
import { editDistance, typoAllowance } from './edit-distance.js';

/** A region the gazetteer search answered with. */
export interface RegionCandidate {
  code: string;
  name: string;
  level: RegionLevel;
}

export type RegionPick =
  | { outcome: 'found'; code: string; approximate: boolean }
  /** Equally good answers at the same level ("Malang": the kabupaten and the kota). */
  | { outcome: 'ambiguous'; codes: string[] }
  | { outcome: 'not_found' };

/**
 * Which of the search's answers a typed region part means. The search is generous (it lists
 * whatever shares a prefix or enough trigrams); a report must land in one region, so only a name
 * equal to what was typed, or a typo or two away from it (none in names of four letters or fewer),
 * counts. Between equals the larger region wins ("Bangli" is the kabupaten, not its kecamatan);
 * two equals of the same level are ambiguous, for a person to settle.
 */
export function pickRegion(typed: string, candidates: readonly RegionCandidate[]): RegionPick {
  const query = parseRegionQuery(typed);
  if (query.wholeQueryIsAlias && query.provinceCode) {
    const province = candidates.find((candidate) => candidate.code === query.provinceCode);
    return province ? { outcome: 'found', code: province.code, approximate: false } : { outcome: 'not_found' };
  }
  if (!query.text) return { outcome: 'not_found' };
  const allowance = typoAllowance(query.text.length);
  const scored = candidates
    .map((candidate) => ({ candidate, distance: editDistance(query.text, searchableName(candidate.name), allowance) }))
    .filter(({ distance }) => distance <= allowance)
    .sort((a, b) => a.distance - b.distance || REGION_LEVELS.indexOf(a.candidate.level) - REGION_LEVELS.indexOf(b.candidate.level));
  const [best] = scored;
  if (!best) return { outcome: 'not_found' };
  const equals = scored.filter(({ distance, candidate }) => distance === best.distance && candidate.level === best.candidate.level);
  const codes = [...new Set(equals.map(({ candidate }) => candidate.code))];
  if (codes.length > 1) return { outcome: 'ambiguous', codes };
  return { outcome: 'found', code: best.candidate.code, approximate: best.distance > 0 };
}
