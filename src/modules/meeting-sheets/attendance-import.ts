import type { AttendanceImportReport } from '../../contracts/meeting-sheets.js';
import { visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { mapAttendanceColumns, normaliseName, unitIdOf, validateAttendanceRows } from '../../domain/meetings/attendance-import.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { sheetWords } from '../../i18n/sheets.js';
import type { Clock } from '../../services.js';
import { appendAudit, type AuditEntry } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { editableMeeting } from '../meetings/access.js';
import { createMeetingPartsRepo } from '../meetings/parts-repo.js';
import { createMeetingRepo } from '../meetings/repo.js';
import { createMeetingSheetRepo } from './repo.js';

export interface AttendanceImportOptions {
  dryRun: boolean;
  /** Apply the valid rows even when other rows have problems. */
  keepValid: boolean;
  /** Let rows invite known units of the meeting's regions that were not invited. */
  invite: boolean;
  lang: Language;
}

/** Attendance taken on paper or in a spreadsheet, brought in as a whole file. */
export function createAttendanceImport(db: Db, clock: Clock) {
  const meetings = createMeetingRepo(db);
  const repo = createMeetingSheetRepo(db);

  return {
    /**
     * Checks every row of an attendance file (header first) against the meeting's invitations and
     * writes the changes in one transaction, each audited: all or nothing, unless `keepValid`. Only
     * those who run the meeting (who take attendance at the door) may import; the file is read
     * after that check, so an outsider learns nothing from sending one.
     */
    async importAttendance(actor: Actor, meetingId: number, readSheet: () => Promise<string[][]>, options: AttendanceImportOptions, context: RequestContext): Promise<AttendanceImportReport> {
      const meeting = await editableMeeting(meetings, actor, meetingId);
      const [header = [], ...rows] = await readSheet();
      const columns = mapAttendanceColumns(header);
      if (columns.unit === null && columns.person === null) throw new AppError('invalid', 400, { detail: 'columns: unit, person' });
      if (columns.present === null && columns.arrival === null) throw new AppError('invalid', 400, { detail: 'columns: present, arrival' });

      const invitations = await repo.attendance(meetingId);
      const unitCells = columns.unit === null ? [] : [...new Set(rows.map((cells) => (cells[columns.unit!] ?? '').trim()).filter((cell) => cell !== ''))];
      const invitable = await repo.unitsToInvite(
        unitCells.map(unitIdOf).filter((id): id is number => id !== null), unitCells.map(normaliseName),
        meeting.regions.map((r) => r.code), visibleRoots(actor.principal),
      );
      const { changes, errors, unchanged } = validateAttendanceRows(rows, columns, { meeting, invitations, invitable, allowInvite: options.invite });
      const applied = !options.dryRun && changes.length > 0 && (errors.length === 0 || options.keepValid);

      const created = new Map<number, number>();
      if (applied) {
        const byId = new Map(invitations.map((invitation) => [invitation.id, invitation]));
        await db.transaction(async (tx) => {
          const sheetRepo = createMeetingSheetRepo(tx);
          const parts = createMeetingPartsRepo(tx);
          const entries: Omit<AuditEntry, 'actor' | 'action' | 'entityType' | 'regionCode' | 'ip' | 'client' | 'at'>[] = [];
          for (const change of changes) {
            if (change.invitationId === null) {
              const id = await sheetRepo.addInvitation(meetingId, change.unitId!, change.attendedAt, change.representative);
              if (id === null) throw new AppError('conflict', 409, { detail: `unit ${change.unitId}` });
              created.set(change.row, id);
              entries.push({ entityId: String(id), changes: changedFields(null, { meetingId, unitId: change.unitId, attendedAt: change.attendedAt, representative: change.representative }) });
            } else {
              const before = byId.get(change.invitationId)!;
              await parts.updateInvitation(change.invitationId, { rsvp: before.rsvp, attendedAt: change.attendedAt, representative: change.representative });
              entries.push({
                entityId: String(change.invitationId),
                changes: changedFields({ attendedAt: before.attendedAt, representative: before.representative }, { attendedAt: change.attendedAt, representative: change.representative }),
              });
            }
          }
          // Audit rows last: the chain's lock is then held only for the appends.
          for (const entry of entries) {
            await appendAudit(tx, {
              ...entry, actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'meeting.attendance.import',
              entityType: 'meeting_invitation', regionCode: meeting.regions[0]!.code, ip: context.ip, client: context.client, at: clock.now(),
            });
          }
        });
      }

      const words = sheetWords(options.lang);
      return {
        rows: rows.length,
        updated: changes.filter((c) => c.invitationId !== null).length,
        invited: changes.filter((c) => c.invitationId === null).length,
        unchanged,
        dryRun: options.dryRun,
        applied,
        changes: changes.map((change) => ({ ...change, invitationId: change.invitationId ?? created.get(change.row) ?? null })),
        errors: errors.map((e) => ({ ...e, message: words.problems[e.problem] })),
      };
    },
  };
}

export type AttendanceImport = ReturnType<typeof createAttendanceImport>;
