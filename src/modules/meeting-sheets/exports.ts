import type { ActionItem, Meeting } from '../../contracts/meetings.js';
import type { ActionItemExportQuery, MeetingExportQuery } from '../../contracts/meeting-sheets.js';
import { localClock, spreadsheetDay } from '../../domain/meetings/attendance-values.js';
import { localDate, timeZoneOfRegion, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { sheetWords, type SheetWords } from '../../i18n/sheets.js';
import type { Clock } from '../../services.js';
import type { ActionItemService } from '../action-items/service.js';
import type { Actor } from '../auth/actor.js';
import { visibleMeeting } from '../meetings/access.js';
import { createMeetingRepo } from '../meetings/repo.js';
import type { MeetingService } from '../meetings/service.js';
import { createMeetingSheetRepo, type AttendanceRow, type MeetingStats } from './repo.js';
import { exportPages, streamWorkbook, type CellValue, type XlsxFile } from './workbook.js';

/** "09:00–13:00 WITA", or with the end's date when it ends on another day. */
export function meetingTime(meeting: Pick<Meeting, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const zone = meeting.timeZone;
  const start = new Date(meeting.startsAt);
  if (meeting.endsAt === null) return `${localClock(start, zone)} ${zone}`;
  const end = new Date(meeting.endsAt);
  const sameDay = localDate(start, zone) === localDate(end, zone);
  return `${localClock(start, zone)}–${sameDay ? '' : `${localDate(end, zone)} `}${localClock(end, zone)} ${zone}`;
}

/** Present over invited as a fraction, or empty when nobody was invited. */
const rateOf = (present: number, invited: number): number | null => (invited === 0 ? null : present / invited);

/** An arrival as the meeting's wall clock shows it; with its date when that is not the meeting's day. */
function arrivalText(attendedAt: string | null, meeting: Pick<Meeting, 'startsAt' | 'timeZone'>): string | null {
  if (attendedAt === null) return null;
  const at = new Date(attendedAt);
  const zone = meeting.timeZone;
  const day = localDate(at, zone);
  return day === localDate(new Date(meeting.startsAt), zone) ? localClock(at, zone) : `${day} ${localClock(at, zone)}`;
}

function meetingRow(meeting: Meeting, stats: MeetingStats | undefined, words: SheetWords): CellValue[] {
  const s = stats ?? { invited: 0, present: 0, findings: 0, openActionItems: 0 };
  return [
    spreadsheetDay(new Date(meeting.startsAt), meeting.timeZone), meetingTime(meeting), words.kinds[meeting.kind], meeting.title, words.levels[meeting.level],
    meeting.regions.map((r) => r.name).join(', '), meeting.organiser.name, meeting.venue, words.modes[meeting.mode],
    s.invited, s.present, rateOf(s.present, s.invited), s.findings, s.openActionItems,
  ];
}

function attendanceRow(invitation: AttendanceRow, meeting: Meeting, words: SheetWords): CellValue[] {
  return [
    invitation.unitName ?? invitation.personUnitName, invitation.agencyCode, invitation.personName, invitation.position, words.rsvp[invitation.rsvp],
    invitation.attendedAt === null ? words.no : words.yes, arrivalText(invitation.attendedAt, meeting), invitation.representative,
  ];
}

function actionItemRow(item: ActionItem, extras: { lastNote: string | null; meetingTimeZone: TimeZoneLabel } | undefined, words: SheetWords): CellValue[] {
  return [
    item.title, item.meetingTitle, spreadsheetDay(new Date(item.meetingStartsAt), extras?.meetingTimeZone ?? timeZoneOfRegion(item.ownerRegionCode)),
    item.ownerUnitName, item.ownerPersonName, item.dueDate === null ? null : new Date(`${item.dueDate}T00:00:00Z`), words.statuses[item.status],
    item.overdue ? words.yes : words.no, extras?.lastNote ?? null,
  ];
}

/** Spreadsheet exports of meetings, a meeting's attendance and action items: scope-filtered like their lists. */
export function createSheetExports(db: Db, clock: Clock, lists: { meetings: MeetingService; actionItems: ActionItemService }) {
  const repo = createMeetingSheetRepo(db);
  const meetingRepo = createMeetingRepo(db);
  /** Today as the actor's desk sees it, for file names. */
  const today = (actor: Actor) => localDate(clock.now(), timeZoneOfRegion(actor.principal.regionCode ?? '31'));

  return {
    /** One row per meeting, with the filters of GET /meetings. */
    async meetings(actor: Actor, query: MeetingExportQuery, lang: Language): Promise<XlsxFile> {
      const { lang: _lang, ...filters } = query;
      const pages = await exportPages((offset, limit) => lists.meetings.list(actor, { ...filters, limit, offset }));
      const words = sheetWords(lang);
      const m = words.meetings;
      return streamWorkbook(`sinergi-${words.files.meetings}-${today(actor)}.xlsx`, words.dateFormat, async (book) => {
        const sheet = book.sheet(words.sheets.meetings, [
          { header: m.date, kind: 'date' }, { header: m.time, width: 20 }, { header: m.kind }, { header: m.title, width: 48 }, { header: m.level, width: 14 },
          { header: m.regions, width: 32 }, { header: m.organiser, width: 32 }, { header: m.venue, width: 28 }, { header: m.mode, width: 12 },
          { header: m.invited, kind: 'int' }, { header: m.present, kind: 'int' }, { header: m.rate, kind: 'percent' },
          { header: m.findings, kind: 'int' }, { header: m.openActionItems, kind: 'int', width: 14 },
        ]);
        for await (const items of pages) {
          const stats = await repo.meetingStats(items.map((meeting) => meeting.id));
          for (const meeting of items) sheet.add(meetingRow(meeting, stats.get(meeting.id), words));
        }
      });
    },

    /** The invitations of one meeting with RSVP and attendance; a second sheet holds the meeting's facts. */
    async attendance(actor: Actor, meetingId: number, lang: Language): Promise<XlsxFile> {
      const meeting = await visibleMeeting(meetingRepo, actor, meetingId);
      const [invitations, stats] = await Promise.all([repo.attendance(meetingId), repo.meetingStats([meetingId])]);
      const words = sheetWords(lang);
      const a = words.attendance;
      const day = localDate(new Date(meeting.startsAt), meeting.timeZone);
      return streamWorkbook(`sinergi-${words.files.attendance}-${meetingId}-${day}.xlsx`, words.dateFormat, async (book) => {
        const sheet = book.sheet(words.sheets.attendance, [
          { header: a.unit, width: 32 }, { header: a.agency, width: 14 }, { header: a.person, width: 28 }, { header: a.position, width: 24 },
          { header: a.rsvp, width: 16 }, { header: a.present, width: 8 }, { header: a.arrival.replace('{zone}', meeting.timeZone), width: 16 },
          { header: a.representative, width: 28 },
        ]);
        for (const invitation of invitations) sheet.add(attendanceRow(invitation, meeting, words));
        const facts = book.sheet(words.sheets.meeting, [{ header: words.meetings.title, width: 24 }, { header: meeting.title, width: 60 }]);
        const s = stats.get(meetingId)!;
        const m = words.meetings;
        const rows: [string, CellValue][] = [
          [m.kind, words.kinds[meeting.kind]], [m.date, spreadsheetDay(new Date(meeting.startsAt), meeting.timeZone)], [m.time, meetingTime(meeting)],
          [m.venue, meeting.venue], [m.mode, words.modes[meeting.mode]], [m.organiser, meeting.organiser.name],
          [m.regions, meeting.regions.map((r) => r.name).join(', ')], [m.invited, s.invited], [m.present, s.present], [m.rate, rateOf(s.present, s.invited)],
        ];
        for (const row of rows) facts.add(row);
      });
    },

    /** The action-item board with the filters of GET /action-items, overdue first. */
    async actionItems(actor: Actor, query: ActionItemExportQuery, lang: Language): Promise<XlsxFile> {
      const { lang: _lang, ...filters } = query;
      const pages = await exportPages((offset, limit) => lists.actionItems.list(actor, { ...filters, limit, offset }));
      const words = sheetWords(lang);
      const c = words.actionItems;
      return streamWorkbook(`sinergi-${words.files.actionItems}-${today(actor)}.xlsx`, words.dateFormat, async (book) => {
        const sheet = book.sheet(words.sheets.actionItems, [
          { header: c.title, width: 48 }, { header: c.meeting, width: 40 }, { header: c.meetingDate, kind: 'date' }, { header: c.ownerUnit, width: 32 },
          { header: c.person, width: 24 }, { header: c.dueDate, kind: 'date' }, { header: c.status, width: 16 }, { header: c.overdue, width: 10 },
          { header: c.lastNote, width: 48 },
        ]);
        for await (const items of pages) {
          const extras = await repo.actionItemExtras(items.map((item) => item.id));
          for (const item of items) sheet.add(actionItemRow(item, extras.get(item.id), words));
        }
      });
    },
  };
}

export type SheetExports = ReturnType<typeof createSheetExports>;
