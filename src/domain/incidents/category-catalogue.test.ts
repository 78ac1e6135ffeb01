import { describe, expect, it } from 'vitest';
import { categoryFromText, INCIDENT_CATEGORIES, incidentCategory } from './categories.js';
import { DEFAULT_CATALOGUE, effectiveCatalogue, type CategorySetting } from './category-catalogue.js';
import { categorySettingSchema, settingProblems, type CategorySettingInput } from './category-setting.js';
import { incidentDeadlines, type IncidentTimeline } from './incident-clocks.js';
import { categoryOfPart } from './sms-category.js';
import { parseSmsReport } from './sms-format.js';
import { DEFAULT_IKP_MODEL } from '../vulnerability/default-model.js';
import { validateModel } from '../vulnerability/validate-model.js';

const politikUang = incidentCategory('politik_uang')!;

/** A setting as a desk saves it, starting from a default. */
const settingFrom = (code: string, changes: Partial<CategorySetting> = {}): CategorySetting => {
  const category = incidentCategory(code)!;
  return {
    code, name: category.name, keywords: category.keywords, defaultSeverity: category.defaultSeverity, referralAgency: category.referralAgency,
    alsoConcerns: category.alsoConcerns, clocks: category.clocks, clockRules: {}, active: true, version: 1, ...changes,
  };
};

const pungli: CategorySetting = {
  code: 'pungli_tps', name: { id: 'Pungutan liar di TPS', en: 'Illegal levies at polling stations' }, keywords: ['pungli', 'pungutan liar'],
  defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: ['POLRI'], clocks: ['pelaporan'], clockRules: {}, active: true, version: 3,
};

describe('the effective catalogue', () => {
  it('without settings is the default catalogue, every category active and not overridden', () => {
    expect(DEFAULT_CATALOGUE.map((category) => category.code)).toEqual(INCIDENT_CATEGORIES.map((category) => category.code));
    expect(DEFAULT_CATALOGUE.every((category) => category.isDefault && !category.overridden && category.active && category.version === 0)).toBe(true);
  });

  it('a setting replaces its default in place; a new code is added after the defaults', () => {
    const catalogue = effectiveCatalogue([pungli, settingFrom('hoaks', { name: { id: 'Hoaks', en: 'Hoaxes' }, active: false, version: 2 })]);
    expect(catalogue).toHaveLength(INCIDENT_CATEGORIES.length + 1);
    const hoaks = catalogue.find((category) => category.code === 'hoaks')!;
    expect(catalogue.indexOf(hoaks)).toBe(INCIDENT_CATEGORIES.findIndex((category) => category.code === 'hoaks'));
    expect(hoaks).toMatchObject({ name: { id: 'Hoaks', en: 'Hoaxes' }, active: false, isDefault: true, overridden: true, version: 2 });
    expect(catalogue.at(-1)).toMatchObject({ code: 'pungli_tps', isDefault: false, overridden: true, version: 3, active: true });
    expect(catalogue.find((category) => category.code === 'politik_uang')).toMatchObject({ overridden: false, version: 0 });
  });

  it('keywords of the effective catalogue are recognised; a switched-off category is no longer guessed from text', () => {
    const catalogue = effectiveCatalogue([pungli, settingFrom('hoaks', { active: false })]);
    expect(categoryFromText('ada pungli di tps 3', catalogue)).toBe('pungli_tps');
    expect(categoryFromText('ada pungli di tps 3')).toBeNull();
    expect(categoryFromText('video hoaks beredar', catalogue)).toBeNull();
    expect(categoryOfPart('pungli', { contains: false, fuzzy: false }, catalogue)).toMatchObject({ code: 'pungli_tps', source: 'keyword' });
    expect(categoryOfPart('Pungutan liar di TPS', { contains: false, fuzzy: false }, catalogue)).toMatchObject({ code: 'pungli_tps', source: 'name' });
    expect(parseSmsReport('LAPOR#Bangli#pungli#diminta bayar 20rb', catalogue).category?.code).toBe('pungli_tps');
    expect(parseSmsReport('LAPOR#Bangli#pungli#diminta bayar 20rb').category).toBeNull();
  });
});

describe('a clock set per category', () => {
  /** Money politics in Kota Denpasar (WITA), known Wednesday 26 March 2025, 10:00 WITA: Nyepi, Idul Fitri and cuti bersama follow. */
  const timeline: IncidentTimeline = {
    regime: 'pemilu', category: 'politik_uang', knownAt: new Date('2025-03-26T02:00:00Z'), zone: 'WITA', referrals: [], followedUpAt: null, setAsideAt: null,
  };
  const now = new Date('2025-03-27T00:00:00Z');

  it('by default the reporting window is 7 working days: past the holidays to Tuesday 15 April', () => {
    const [pelaporan] = incidentDeadlines(timeline, now);
    expect(pelaporan).toMatchObject({ clock: 'pelaporan', amount: 7, unit: 'working_days', configured: false, dueDate: '2025-04-15' });
  });

  it('set to 5 working days it ends on Friday 11 April, 23:59:59.999 WITA; the basis stays the law’s', () => {
    const catalogue = effectiveCatalogue([settingFrom('politik_uang', { clockRules: { pelaporan: { pemilu: { amount: 5, unit: 'working_days' } } } })]);
    const deadlines = incidentDeadlines(timeline, now, catalogue);
    expect(deadlines[0]).toMatchObject({
      clock: 'pelaporan', amount: 5, unit: 'working_days', configured: true, basis: 'UU 7/2017 ps. 454 ayat (6)', dueDate: '2025-04-11',
      dueAt: new Date('2025-04-11T15:59:59.999Z'), state: 'running',
    });
    // Only that regime changes: a Pilkada report keeps 7 calendar days (to 2 April).
    expect(incidentDeadlines({ ...timeline, regime: 'pilkada' }, now, catalogue)[0]).toMatchObject({ amount: 7, unit: 'calendar_days', configured: false, dueDate: '2025-04-02' });
  });

  it('calendar days in place of working days skip nothing: 5 calendar days end on 31 March, a holiday', () => {
    const catalogue = effectiveCatalogue([settingFrom('politik_uang', { clockRules: { pelaporan: { pemilu: { amount: 5, unit: 'calendar_days' } } } })]);
    expect(incidentDeadlines(timeline, now, catalogue)[0]).toMatchObject({ dueDate: '2025-03-31', configured: true });
  });

  it('a category set to run no clocks has none; a new category runs the clocks it lists', () => {
    expect(incidentDeadlines(timeline, now, effectiveCatalogue([settingFrom('politik_uang', { clocks: [] })]))).toEqual([]);
    const deadlines = incidentDeadlines({ ...timeline, category: 'pungli_tps' }, now, effectiveCatalogue([pungli]));
    expect(deadlines.map((deadline) => deadline.clock)).toEqual(['pelaporan']);
  });
});

describe('validating a setting', () => {
  const input = (changes: Partial<CategorySettingInput> = {}): CategorySettingInput => ({
    name: { id: 'Pungutan liar', en: 'Illegal levies' }, keywords: ['pungli'], defaultSeverity: 'sedang', referralAgency: 'BAWASLU', alsoConcerns: [],
    clocks: ['pelaporan'], clockRules: {}, active: true, version: 0, ...changes,
  });
  const messages = (value: unknown) => {
    const result = categorySettingSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes a complete setting', () => {
    expect(messages(input({ clockRules: { pelaporan: { pemilu: { amount: 5, unit: 'working_days' } } } }))).toEqual([]);
  });

  it('refuses empty names, capitals in keywords, unknown agencies, severities and clocks, and impossible amounts', () => {
    expect(messages(input({ name: { id: ' ', en: 'x' } }))).toEqual(['name.id: incident_category.name_required']);
    expect(messages(input({ keywords: ['Pungli'] }))).toEqual(['keywords.0: incident_category.keyword_lower_case']);
    expect(messages(input({ keywords: ['--'] }))).toEqual(['keywords.0: incident_category.keyword_empty']);
    expect(messages({ ...input(), referralAgency: 'FBI' })).toHaveLength(1);
    expect(messages({ ...input(), defaultSeverity: 'gawat' })).toHaveLength(1);
    expect(messages({ ...input(), clocks: ['lusa'] })).toHaveLength(1);
    const rule = (amount: number, unit: string) => messages({ ...input(), clockRules: { pelaporan: { pemilu: { amount, unit } } } });
    expect(rule(0, 'working_days')).toHaveLength(1);
    expect(rule(2.5, 'calendar_days')).toHaveLength(1);
    expect(rule(366, 'calendar_days')).toEqual(['clockRules.pelaporan.pemilu.amount: incident_category.clock_amount_too_large']);
    expect(rule(365, 'calendar_days')).toEqual([]);
    expect(rule(721, 'hours')).toHaveLength(1);
    expect(rule(5, 'weeks')).toHaveLength(1);
    expect(messages({ ...input(), clockRules: { lusa: { pemilu: { amount: 5, unit: 'hours' } } } })).toHaveLength(1);
    expect(messages({ ...input(), extra: true })).toHaveLength(1);
  });

  it('refuses a keyword another category has, naming both, and a keyword twice', () => {
    const problems = settingProblems('pungli_tps', input({ keywords: ['pungli', 'amplop', 'pungli'] }), DEFAULT_CATALOGUE);
    expect(problems).toEqual([
      { field: 'keywords.1', key: 'keyword_taken', params: { keyword: 'amplop', category: 'pungli_tps', other: 'politik_uang' } },
      { field: 'keywords.2', key: 'keyword_duplicate', params: { keyword: 'pungli' } },
    ]);
    // A category keeps its own keywords when it is saved again.
    expect(settingProblems('politik_uang', input({ keywords: [...politikUang.keywords] }), DEFAULT_CATALOGUE)).toEqual([]);
    // Compared as messages are: "Serangan  fajar" would be the same keyword.
    expect(settingProblems('pungli_tps', input({ keywords: ['serangan  fajar'] }), DEFAULT_CATALOGUE)[0]).toMatchObject({ key: 'keyword_taken' });
  });

  it('refuses a new code of the wrong form (a default code is always taken as is)', () => {
    for (const code of ['Pungli', 'pungli-tps', '1pungli', 'pungli__tps', `a${'b'.repeat(40)}`]) {
      expect(settingProblems(code, input(), DEFAULT_CATALOGUE).map((problem) => problem.key), code).toEqual(['code_pattern']);
    }
    expect(settingProblems('pungli_tps2', input(), DEFAULT_CATALOGUE)).toEqual([]);
  });

  it('refuses rules for clocks the category does not run, or in a regime without that clock', () => {
    const problems = settingProblems('pungli_tps', input({
      clocks: ['pelaporan', 'temuan', 'pelaporan'],
      clockRules: { penyidikan: { pemilu: { amount: 3, unit: 'calendar_days' } }, temuan: { pilkada: { amount: 3, unit: 'calendar_days' } } },
    }), DEFAULT_CATALOGUE);
    expect(problems.map((problem) => `${problem.field} ${problem.key}`)).toEqual([
      'clocks.2 clock_repeated', 'clockRules.penyidikan rule_without_clock', 'clockRules.temuan.pilkada rule_without_regime',
    ]);
  });
});

describe('vulnerability tallies of a desk category', () => {
  /** The default model with its first incident tally counting `categories`. */
  function modelCounting(categories: string[]) {
    const model = structuredClone(DEFAULT_IKP_MODEL) as unknown as { dimensions: { subdimensions: { indicators: { derivation?: { source: string; categories?: string[] } }[] }[] }[] };
    const tally = model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.indicators)).find((i) => i.derivation?.source === 'incidents')!;
    tally.derivation!.categories = categories;
    return model;
  }

  it('a model may count a category the desk added once its catalogue is given; the built-in list alone refuses it', () => {
    const codes = effectiveCatalogue([pungli]).map((category) => category.code);
    expect(validateModel(modelCounting(['pungli_tps']), codes).ok).toBe(true);
    expect(validateModel(modelCounting(['pungli_tps'])).ok).toBe(false);
    expect(validateModel(modelCounting(['politik_uang'])).ok).toBe(true);
  });
});
