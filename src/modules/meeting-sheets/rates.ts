import type { AttendanceRates, AttendanceRatesQuery } from '../../contracts/meeting-sheets.js';
import { can } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import { localDate, timeZoneOfRegion } from '../../domain/regions/timezones.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { sheetWords } from '../../i18n/sheets.js';
import type { Clock } from '../../services.js';
import type { Actor } from '../auth/actor.js';
import { visibilityOf } from '../meetings/access.js';
import { createMeetingSheetRepo } from './repo.js';
import { streamWorkbook, type XlsxFile } from './workbook.js';

/** Attendance rate per agency across the meetings an actor can see. */
export function createAttendanceRates(db: Db, clock: Clock) {
  const repo = createMeetingSheetRepo(db);

  /**
   * Counts invitations and arrivals per agency over the visible meetings in the region and period
   * that have started (a meeting still to come has nobody present yet and would pull rates down).
   * Best rate first; between equal rates, the agency invited more often.
   */
  async function rates(actor: Actor, query: Omit<AttendanceRatesQuery, 'lang'>): Promise<AttendanceRates> {
    if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
    const { meetings, items } = await repo.attendanceRates(visibilityOf(actor), { region: query.region, from: query.from, to: query.to }, clock.now());
    const rated = items.map((item) => ({ ...item, rate: Math.round((item.present / item.invited) * 10_000) / 10_000 }));
    rated.sort((a, b) => b.rate - a.rate || b.invited - a.invited || a.agencyCode.localeCompare(b.agencyCode));
    return { meetings, items: rated };
  }

  return {
    rates,

    /** The same table as a workbook. */
    async ratesXlsx(actor: Actor, query: Omit<AttendanceRatesQuery, 'lang'>, lang: Language): Promise<XlsxFile> {
      const { items } = await rates(actor, query);
      const words = sheetWords(lang);
      const r = words.rates;
      const today = localDate(clock.now(), timeZoneOfRegion(actor.principal.regionCode ?? '31'));
      return streamWorkbook(`sinergi-${words.files.rates}-${today}.xlsx`, words.dateFormat, async (book) => {
        const sheet = book.sheet(words.sheets.rates, [
          { header: r.agency, width: 18 }, { header: r.name, width: 48 }, { header: r.meetings, kind: 'int' }, { header: r.invited, kind: 'int' },
          { header: r.present, kind: 'int' }, { header: r.rate, kind: 'percent' },
        ]);
        for (const item of items) {
          // The exact fraction: the sheet shows it as a percentage, and sums over it stay right.
          sheet.add([item.agencyCode, lang === 'en' ? item.nameEn : item.nameId, item.meetings, item.invited, item.present, item.present / item.invited]);
        }
      });
    },
  };
}

export type AttendanceRatesService = ReturnType<typeof createAttendanceRates>;
