import type { TimeZoneLabel } from '../../shell/zonedTime';
import { fromLocalInput } from '../meetings/format';
import type { CreateIncident } from './api';

/** The report form as typed: strings, as inputs hold them. */
export interface ReportDraft {
  category: string;
  regime: 'pemilu' | 'pilkada';
  description: string;
  occurredAt: string;
  regionCode: string;
  latitude: string;
  longitude: string;
  tps: string;
  severity: string;
  reporterName: string;
  reporterContact: string;
  reporterAnonymous: boolean;
}

export type DraftField = 'category' | 'description' | 'occurredAt' | 'regionCode' | 'latitude';
export type DraftProblem = 'required' | 'positionPair';

/**
 * The request body of a draft, or the fields that stop it (catalogue keys under incidents.form.*).
 * The server checks everything again; this only catches what a person can fix before sending.
 */
export function toCreateIncident(draft: ReportDraft, zone: TimeZoneLabel): { ok: true; input: CreateIncident } | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!draft.category) problems.category = 'required';
  if (!draft.description.trim()) problems.description = 'required';
  if (!draft.regionCode) problems.regionCode = 'required';
  const occurredAt = fromLocalInput(draft.occurredAt, zone);
  if (!occurredAt) problems.occurredAt = 'required';
  const lat = draft.latitude.trim() === '' ? null : Number(draft.latitude.replace(',', '.'));
  const lon = draft.longitude.trim() === '' ? null : Number(draft.longitude.replace(',', '.'));
  if ((lat === null) !== (lon === null) || (lat !== null && !Number.isFinite(lat)) || (lon !== null && !Number.isFinite(lon))) problems.latitude = 'positionPair';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ok: true,
    input: {
      category: draft.category as CreateIncident['category'],
      regime: draft.regime,
      description: draft.description.trim(),
      occurredAt: occurredAt!,
      regionCode: draft.regionCode,
      latitude: lat,
      longitude: lon,
      tps: text(draft.tps),
      ...(draft.severity ? { severity: draft.severity as CreateIncident['severity'] } : {}),
      reporterName: text(draft.reporterName),
      reporterContact: text(draft.reporterContact),
      reporterAnonymous: draft.reporterAnonymous,
    },
  };
}
