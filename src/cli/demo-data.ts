import { InvalidArgumentError, type Command } from 'commander';
import { languageFromEnv, type Language } from '../i18n/messages.js';
import { fillWords } from '../i18n/sitrep.js';
import { DEMO_DATA_WORDS, formatCount } from '../i18n/demo-data.js';
import { DATA_DIR_HELP } from './db.js';

/**
 * `sinergi demo-data`: a realistic synthetic desk at scale (src/modules/demo-data) for demos and
 * benchmarks. Refuses a database that already holds incidents unless --append, so it never mixes
 * made-up reports into a real desk by accident.
 */

export const MAX_DEMO_INCIDENTS = 10_000_000;
const MAX_MEETINGS = 1_000_000;
const DEFAULT_SEED = 20_241_127;

const lang = (): Language => languageFromEnv(process.env);
const words = () => DEMO_DATA_WORDS[lang()];

function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

function parseIncidents(value: string): number {
  const n = wholeNumber(value, 1, MAX_DEMO_INCIDENTS);
  if (n === null) throw new InvalidArgumentError(fillWords(words().badCount, { value, max: formatCount(MAX_DEMO_INCIDENTS, lang()) }));
  return n;
}

function parseMeetings(value: string): number {
  const n = wholeNumber(value, 0, MAX_MEETINGS);
  if (n === null) throw new InvalidArgumentError(fillWords(words().badMeetings, { value, max: formatCount(MAX_MEETINGS, lang()) }));
  return n;
}

/** The seed of mulberry32 is 32 bits: a larger one would silently repeat a smaller one's data. */
function parseSeed(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > 0xffff_ffff) throw new InvalidArgumentError(fillWords(words().badSeed, { value }));
  return n;
}

/** Meetings by default: one for every 50 reports, at least 20, at most 20,000 (they are held in memory). */
export const defaultMeetings = (incidents: number) => Math.min(20_000, Math.max(20, Math.round(incidents / 50)));

interface DemoDataFlags {
  incidents: number;
  seed: number;
  meetings?: number;
  election?: string;
  append?: boolean;
  dataDir?: string;
}

const HELP_AFTER = `
Regions: the gazetteer holds no population, so reports fall on kabupaten/kota in proportion to their
number of desa/kelurahan (a kelurahan counting as four desa) as a stand-in for population, then on
one of their desa, kecamatan, or the kabupaten/kota itself.
Times: within the election's voting year, clustered on its campaign period, quiet period, voting day
and count; "now" is the day after its last stage. The same --seed, counts, election and database give
the same rows on PGlite and PostgreSQL. Written by COPY in one transaction (nothing is left half-done).
Exit codes: 0 done, 1 refused or failed (e.g. incidents already there without --append), 2 bad usage.`;

export function registerDemoData(program: Command) {
  program
    .command('demo-data')
    .description('Fill the database with realistic synthetic data: incidents with their status history, meetings, action items, alerts, pacts')
    .requiredOption('--incidents <n>', `how many incident reports (1 to ${MAX_DEMO_INCIDENTS.toLocaleString('en-US')})`, parseIncidents)
    .option('--seed <s>', 'whole number that fixes the data: the same seed gives the same rows', parseSeed, DEFAULT_SEED)
    .option('--meetings <n>', 'how many meetings (default: one per 50 incidents, 20 to 20,000)', parseMeetings)
    .option('--election <id>', 'the election to set the data around (default: the one the dashboard follows, e.g. pilkada-2024)')
    .option('--append', 'add to a database that already holds incidents (refused otherwise)')
    .option('--data-dir <dir>', DATA_DIR_HELP)
    .addHelpText('after', HELP_AFTER)
    .action(async (flags: DemoDataFlags) => {
      const [{ withDatabase, prepareDatabase }, { generateDemoData, DemoDataRefused }, { localDay }] = await Promise.all([
        import('./context.js'), import('../modules/demo-data/generate.js'), import('../modules/demo-data/meetings.js'),
      ]);
      const language = lang();
      const w = words();
      const progress = progressLine(language);
      let location = '';
      try {
        const figures = await withDatabase(flags, async (database) => {
          location = database.location;
          await prepareDatabase(database);
          return generateDemoData(database, {
            incidents: flags.incidents, seed: flags.seed, meetings: flags.meetings ?? defaultMeetings(flags.incidents), alerts: Math.min(400, Math.ceil(flags.incidents / 250)),
            pactCampaigns: Math.min(60, Math.ceil(flags.incidents / 1_500)), electionId: flags.election, append: flags.append,
            today: localDay(new Date(), 7),
            onStep: (step) => progress.step(w.steps[step]),
            onProgress: (p) => progress.update(p),
          });
        });
        progress.end();
        const f = figures;
        const incidentRows = f.incidents.count + f.incidents.transitions;
        const values = {
          election: f.election, seed: flags.seed, now: f.now.toISOString(), location, incidents: formatCount(f.incidents.count, language), open: formatCount(f.incidents.open, language),
          transitions: formatCount(f.incidents.transitions, language), rate: formatCount(incidentRows / Math.max(f.incidents.ms / 1000, 0.001), language),
          units: formatCount(f.units.count, language), unitsCreated: formatCount(f.units.created, language), meetings: formatCount(f.meetings.meetings, language),
          invitations: formatCount(f.meetings.invitations, language), actionItems: formatCount(f.meetings.actionItems, language), overdue: formatCount(f.meetings.overdueActionItems, language),
          alerts: formatCount(f.alerts, language), campaigns: formatCount(f.pacts.campaigns, language), targets: formatCount(f.pacts.targets, language),
          politicalReports: formatCount(f.politicalReports, language), seconds: (f.ms / 1000).toFixed(1),
        };
        process.stdout.write(`${w.summary.map((line) => fillWords(line, values)).join('\n')}\n`);
      } catch (error) {
        progress.end();
        if (!(error instanceof DemoDataRefused)) throw error;
        const message = error.reason === 'has_incidents' ? w.hasIncidents : error.reason === 'no_election' ? w.noElection : w.noGazetteer;
        const params: Record<string, string | number> = { ...error.params, location };
        if (typeof error.params.count === 'number') params.count = formatCount(error.params.count, language);
        process.stderr.write(`sinergi: ${fillWords(message, params)}\n`);
        process.exitCode = 1;
      }
    });
}

/** Progress on stderr: a line rewritten in place on a terminal, else a line at most every two seconds (logs stay short). */
function progressLine(language: Language, stream: NodeJS.WriteStream = process.stderr) {
  const w = DEMO_DATA_WORDS[language];
  let open = false;
  let lastPrinted = 0;
  const finish = () => {
    if (open && stream.isTTY) stream.write('\n');
    open = false;
  };
  return {
    step(text: string) {
      finish();
      stream.write(`${text}…\n`);
    },
    update({ incidents, total, rows, elapsedMs }: { incidents: number; total: number; rows: number; elapsedMs: number }) {
      const line = fillWords(w.progress, {
        done: formatCount(incidents, language), total: formatCount(total, language), rows: formatCount(rows, language), rate: formatCount(rows / Math.max(elapsedMs / 1000, 0.001), language),
      });
      if (stream.isTTY) {
        stream.write(`\r  ${line}\x1b[K`);
        open = true;
        return;
      }
      if (incidents === total || performance.now() - lastPrinted >= 2_000) {
        lastPrinted = performance.now();
        stream.write(`  ${line}\n`);
      }
    },
    end: finish,
  };
}
