/**
 * The two legal regimes an incident can fall under (DOMAIN.md §5) and their legal clocks, as data.
 * Pemilu (general elections) is governed by UU 7/2017, Pilkada (regional head elections) by UU 1/2015
 * as amended, mainly by UU 10/2016; the same act can have different windows, and different day kinds,
 * under each. Entries marked `unverified` follow DOMAIN.md where it says so: keep them configurable.
 * A basis names the article only where DOMAIN.md does; the others name the law alone rather than guess.
 */
export const REGIMES = ['pemilu', 'pilkada'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LAWS: Record<Regime, { law: string; name: { id: string; en: string } }> = {
  pemilu: { law: 'UU 7/2017', name: { id: 'Pemilihan Umum', en: 'General election' } },
  pilkada: { law: 'UU 10/2016', name: { id: 'Pemilihan Kepala Daerah', en: 'Regional head election' } },
};

/**
 * How a clock counts: whole days in the region's zone (calendar, or working days that skip weekends,
 * national holidays and cuti bersama), or hours from the instant it starts (the "1×24 jam" rules).
 */
export type ClockUnit = 'calendar_days' | 'working_days' | 'hours';

export interface ClockRule {
  amount: number;
  unit: ClockUnit;
  /** The article it comes from, as lawyers cite it. */
  basis: string;
  /** DOMAIN.md marks it unverified: a desk should confirm it before relying on it. */
  unverified?: boolean;
}

/**
 * What starts a clock, as Sinergi sees it:
 * - `known`: the moment the desk's report says the event became known (`known_at`);
 * - `referral`: the incident's first referral (diteruskan) to a unit of one of `agencies`;
 * - `external`: an act Sinergi does not record (a court filing, a prosecutor's decision). Such
 *   clocks are listed for reference and never computed.
 */
export type ClockStart = { event: 'known' } | { event: 'referral'; agencies: readonly string[] } | { event: 'external' };

/** What meets a clock: the incident is referred on, or the receiving unit records its follow-up. */
export type ClockMet = 'referral' | 'follow_up';

export const CLOCK_CODES = [
  'pelaporan', 'temuan', 'kajian_bawaslu', 'kajian_tambahan', 'penerusan_penyidik', 'penyidikan', 'pengembalian_berkas', 'pelimpahan_berkas',
  'penuntutan', 'putusan_pengadilan', 'banding', 'putusan_banding', 'permohonan_mk', 'putusan_mk',
] as const;
export type ClockCode = (typeof CLOCK_CODES)[number];

export interface ClockDefinition {
  code: ClockCode;
  name: { id: string; en: string };
  start: ClockStart;
  met: ClockMet | null;
  /** The rule under each regime; a regime without one has no such clock (Pilkada has no "temuan" window). */
  rules: Partial<Record<Regime, ClockRule>>;
}

const days = (amount: number, basis: string, unverified = false): ClockRule => ({ amount, unit: 'calendar_days', basis, ...(unverified ? { unverified } : {}) });
const workingDays = (amount: number, basis: string, unverified = false): ClockRule => ({ amount, unit: 'working_days', basis, ...(unverified ? { unverified } : {}) });

/** DOMAIN.md §5, row by row. */
export const CLOCKS: readonly ClockDefinition[] = [
  {
    code: 'pelaporan', name: { id: 'Batas pelaporan pelanggaran', en: 'Deadline to report the violation' },
    start: { event: 'known' }, met: 'referral',
    rules: { pemilu: workingDays(7, 'UU 7/2017 ps. 454 ayat (6)'), pilkada: days(7, 'UU 1/2015 ps. 134 ayat (4)') },
  },
  {
    code: 'temuan', name: { id: 'Penetapan temuan pengawas', en: 'Supervisors’ finding established' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(7, 'UU 7/2017 ps. 454 ayat (5)') },
  },
  {
    code: 'kajian_bawaslu', name: { id: 'Tindak lanjut Bawaslu setelah laporan diregistrasi', en: 'Bawaslu follow-up after registration' },
    start: { event: 'referral', agencies: ['BAWASLU'] }, met: 'follow_up',
    rules: { pemilu: days(7, 'UU 7/2017 ps. 454 ayat (7)'), pilkada: days(3, 'UU 1/2015 ps. 134 ayat (5)') },
  },
  {
    code: 'kajian_tambahan', name: { id: 'Perpanjangan bila perlu keterangan tambahan', en: 'Extension when more information is needed' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: workingDays(14, 'UU 7/2017 ps. 454 ayat (8)'), pilkada: days(2, 'UU 1/2015 ps. 134 ayat (6)') },
  },
  {
    code: 'penerusan_penyidik', name: { id: 'Penerusan ke penyidik Polri setelah dinyatakan tindak pidana', en: 'To the police after Gakkumdu finds a crime' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: { amount: 24, unit: 'hours', basis: 'UU 7/2017 ps. 476' }, pilkada: { amount: 24, unit: 'hours', basis: 'UU 1/2015', unverified: true } },
  },
  {
    code: 'penyidikan', name: { id: 'Penyidikan sampai berkas ke penuntut umum', en: 'Investigation until the file reaches the prosecutor' },
    start: { event: 'referral', agencies: ['GAKKUMDU', 'POLRI'] }, met: 'follow_up',
    rules: { pemilu: days(14, 'UU 7/2017 ps. 480'), pilkada: workingDays(14, 'Peraturan bersama Bawaslu, Polri, Kejaksaan (Sentra Gakkumdu)') },
  },
  {
    code: 'pengembalian_berkas', name: { id: 'Pengembalian berkas oleh penuntut umum', en: 'File returned by the prosecutor' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(3, 'UU 7/2017'), pilkada: workingDays(3, 'UU 1/2015') },
  },
  {
    code: 'pelimpahan_berkas', name: { id: 'Penyerahan kembali berkas oleh penyidik', en: 'File resubmitted by the investigator' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(3, 'UU 7/2017'), pilkada: workingDays(3, 'UU 1/2015') },
  },
  {
    code: 'penuntutan', name: { id: 'Pelimpahan perkara ke pengadilan', en: 'Prosecutor to court' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(5, 'UU 7/2017'), pilkada: workingDays(5, 'UU 1/2015') },
  },
  {
    code: 'putusan_pengadilan', name: { id: 'Putusan pengadilan negeri', en: 'District court verdict' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(7, 'UU 7/2017 ps. 482'), pilkada: days(7, 'UU 1/2015', true) },
  },
  {
    code: 'banding', name: { id: 'Pengajuan dan penerusan banding', en: 'Lodging and forwarding an appeal' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(3, 'UU 7/2017 ps. 482'), pilkada: days(3, 'UU 1/2015', true) },
  },
  {
    code: 'putusan_banding', name: { id: 'Putusan pengadilan tinggi (final)', en: 'High court verdict (final)' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(7, 'UU 7/2017 ps. 482'), pilkada: days(7, 'UU 1/2015', true) },
  },
  {
    code: 'permohonan_mk', name: { id: 'Permohonan perselisihan hasil ke MK', en: 'Results dispute filed with the Constitutional Court' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(3, 'UU 7/2017 (Pilpres)'), pilkada: workingDays(3, 'UU 10/2016 ps. 157 ayat (5)') },
  },
  {
    code: 'putusan_mk', name: { id: 'Putusan MK atas perselisihan hasil', en: 'Constitutional Court decision on the results' },
    start: { event: 'external' }, met: null,
    rules: { pemilu: days(14, 'UU 7/2017 (Pilpres)'), pilkada: workingDays(45, 'UU 10/2016 ps. 157', true) },
  },
];

const BY_CODE: ReadonlyMap<ClockCode, ClockDefinition> = new Map(CLOCKS.map((clock) => [clock.code, clock]));

/** The definition of a clock by its code. */
export function clockDefinition(code: ClockCode): ClockDefinition {
  return BY_CODE.get(code)!;
}
