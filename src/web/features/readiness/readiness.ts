import { PILKADA_2024 } from '../../../domain/elections/pilkada-2024';
import { readinessBand, type ReadinessBand } from '../../../domain/readiness/bands';
import { localDate, timeZoneOfRegion } from '../../../domain/regions/timezones';
import type { Role } from '../../accountsApi';
import type { Language } from '../../i18n';
import type { ReadinessStatus } from './readinessApi';

/** Roles that may assess (the server decides per region and unit: an officer for its own unit's). */
export const ASSESSORS: readonly Role[] = ['admin', 'coordinator', 'officer'];

export const STATUS_COLOR: Record<ReadinessStatus, string> = { siap: 'teal', sebagian: 'yellow', belum: 'red', tidak_berlaku: 'gray' };

const BAND_COLOR: Record<ReadinessBand, string> = { siap: 'teal', sebagian: 'yellow', belum: 'red' };

/** A bar's colour by its readiness band (src/domain/readiness/bands.ts): the same cut-offs as the map's. */
export function percentColor(percent: number | null): string {
  const band = readinessBand(percent);
  return band === null ? 'gray' : BAND_COLOR[band];
}

/** A Pilkada 2024 stage's name in the UI language; the code itself when unknown. */
export function stageName(code: string, lang: Language): string {
  const stage = PILKADA_2024.stages.find((s) => s.code === code);
  if (!stage) return code;
  return lang === 'en' ? stage.nameEn : stage.nameId;
}

/** Today (YYYY-MM-DD) where the region is: the latest day the server takes for an assessment. */
export function todayIn(regionCode: string): string {
  return localDate(new Date(), timeZoneOfRegion(regionCode));
}

/** Evidence is shown as a link only when it is a web address. */
export function isWebLink(text: string | null | undefined): text is string {
  return typeof text === 'string' && /^https?:\/\/\S+$/i.test(text.trim());
}

/** A province (level 1) or kabupaten/kota (level 2) readiness page. */
export const regionPath = (code: string) => `/readiness/regions/${encodeURIComponent(code)}`;
export const assessmentPath = (id: number) => `/readiness/assessments/${id}`;
