import type { PoliticalReportDetail, PoliticalReportSummary, REPORT_PERMITTED } from '../../contracts/political-reports.js';
import type { Principal } from '../../domain/access/rules.js';
import { isLate } from '../../domain/political-reports/deadlines.js';
import { levelOfRegion, mayAuthorReport, mayReviewReport } from '../../domain/political-reports/permissions.js';
import { ROLLUP_SECTION, type TemplateSection } from '../../domain/political-reports/templates.js';
import { nextState } from '../../domain/political-reports/workflow.js';
import type { CommentRecord, ReportRecord, VersionRecord } from './reports-repo.js';
import type { TemplateRecord } from './templates-repo.js';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function summaryView(r: ReportRecord, now: Date, late?: boolean): PoliticalReportSummary {
  return {
    id: r.id, kind: r.kind, templateId: r.templateId, title: r.title, regionCode: r.regionCode, regionName: r.regionName, timeZone: r.timeZone,
    periodStart: r.periodStart, periodEnd: r.periodEnd, dueAt: iso(r.dueAt), state: r.state, late: late ?? isLate(r.dueAt, r.submittedAt, now),
    currentVersion: r.currentVersion, submittedAt: iso(r.submittedAt), reviewedAt: iso(r.reviewedAt), version: r.version,
  };
}

/** Whether a report gathers its kabupaten/kota summaries: a province's periodic report. */
export const takesRollup = (r: Pick<ReportRecord, 'kind' | 'regionCode'>) => r.kind === 'periodik' && levelOfRegion(r.regionCode) === 'provinsi';

/** The buttons the caller gets on a report in its current state. */
export function permitted(p: Principal, r: ReportRecord): (typeof REPORT_PERMITTED)[number][] {
  const author = mayAuthorReport(p, r.regionCode);
  const reviewer = mayReviewReport(p, r.regionCode);
  const actions: (typeof REPORT_PERMITTED)[number][] = [];
  if (author && nextState(r.state, 'simpan')) actions.push('edit');
  if (author && nextState(r.state, 'kirim')) actions.push('submit');
  for (const action of ['mulai', 'kembalikan', 'terima'] as const) if (reviewer && nextState(r.state, action)) actions.push(action);
  if (author || reviewer) actions.push('comment');
  if (author && nextState(r.state, 'simpan') && takesRollup(r)) actions.push('rollup');
  return actions;
}

/** The sections a report shows: its template's, and the roll-up when it holds one. */
export function sectionsOf(template: TemplateRecord, content: Record<string, string>): TemplateSection[] {
  return content[ROLLUP_SECTION.key] !== undefined ? [...template.sections, ROLLUP_SECTION] : template.sections;
}

export function detailView(
  r: ReportRecord, template: TemplateRecord, versions: VersionRecord[], comments: CommentRecord[], principal: Principal, now: Date,
): PoliticalReportDetail {
  const current = versions.find((v) => v.number === r.currentVersion);
  const content = current ? { sections: current.sections, summary: current.summary } : { sections: {}, summary: '' };
  return {
    ...summaryView(r, now),
    templateName: template.nameId,
    occurredAt: iso(r.occurredAt),
    sections: sectionsOf(template, content.sections),
    content,
    versions: versions.map((v) => ({ number: v.number, submittedAt: iso(v.submittedAt), authorName: v.authorName })),
    comments: comments.map((c) => ({ id: c.id, versionNumber: c.versionNumber, sectionKey: c.sectionKey, body: c.body, authorName: c.authorLabel, createdAt: c.createdAt.toISOString() })),
    actions: permitted(principal, r),
  };
}
