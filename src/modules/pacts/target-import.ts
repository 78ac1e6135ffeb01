import ExcelJS from 'exceljs';
import type { PactImportResult } from '../../contracts/pacts.js';
import { AppError } from '../../domain/errors.js';
import { checkTargetRows, isBlankRow, mapHeader, nameKey, TARGET_COLUMNS } from '../../domain/pacts/import-rows.js';
import { isRegionCode } from '../../domain/regions/codes.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { readSpreadsheet } from '../units/import-file.js';
import type { PactContext } from './context.js';
import { insertTargets } from './targets.js';
import { targetView } from './views.js';

/**
 * Targets imported from a spreadsheet (XLSX or CSV; header nama, jenis, kode_wilayah, kontak_*):
 * every row checked and reported; all or nothing, unless keepValid adds the valid rows anyway.
 */
export function createTargetImport(ctx: PactContext) {
  const { db, clock, repo } = ctx;
  return {
    async run(actor: Actor, campaignId: number, bytes: Buffer, keepValid: boolean, context: RequestContext, lang: Language): Promise<PactImportResult> {
      const campaign = await ctx.manageableCampaign(actor, campaignId);
      const [header = [], ...body] = await readSpreadsheet(bytes);
      const columns = mapHeader(header);
      if (!columns) throw new AppError('invalid', 400, { detail: 'pact.import_header' });
      const codes = [...new Set(body.map((cells) => (cells[columns.get('kode_wilayah')!] ?? '').trim()).filter(isRegionCode))];
      const known = await repo.knownRegions(codes);
      const existingNames = new Set((await repo.nameKeys(campaignId)).map((t) => nameKey(t.regionCode, t.name)));
      const checked = checkTargetRows(body, columns, { campaignRegion: campaign.regionCode, knownRegion: (code) => known.has(code), existingNames })
        .filter((_, index) => !isBlankRow(body[index] ?? []));
      const rows = checked.map((row) => ({
        row: row.row, ok: row.draft !== null, errors: row.problems.map((problem) => ({ field: problem.field, message: translateTerm(problem.key, lang) })),
      }));
      const valid = checked.flatMap((row) => (row.draft ? [{ ...row.draft, unitId: null }] : []));
      if (valid.length === 0) throw new AppError('invalid', 422, { detail: 'pact.import_empty' });
      if (valid.length < checked.length && !keepValid) return { created: [], rows };
      const ids = await db.transaction((tx) => insertTargets(ctx, tx, actor, context, campaign, valid, lang));
      const now = clock.now();
      const created = (await repo.targetsByIds(campaignId, ids)).map((t) => targetView(t, campaign.deadline, now));
      return { created, rows };
    },
  };
}

/** The import template: the header row, region codes formatted as text so "51.06" stays a code. */
export async function targetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sasaran');
  sheet.columns = TARGET_COLUMNS.map((column) => ({ header: column, key: column, width: column === 'nama' ? 40 : 22, ...(column === 'kode_wilayah' || column === 'kontak_telepon' ? { style: { numFmt: '@' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
