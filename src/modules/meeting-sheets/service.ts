import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { createActionItemService } from '../action-items/service.js';
import { createMeetingService } from '../meetings/service.js';
import { createAttendanceImport } from './attendance-import.js';
import { createSheetExports } from './exports.js';
import { createAttendanceRates } from './rates.js';

/**
 * Meetings in spreadsheets: exports of meetings, attendance and action items (the same lists, scope
 * and filters as their JSON endpoints), the attendance import, and attendance rates per agency.
 */
export function createMeetingSheets(db: Db, clock: Clock) {
  const lists = { meetings: createMeetingService(db, clock), actionItems: createActionItemService(db, clock) };
  return {
    exports: createSheetExports(db, clock, lists),
    rates: createAttendanceRates(db, clock),
    attendance: createAttendanceImport(db, clock),
  };
}

export type MeetingSheets = ReturnType<typeof createMeetingSheets>;
