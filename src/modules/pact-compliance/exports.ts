import { stringify } from 'csv-stringify/sync';
import { neutraliseRow } from '../../domain/exports/spreadsheet-safe.js';
import { localClock } from '../../domain/meetings/attendance-values.js';
import { submittedLate, targetStatus } from '../../domain/pacts/status.js';
import { localDate, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import type { Language } from '../../i18n/messages.js';
import { pactComplianceWords, withZone, type PactComplianceWords } from '../../i18n/pact-compliance.js';
import type { Actor } from '../auth/actor.js';
import { streamWorkbook, type CellValue, type Column, type XlsxFile } from '../meeting-sheets/workbook.js';
import type { CampaignFigures, PactComplianceService } from './service.js';

/** "2026-12-03 23:59": an instant as the campaign region's wall clock shows it (the zone is in the header). */
export function localDateTime(at: Date | null, zone: TimeZoneLabel): string | null {
  return at === null ? null : `${localDate(at, zone)} ${localClock(at, zone)}`;
}

/** A share as a fraction for a percent-formatted cell, or empty when there is nothing to count. */
const share = (part: number, of: number): number | null => (of === 0 ? null : part / of);

/** The lines of the summary, label and value, shared by the recap XLSX and PDF. */
export function summaryLines({ campaign, compliance, now }: CampaignFigures, words: PactComplianceWords): [string, string | number][] {
  const s = words.summary;
  const t = compliance.totals;
  return [
    [s.campaign, campaign.title], [s.legalBasis, campaign.legalBasis || '—'], [s.region, `${campaign.regionName} (${campaign.regionCode})`],
    [withZone(s.deadline, campaign.zone), localDateTime(campaign.deadline, campaign.zone)!], [s.targets, t.targets], [s.submitted, t.submitted],
    [s.verified, t.verified], [s.rejected, t.rejected], [s.late, t.late], [s.missing, t.missing], [s.percentVerified, t.percentVerified],
    [s.percentSubmitted, t.percentSubmitted], [withZone(s.printedAt, campaign.zone), localDateTime(now, campaign.zone)!],
  ];
}

/** One row per target for the recap: name, kind, region, status, submission time, late flag, reviewer. */
export function targetRows({ campaign, targets, now }: CampaignFigures, words: PactComplianceWords): CellValue[][] {
  return targets.map((t) => [
    t.name, words.kinds[t.kind], t.regionCode, t.regionName, words.statuses[targetStatus(t.state, campaign.deadline, now)],
    localDateTime(t.submittedAt, campaign.zone), submittedLate(t.submittedAt, campaign.deadline) ? words.yes : words.no, t.reviewerName,
    localDateTime(t.reviewedAt, campaign.zone), t.rejectReason,
  ]);
}

export function targetColumns(words: PactComplianceWords, zone: TimeZoneLabel): Column[] {
  const c = words.columns;
  return [
    { header: c.name, width: 36 }, { header: c.kind, width: 20 }, { header: c.regionCode, width: 14 }, { header: c.region, width: 24 },
    { header: c.status, width: 14 }, { header: withZone(c.submittedAt, zone), width: 20 }, { header: c.late, width: 10 }, { header: c.reviewer, width: 22 },
    { header: withZone(c.reviewedAt, zone), width: 20 }, { header: c.rejectReason, width: 36 },
  ];
}

/** Spreadsheet and CSV files of a campaign's compliance: the recap and the reminder list. */
export function createPactComplianceExports(service: PactComplianceService) {
  return {
    /** Sheets Ringkasan, Per wilayah, Per jenis and Daftar sasaran. */
    async recapXlsx(actor: Actor, campaignId: number, lang: Language): Promise<XlsxFile> {
      const all = await service.figures(actor, campaignId);
      const words = pactComplianceWords(lang);
      const c = words.columns;
      const { compliance, regionNames, campaign } = all;
      return streamWorkbook(`${words.files.recap}-${campaign.id}.xlsx`, words.dateFormat, async (book) => {
        const summary = book.sheet(words.sheets.summary, [{ header: words.summary.campaign, width: 30 }, { header: campaign.title, width: 60 }]);
        for (const line of summaryLines(all, words).slice(1)) summary.add(line);
        const tallyColumns: Column[] = [
          { header: c.targets, kind: 'int' }, { header: c.submitted, kind: 'int', width: 14 }, { header: c.verified, kind: 'int', width: 14 },
          { header: c.percentVerified, kind: 'percent', width: 16 },
        ];
        const regions = book.sheet(words.sheets.byRegion, [{ header: c.regionCode, width: 14 }, { header: c.region, width: 30 }, ...tallyColumns]);
        for (const r of compliance.byRegion) {
          regions.add([r.regionCode, regionNames.get(r.regionCode) ?? r.regionCode, r.targets, r.submitted, r.verified, share(r.verified, r.targets)]);
        }
        const kinds = book.sheet(words.sheets.byKind, [{ header: c.kind, width: 28 }, ...tallyColumns]);
        for (const k of compliance.byKind) kinds.add([words.kinds[k.kind], k.targets, k.submitted, k.verified, share(k.verified, k.targets)]);
        const list = book.sheet(words.sheets.targets, targetColumns(words, campaign.zone));
        for (const row of targetRows(all, words)) list.add(row);
      });
    },

    /** The reminder list as one sheet, contacts and message included. */
    async remindersXlsx(actor: Actor, campaignId: number, lang: Language): Promise<XlsxFile> {
      const all = await service.figures(actor, campaignId);
      const words = pactComplianceWords(lang);
      const c = words.columns;
      return streamWorkbook(`${words.files.reminders}-${all.campaign.id}.xlsx`, words.dateFormat, async (book) => {
        const sheet = book.sheet(words.sheets.reminders, [
          { header: c.name, width: 36 }, { header: c.kind, width: 20 }, { header: c.region, width: 24 }, { header: c.status, width: 14 },
          { header: c.contactName, width: 24 }, { header: c.contactEmail, width: 28 }, { header: c.contactPhone, width: 18 }, { header: c.message, width: 90 },
        ]);
        for (const item of service.reminderItems(all)) {
          sheet.add([item.name, words.kinds[item.kind], item.regionName, words.statuses[item.status], item.contactName, item.contactEmail, item.contactPhone, item.message]);
        }
      });
    },

    /** The reminder list as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the accents). */
    async remindersCsv(actor: Actor, campaignId: number, lang: Language): Promise<{ fileName: string; body: string }> {
      const all = await service.figures(actor, campaignId);
      const words = pactComplianceWords(lang);
      const c = words.columns;
      const rows = service.reminderItems(all).map((item) => neutraliseRow([
        item.targetId, item.name, words.kinds[item.kind], item.regionCode, item.regionName, words.statuses[item.status],
        item.contactName ?? '', item.contactEmail ?? '', item.contactPhone ?? '', item.message,
      ]));
      const header = ['id', c.name, c.kind, c.regionCode, c.region, c.status, c.contactName, c.contactEmail, c.contactPhone, c.message];
      return { fileName: `${words.files.reminders}-${all.campaign.id}.csv`, body: `\uFEFF${stringify([header, ...rows])}` };
    },
  };
}

export type PactComplianceExports = ReturnType<typeof createPactComplianceExports>;
