import type {
  Assessment, AssessmentSummary, CreateAssessment, GapActionItems, GapActionItemsResult, ReadinessScores, ReadinessTemplate, RegionReadiness, UpdateAssessment,
} from '../../../contracts/readiness';
import type { ReadinessStatus } from '../../../domain/readiness/score';
import { getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type {
  Assessment, AssessmentSummary, CreateAssessment, GapActionItems, GapActionItemsResult, ReadinessScores, ReadinessTemplate, RegionReadiness, UpdateAssessment,
} from '../../../contracts/readiness';
export type { ReadinessStatus } from '../../../domain/readiness/score';

export type AssessmentItem = Assessment['items'][number];
export type RegionDomain = RegionReadiness['domains'][number];
export type RollUp = NonNullable<RegionReadiness['rollUp']>;
export type ReadinessDomain = ReadinessTemplate['domain'];

/** The query of GET /readiness/assessments. */
export interface AssessmentListQuery {
  region?: string;
  templateId?: number;
  domain?: ReadinessDomain;
  limit?: number;
  offset?: number;
}

/** Statuses in the order the checklist offers them. */
export const STATUSES: readonly ReadinessStatus[] = ['siap', 'sebagian', 'belum', 'tidak_berlaku'];

const assessment = (id: number) => `/readiness/assessments/${id}`;

/** Readiness (kesiapan) checklists and assessments (all need the session cookie). */
export const readinessApi = {
  templates: (lang: Language, signal?: AbortSignal) => getJson<ReadinessTemplate[]>('/readiness/templates', lang, undefined, signal),
  template: (lang: Language, id: number, signal?: AbortSignal) => getJson<ReadinessTemplate>(`/readiness/templates/${id}`, lang, undefined, signal),
  assessments: (lang: Language, query: AssessmentListQuery, signal?: AbortSignal) =>
    getJson<{ items: AssessmentSummary[]; total: number }>('/readiness/assessments', lang, { ...query }, signal),
  assessment: (lang: Language, id: number, signal?: AbortSignal) => getJson<Assessment>(assessment(id), lang, undefined, signal),
  create: (lang: Language, input: CreateAssessment) => sendJson<Assessment>('POST', '/readiness/assessments', lang, input),
  /** Changes at the version read; a stale one answers 409 stale_version with details.changed. */
  update: (lang: Language, id: number, changes: UpdateAssessment) => sendJson<Assessment>('PATCH', assessment(id), lang, changes),
  /** Turns the gaps (belum, sebagian) into action items of a meeting. */
  gapActionItems: (lang: Language, id: number, input: GapActionItems) =>
    sendJson<GapActionItemsResult>('POST', `${assessment(id)}/action-items`, lang, input),
  region: (lang: Language, code: string, signal?: AbortSignal) =>
    getJson<RegionReadiness>(`/readiness/regions/${encodeURIComponent(code)}`, lang, undefined, signal),
  /** The provinces' overall readiness, or one province's kabupaten/kota (`parent`), for the map. */
  scores: (lang: Language, parent: string | undefined, signal?: AbortSignal) =>
    getJson<ReadinessScores>('/readiness/scores', lang, parent ? { parent } : undefined, signal),
};
