import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { isRegionCode } from '../domain/regions/codes.js';
import { languageFromEnv, type Language } from '../i18n/messages.js';
import { fillWords, SITREP_WORDS } from '../i18n/sitrep.js';
import { DATA_DIR_HELP } from './db.js';

const cliWords = () => SITREP_WORDS[languageFromEnv(process.env)].cli;

/** "51", "51.06" or "national" (the whole country): a usage error (exit 2) otherwise. */
function parseRegion(value: string): string | null {
  if (value === 'national' || value === 'nasional') return null;
  if (!isRegionCode(value)) throw new InvalidArgumentError(fillWords(cliWords().badRegion, { value }));
  return value;
}

/** A calendar day that exists (no 30 February). */
function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  if (!match || year < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new InvalidArgumentError(fillWords(cliWords().badDate, { value }));
  return value;
}

function parseLanguage(value: string): Language {
  if (value !== 'id' && value !== 'en') throw new InvalidArgumentError(fillWords(cliWords().badLang, { value }));
  return value;
}

/** Why a file cannot be written there, or null when it can: checked before the report is made. */
function unwritable(file: string): string | null {
  try {
    if (fs.existsSync(file)) {
      if (fs.statSync(file).isDirectory()) return 'EISDIR: is a directory';
      fs.accessSync(file, fs.constants.W_OK);
      return null;
    }
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) return `ENOENT: folder ${dir} does not exist`;
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface SitrepOptions {
  region: string | null;
  date: string;
  pdf: string;
  xlsx?: string;
  lang?: Language;
  dataDir?: string;
}

export function registerReport(program: Command) {
  const report = program.command('report').description('Reports made without a server');
  report
    .command('sitrep')
    .description('Make, store and write the daily situation report (laporan situasi harian) of a region for a local date')
    .option('--region <code>', 'Kemendagri region code (51, 51.06) or "national"', parseRegion, null)
    .requiredOption('--date <yyyy-mm-dd>', 'the report’s day in the region’s time zone', parseDate)
    .requiredOption('--pdf <file>', 'where to write the PDF')
    .option('--xlsx <file>', 'where to write the XLSX too')
    .option('--lang <id|en>', 'language of the report (default: SINERGI_LANG or LANG, else id)', parseLanguage)
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .action(async (options: SitrepOptions) => {
      const words = cliWords();
      const outputs = [options.pdf, options.xlsx].filter((file): file is string => file !== undefined);
      for (const file of outputs) {
        const why = unwritable(file);
        if (why !== null) {
          process.stderr.write(`sinergi: ${fillWords(words.unwritable, { path: file, detail: why })}\n`);
          process.exitCode = 1;
          return;
        }
      }
      // The report pulls in every service, pdfmake and exceljs: loaded only when this command runs.
      const [{ withDatabase }, { migrate }, { createServices }] = await Promise.all([import('./context.js'), import('../db/migrate.js'), import('../services.js')]);
      const lang = options.lang ?? languageFromEnv(process.env);
      const made = await withDatabase(options, async (database) => {
        await migrate(database);
        const services = createServices(database);
        const sitrep = services.sitrep.service;
        const operator = `${os.userInfo().username}@${os.hostname()}`;
        try {
          const stored = await sitrep.generate({
            principal: { role: 'admin', regionCode: null, unitId: null },
            audit: { type: 'cli', id: null, label: operator },
            context: { ip: null, client: 'sinergi report sitrep' },
          }, { regionCode: options.region, date: options.date, language: lang }, 'cli');
          const [pdf, xlsx] = await Promise.all([sitrep.repo.file(stored.id, 'pdf'), options.xlsx ? sitrep.repo.file(stored.id, 'xlsx') : null]);
          return { stored, pdf, xlsx };
        } finally {
          // The category catalogue listens on the live bus (its own PostgreSQL connection): let it go, so the command ends.
          await services.live.close();
        }
      });
      try {
        fs.writeFileSync(options.pdf, made.pdf);
        if (options.xlsx && made.xlsx) fs.writeFileSync(options.xlsx, made.xlsx);
      } catch (error) {
        const file = error instanceof Error && 'path' in error ? String(error.path) : options.pdf;
        process.stderr.write(`sinergi: ${fillWords(words.unwritable, { path: file, detail: error instanceof Error ? error.message : String(error) })}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${fillWords(words.wrote, { region: made.stored.regionName, date: made.stored.reportDate, id: made.stored.id, files: outputs.join(', ') })}\n`);
    });
}
