/**
 * Near-duplicate suggestions (issue 7): how alike two reports are, and why. The database finds the
 * candidates (same area, time window, category, descriptions alike by pg_trgm); this ranks them with
 * what the text alone does not say: the same TPS, the same desa, how close their coordinates are.
 * Pure: no I/O.
 */

/** How wide the area compared is: the report's desa, kecamatan or kabupaten/kota. */
export const SIMILAR_AREA_LEVELS = ['desa', 'kecamatan', 'kabupaten'] as const;
export type SimilarAreaLevel = (typeof SIMILAR_AREA_LEVELS)[number];

/** Length of a dotted Kemendagri code at each level: 51.06 · 51.06.01 · 51.06.01.2001. */
const CODE_LENGTH: Record<SimilarAreaLevel, number> = { kabupaten: 5, kecamatan: 8, desa: 13 };

/**
 * The region code that bounds the search: the report's code cut to `level`, or the report's own code
 * when it was filed higher up (a report known only by its kabupaten is compared across the kabupaten).
 * A province-level report is compared across its province.
 */
export function similarArea(regionCode: string, level: SimilarAreaLevel): string {
  const length = CODE_LENGTH[level];
  return regionCode.length > length ? regionCode.slice(0, length) : regionCode;
}

/** The reports' region codes in common: the finest level they share. */
export function sharedLevel(a: string, b: string): SimilarAreaLevel | null {
  for (const level of ['desa', 'kecamatan', 'kabupaten'] as const) {
    const length = CODE_LENGTH[level];
    if (a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length)) return level;
  }
  return null;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "TPS 003", "tps 3" and "3" name the same polling station. */
export function normaliseTps(tps: string | null): string | null {
  if (tps === null) return null;
  const digits = /\d+/.exec(tps);
  if (digits) return String(Number(digits[0]));
  const text = tps.trim().toLowerCase();
  return text === '' ? null : text;
}

/** What is compared of each report. */
export interface SimilarSubject {
  regionCode: string;
  category: string;
  occurredAt: Date;
  latitude: number | null;
  longitude: number | null;
  tps: string | null;
}

/** One reason a candidate is suggested; the screen words it ("text 72 % similar", "same TPS"). */
export type SimilarReason =
  | { code: 'text'; percent: number }
  | { code: 'same_desa' | 'same_kecamatan' | 'same_kabupaten' }
  | { code: 'same_tps'; tps: string }
  | { code: 'same_category' }
  | { code: 'nearby'; km: number }
  | { code: 'hours_apart'; hours: number };

/** Within this distance coordinates count towards the score, the nearer the more. */
export const NEARBY_KM = 5;

/**
 * The score (0–1) of a candidate for `report`, from the trigram similarity of the descriptions
 * (0–1, from pg_trgm) and the facts they share, with the reasons. The text weighs most: two reports
 * of the same TPS about different things are not duplicates; the place and TPS break ties and lift a
 * reworded copy above a similar report from elsewhere in the area.
 */
export function scoreCandidate(report: SimilarSubject, candidate: SimilarSubject, textSimilarity: number): { score: number; reasons: SimilarReason[] } {
  const text = Math.max(0, Math.min(1, textSimilarity));
  const reasons: SimilarReason[] = [{ code: 'text', percent: Math.round(text * 100) }];
  let score = 0.6 * text;
  const level = sharedLevel(report.regionCode, candidate.regionCode);
  if (level === 'desa') score += 0.1;
  else if (level === 'kecamatan') score += 0.05;
  if (level) reasons.push({ code: `same_${level}` });
  const tps = normaliseTps(report.tps);
  if (tps !== null && tps === normaliseTps(candidate.tps) && level === 'desa') {
    // A TPS number repeats in every desa: only the same desa's TPS is the same place.
    score += 0.15;
    reasons.push({ code: 'same_tps', tps: candidate.tps! });
  }
  if (report.category === candidate.category) reasons.push({ code: 'same_category' });
  if (report.latitude !== null && report.longitude !== null && candidate.latitude !== null && candidate.longitude !== null) {
    const km = distanceKm({ latitude: report.latitude, longitude: report.longitude }, { latitude: candidate.latitude, longitude: candidate.longitude });
    if (km <= NEARBY_KM) {
      score += 0.15 * (1 - km / NEARBY_KM);
      reasons.push({ code: 'nearby', km: Math.round(km * 10) / 10 });
    }
  }
  const hours = Math.abs(candidate.occurredAt.getTime() - report.occurredAt.getTime()) / 3_600_000;
  reasons.push({ code: 'hours_apart', hours: Math.round(hours * 10) / 10 });
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
}
