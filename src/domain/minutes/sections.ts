import type { Content, TableCell } from 'pdfmake/interfaces';
import { localDate } from '../regions/timezones.js';
import { fill, formatArrival, formatClock, formatDate, formatDay } from './format.js';
import type { MinutesActionItem, MinutesLabels, MinutesLookups, MinutesMeeting } from './types.js';

/** Thin grey rules, a shaded header row repeated on every page, rows that never split. */
export const GRID = 'minutesGrid';

const DASH = '—';
const header = (texts: string[]): TableCell[] => texts.map((text) => ({ text, style: 'th' }));
const none = (labels: MinutesLabels): Content => ({ text: labels.none, style: 'none' });

function table(widths: (number | string)[], head: string[], rows: TableCell[][]): Content {
  return { table: { headerRows: 1, dontBreakRows: true, widths, body: [header(head), ...rows] }, layout: GRID, style: 'table' };
}

const numbered = (i: number): TableCell => ({ text: String(i + 1), alignment: 'right' });

/** Invited units and people: who came, in which role, and when they arrived. */
export function attendance(meeting: MinutesMeeting, lookups: MinutesLookups, labels: MinutesLabels): Content[] {
  if (meeting.invitations.length === 0) return [none(labels)];
  const c = labels.columns;
  const rows = meeting.invitations.map((invitation, i): TableCell[] => {
    const person = invitation.personId === null ? undefined : lookups.people[invitation.personId];
    const unit = invitation.unitName ?? person?.unitName ?? DASH;
    const who: Content = invitation.representative
      ? { text: [invitation.representative, { text: ` (${labels.representative})`, style: 'muted' }] }
      : { text: invitation.personName ?? DASH };
    const arrived = invitation.attendedAt === null ? DASH : formatArrival(invitation.attendedAt, meeting.startsAt, meeting.timeZone, labels);
    return [
      numbered(i), { text: unit }, who, { text: (!invitation.representative && person?.position) || DASH },
      { text: invitation.attendedAt === null ? labels.no : labels.yes, alignment: 'center' }, { text: arrived },
    ];
  });
  const present = meeting.invitations.filter((i) => i.attendedAt !== null).length;
  return [
    table([16, '*', '*', '*', 38, 58], [c.no, c.unit, c.person, c.position, c.present, c.arrival], rows),
    { text: fill(labels.attendanceSummary, { present, invited: meeting.invitations.length }), style: 'note' },
  ];
}

export function speakers(meeting: MinutesMeeting, labels: MinutesLabels): Content[] {
  if (meeting.speakers.length === 0) return [none(labels)];
  return [{
    ol: meeting.speakers.map((speaker) => ({
      stack: [
        { text: [{ text: speaker.name, bold: true }, ...(speaker.title ? [{ text: ` — ${speaker.title}`, style: 'muted' }] : [])] },
        ...(speaker.points.length ? [{ ul: speaker.points.map((point) => ({ text: point })), margin: [0, 2, 0, 0] } as Content] : []),
      ],
      margin: [0, 0, 0, 5],
    })),
  }];
}

export function findings(meeting: MinutesMeeting, lookups: MinutesLookups, labels: MinutesLabels): Content[] {
  if (meeting.findings.length === 0) return [none(labels)];
  const c = labels.columns;
  const rows = meeting.findings.map((finding, i): TableCell[] => [
    numbered(i), { text: finding.problem }, { text: labels.domains[finding.domain] }, { text: labels.severities[finding.severity] },
    { text: finding.regionCode === null ? DASH : (lookups.regionNames[finding.regionCode] ?? finding.regionCode) },
  ]);
  return [table([16, '*', 70, 50, 90], [c.no, c.problem, c.domain, c.severity, c.region], rows)];
}

/** Strategies name the findings they answer by the numbers of the findings table. */
export function strategies(meeting: MinutesMeeting, labels: MinutesLabels): Content[] {
  if (meeting.strategies.length === 0) return [none(labels)];
  const numberOf = new Map(meeting.findings.map((f, i) => [f.id, i + 1]));
  const c = labels.columns;
  const rows = meeting.strategies.map((strategy, i): TableCell[] => {
    const answered = strategy.findingIds.map((id) => numberOf.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
    return [numbered(i), { text: strategy.text }, { text: answered.length ? answered.join(', ') : DASH, alignment: 'center' }];
  });
  return [table([16, '*', 70], [c.no, c.strategy, c.answers], rows)];
}

export function decisions(meeting: MinutesMeeting, labels: MinutesLabels): Content[] {
  if (meeting.decisions.length === 0) return [none(labels)];
  return [{ ol: meeting.decisions.map((d) => ({ text: d.text, margin: [0, 0, 0, 3] })) }];
}

function owner(item: MinutesActionItem): Content {
  return { text: [item.ownerUnitName, ...(item.ownerPersonName ? [{ text: `\n${item.ownerPersonName}`, style: 'muted' }] : [])] };
}

function status(item: MinutesActionItem, labels: MinutesLabels): Content {
  return { text: [labels.statuses[item.status], ...(item.overdue ? [{ text: `\n${labels.overdue}`, bold: true }] : [])] };
}

const due = (item: MinutesActionItem, labels: MinutesLabels): TableCell => ({ text: item.dueDate ? formatDate(item.dueDate, labels) : DASH, noWrap: true });

export function actionItems(meeting: MinutesMeeting, labels: MinutesLabels): Content[] {
  if (meeting.actionItems.length === 0) return [none(labels)];
  const c = labels.columns;
  const rows = meeting.actionItems.map((item, i): TableCell[] => [numbered(i), { text: item.title }, owner(item), due(item, labels), status(item, labels)]);
  return [table([16, '*', 120, 'auto', 76], [c.no, c.action, c.owner, c.due, c.status], rows)];
}

/** Items agreed at earlier meetings and brought to this one: where they were agreed, and where they stand. */
export function carriedItems(meeting: MinutesMeeting, labels: MinutesLabels): Content[] {
  const c = labels.columns;
  const rows = meeting.carriedItems.map((item, i): TableCell[] => [
    numbered(i), { text: item.title },
    { text: [item.meetingTitle, { text: `\n${formatDay(item.meetingStartsAt, meeting.timeZone, labels)}`, style: 'muted' }] },
    owner(item), due(item, labels), status(item, labels),
  ]);
  return [table([16, '*', 96, 90, 'auto', 70], [c.no, c.action, c.agreedAt, c.owner, c.due, c.status], rows)];
}

export function declarations(meeting: MinutesMeeting, lookups: MinutesLookups, labels: MinutesLabels): Content[] {
  if (meeting.declarations.length === 0) return [none(labels)];
  const c = labels.columns;
  return meeting.declarations.map((declaration, d): Content => {
    const rows = declaration.signatories.map((s, i): TableCell[] => [
      numbered(i), { text: s.name }, { text: s.position ?? DASH }, { text: s.unitId === null ? DASH : (lookups.unitNames[s.unitId] ?? DASH) },
      s.signedAt === null
        ? { text: labels.notSigned }
        : { text: [labels.signed, { text: `\n${formatDate(localDate(new Date(s.signedAt), meeting.timeZone), labels)} ${formatClock(s.signedAt, meeting.timeZone, labels)} ${meeting.timeZone}`, style: 'muted' }] },
    ]);
    return {
      stack: [
        { text: `${d + 1}. ${declaration.title}`, bold: true, margin: [0, d === 0 ? 0 : 8, 0, 3] },
        { text: declaration.text, alignment: 'justify', margin: [0, 0, 0, 5] },
        ...(rows.length ? [table([16, '*', '*', '*', 'auto'], [c.no, c.person, c.position, c.unit, c.signature], rows)] : []),
      ],
    };
  });
}
