import { formatDate } from '../../domain/minutes/format.js';
import type { Language } from '../../i18n/messages.js';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import type { SitrepWords } from '../../i18n/sitrep.js';
import type { ColumnKind } from '../meeting-sheets/workbook.js';
import { localStamp } from '../political-reports/pdf.js';
import type { SitrepData } from './data.js';

export type Cell = string | number | null;

/** One table of the report: a section of the PDF and a sheet of the XLSX. */
export interface SitrepTable {
  section: string;
  title: string;
  sheet: string;
  columns: { header: string; kind?: ColumnKind; width?: number }[];
  rows: Cell[][];
}

/** The report's tables in print order; the PDF and the XLSX show the same figures. */
export function sitrepTables(data: SitrepData, words: SitrepWords, lang: Language): SitrepTable[] {
  const months = MINUTES_LABELS[lang];
  const day = (date: string | null | undefined) => (date ? formatDate(date.slice(0, 10), months) : '—');
  const stamp = (at: string | null | undefined) => (at ? localStamp(new Date(at), data.timeZone, lang) : '—');
  const { election, incidents, alerts, regions, followUp } = data;
  const figure = (label: string, value: Cell) => [label, value];
  const text = { header: words.figure, width: 44 };
  const int = (header: string) => ({ header, kind: 'int' as const, width: 12 });
  return [
    {
      section: words.sheets.summary, title: '', sheet: words.sheets.summary, columns: [text, { header: words.value, width: 30 }],
      rows: [
        figure(words.today, day(election.today)),
        figure(words.votingDay, day(election.votingDay)),
        figure(words.daysToVotingDay, election.daysToVotingDay),
        figure(words.openTotal, incidents.open.total),
        figure(words.activeAlerts, alerts.total),
        figure(words.overdueActionItems, followUp.overdueActionItems.total),
        figure(`${words.pacts}: ${words.campaigns}`, followUp.pacts.campaigns.count),
        figure(`${words.pacts}: ${words.targets}`, followUp.pacts.targets.count),
        figure(`${words.pacts}: ${words.signed}`, followUp.pacts.signed.count),
        figure(`${words.pacts}: ${words.overdue}`, followUp.pacts.overdue.count),
        figure(`${words.politicalReports}: ${words.owed}`, followUp.politicalReports.owed.count),
        figure(`${words.politicalReports}: ${words.missing}`, followUp.politicalReports.missing.count),
        figure(`${words.politicalReports}: ${words.late}`, followUp.politicalReports.late.count),
        figure(words.newSinceYesterday, followUp.media.newSinceYesterday.count),
      ],
    },
    {
      section: words.election, title: words.currentStages, sheet: words.sheets.stages,
      columns: [{ header: words.stage, width: 50 }, { header: words.startsOn, width: 20 }, { header: words.endsOn, width: 20 }],
      rows: election.currentStages.map((s) => [s.name[lang], day(s.startsOn), day(s.endsOn)]),
    },
    {
      section: words.incidents, title: words.byCategory, sheet: words.sheets.categories, columns: [{ header: words.category, width: 40 }, int(words.count)],
      rows: incidents.open.byCategory.map((c) => [c.name[lang], c.count]),
    },
    {
      section: words.incidents, title: words.bySeverity, sheet: words.sheets.severities, columns: [{ header: words.severity, width: 30 }, int(words.count)],
      rows: incidents.open.bySeverity.map((s) => [words.severities[s.severity] ?? s.severity, s.count]),
    },
    {
      section: words.incidents, title: words.trend, sheet: words.sheets.trend, columns: [{ header: words.day, width: 22 }, int(words.count)],
      rows: incidents.trend.map((t) => [day(t.date), t.count]),
    },
    {
      section: words.incidents, title: words.newest, sheet: words.sheets.newest,
      columns: [{ header: words.reference, width: 22 }, { header: words.category, width: 30 }, { header: words.severity, width: 14 }, { header: words.region, width: 24 }, { header: words.occurredAt, width: 24 }],
      rows: incidents.newest.map((i) => [i.reference, i.category.name[lang], words.severities[i.severity] ?? i.severity, i.regionName, stamp(i.occurredAt)]),
    },
    {
      section: words.alerts, title: words.activeAlerts, sheet: words.sheets.alerts,
      columns: [{ header: words.rule, width: 36 }, { header: words.region, width: 28 }, { header: words.count, kind: 'int', width: 12 }, { header: words.raisedAt, width: 24 }],
      rows: alerts.active.map((a) => [a.rule, a.regionName, a.incidentCount, stamp(a.raisedAt)]),
    },
    {
      section: words.regions, title: words.worstRegions, sheet: words.sheets.regions,
      columns: [{ header: words.code, width: 14 }, { header: words.name, width: 32 }, { header: words.vulnerability, kind: 'decimal', width: 16 }, { header: words.readiness, kind: 'decimal', width: 14 }],
      rows: regions.worst.map((r) => [r.code, r.name, r.vulnerabilityScore, r.readinessPercent]),
    },
    {
      section: words.regions, title: words.readinessByDomain, sheet: words.sheets.domains, columns: [{ header: words.domain, width: 36 }, { header: words.percent, kind: 'decimal', width: 12 }],
      rows: regions.readinessByDomain.map((d) => [d.label[lang], d.percent]),
    },
    {
      section: words.followUp, title: words.overdueActionItems, sheet: words.sheets.actionItems, columns: [{ header: words.item, width: 50 }, { header: words.unit, width: 30 }, { header: words.dueOn, width: 20 }],
      rows: followUp.overdueActionItems.items.map((a) => [a.title, a.ownerUnitName, day(a.dueDate)]),
    },
    {
      section: words.followUp, title: words.media, sheet: words.sheets.media,
      columns: [{ header: words.incidentTitle, width: 60 }, { header: words.source, width: 24 }, { header: words.publishedAt, width: 24 }],
      rows: followUp.media.latest.map((m) => [m.title ?? `#${m.id}`, m.source ?? '', stamp(m.publishedAt)]),
    },
  ];
}
