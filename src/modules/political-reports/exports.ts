import type { StatusQuery } from '../../contracts/political-reports.js';
import type { Db } from '../../db/client.js';
import type { Language } from '../../i18n/messages.js';
import { POLITICAL_REPORT_EXPORT_LABELS } from '../../i18n/political-reports.js';
import type { Actor } from '../auth/actor.js';
import { printableLetterhead } from '../letterheads/printable.js';
import { streamWorkbook, type XlsxFile } from '../meeting-sheets/workbook.js';
import { renderPdf } from '../minutes/render.js';
import { buildReportDocument, localStamp, type ReportLetterhead } from './pdf.js';
import { timeZoneOfRegion } from '../../domain/regions/timezones.js';
import type { PoliticalReportService } from './service.js';
import { sectionsOf } from './views.js';

/** A report as PDF with its unit's letterhead, and the who-has-reported recap as XLSX. */
export function createPoliticalReportExports(db: Db, reports: PoliticalReportService) {
  /** The unit's kop surat with its logo inlined when it prints; the region's name when there is none. */
  async function letterheadOf(unitId: number | null, regionName: string): Promise<ReportLetterhead> {
    const printed = unitId === null ? null : await printableLetterhead(db, unitId);
    if (!printed || printed.lines.length === 0) return { lines: [regionName], address: printed?.address ?? null, logo: null };
    return printed;
  }

  return {
    async pdf(actor: Actor, id: number, lang: Language): Promise<{ bytes: Buffer; fileName: string }> {
      const { report, template, current, unitId } = await reports.printable(actor, id);
      const letterhead = await letterheadOf(unitId, report.regionName);
      const labels = POLITICAL_REPORT_EXPORT_LABELS[lang];
      const sections = sectionsOf(template, current?.sections ?? {});
      let bytes: Buffer;
      try {
        bytes = await renderPdf(buildReportDocument(report, sections, current, letterhead, labels, lang));
      } catch (error) {
        // A logo whose first bytes look right may still not decode: print without it, as the minutes do.
        if (!letterhead.logo) throw error;
        bytes = await renderPdf(buildReportDocument(report, sections, current, { ...letterhead, logo: null }, labels, lang));
      }
      return { bytes, fileName: `laporan-politik-${report.id}.pdf` };
    },

    /** The recap of who has reported for a month, one row per region; refused (403) before anything streams. */
    async recap(actor: Actor, query: StatusQuery, lang: Language): Promise<XlsxFile> {
      const status = await reports.status(actor, query);
      const labels = POLITICAL_REPORT_EXPORT_LABELS[lang];
      const r = labels.recap;
      // Instants in each region's own zone, as the desk reads them (WIB/WITA/WIT).
      const local = (at: string | null, code: string) => (at === null ? null : localStamp(new Date(at), timeZoneOfRegion(code), lang));
      return streamWorkbook(`rekap-laporan-politik-${query.period}-${query.level}.xlsx`, 'yyyy-mm-dd hh:mm', async (book) => {
        const sheet = book.sheet(r.sheet, [
          { header: r.code, width: 12 }, { header: r.name, width: 32 }, { header: r.reportId, kind: 'int' }, { header: labels.state, width: 26 },
          { header: labels.late, width: 12 }, { header: labels.submitted, width: 22 }, { header: labels.due, width: 22 },
        ]);
        for (const item of status.items) {
          sheet.add([
            item.regionCode, item.regionName, item.reportId, labels.states[item.state], item.late ? r.yes : r.no, local(item.submittedAt, item.regionCode), local(item.dueAt, item.regionCode),
          ]);
        }
        const totals = book.sheet(r.totalsSheet, [{ header: r.regions, width: 28 }, { header: '', kind: 'int' }]);
        totals.add([r.regions, status.totals.regions]);
        totals.add([r.submittedCount, status.totals.submitted]);
        totals.add([r.acceptedCount, status.totals.accepted]);
        totals.add([r.lateCount, status.totals.late]);
        totals.add([r.missing, status.totals.missing]);
      });
    },
  };
}

export type PoliticalReportExports = ReturnType<typeof createPoliticalReportExports>;
