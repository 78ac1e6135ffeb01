/**
 * Names of kabupaten/kota that news writes other than the gazetteer does: common abbreviations
 * ("Inhil", "Kukar", "Tangsel") and older or colloquial names. Keys are letters only, lower case.
 * Province short forms live in domain/regions/province-aliases.ts and are read from there.
 */
export const REGENCY_SHORT_FORMS: Readonly<Record<string, string>> = {
  // Sumatera
  madina: '12.13', taput: '12.02', tapteng: '12.01', tapsel: '12.03', humbahas: '12.16', sergai: '12.18',
  labusel: '12.22', labura: '12.23', paluta: '12.20', palas: '12.21', tobasamosir: '12.12', tobasa: '12.12',
  pematangsiantar: '12.72', siantar: '12.72', padangsidempuan: '12.77',
  pessel: '13.01', padangpariaman: '13.05', pasbar: '13.12', solsel: '13.11', limapuluhkota: '13.07',
  inhil: '14.04', inhu: '14.02', kuansing: '14.09', rohil: '14.07', rohul: '14.06', meranti: '14.10',
  tanjabbar: '15.06', tanjabtim: '15.07', muarojambi: '15.05', batanghari: '15.04',
  muba: '16.06', oku: '16.01', oki: '16.02', okut: '16.08', okus: '16.09', pali: '16.12', muratara: '16.13',
  muaraenim: '16.03', lubuklinggau: '16.73', pagaralam: '16.72',
  lamsel: '18.01', lamteng: '18.02', lampura: '18.03', lambar: '18.04', tuba: '18.05', lamtim: '18.07',
  tubaba: '18.12', pesibar: '18.13',
  babar: '19.03', bateng: '19.04', basel: '19.05', beltim: '19.06',
  // Jawa, Bali, Nusa Tenggara
  jakpus: '31.71', jakut: '31.72', jakbar: '31.73', jaksel: '31.74', jaktim: '31.75',
  kbb: '32.17', tangsel: '36.74', solo: '33.72', kulonprogo: '34.01', gunungkidul: '34.03',
  lobar: '52.01', loteng: '52.02', lotim: '52.03', klu: '52.08', ksb: '52.07',
  tts: '53.04', ttu: '53.05', sbd: '53.18', mabar: '53.15', matim: '53.19',
  // Kalimantan
  kotim: '62.02', kobar: '62.01', barut: '62.05', bartim: '62.13', barsel: '62.04', kubar: '64.02',
  kukar: '64.03', kutim: '64.04', ppu: '64.09', mahulu: '64.11', ktt: '65.04',
  tanbu: '63.10', tala: '63.01', batola: '63.04', hss: '63.06', hst: '63.07', hsu: '63.08',
  // Sulawesi
  bolmong: '71.01', bolsel: '71.11', boltim: '71.10', bolmut: '71.08', minut: '71.06', minsel: '71.05',
  mitra: '71.09', parimo: '72.08', touna: '72.09', bangkep: '72.07', balut: '72.11', morut: '72.12',
  pangkep: '73.10', sidrap: '73.14', lutra: '73.22', lutim: '73.24', tator: '73.18', torut: '73.26',
  selayar: '73.01', konsel: '74.05', konut: '74.09', konkep: '74.14', koltim: '74.11', kolut: '74.08',
  busel: '74.15', buteng: '74.16', butur: '74.10', mubar: '74.13', gorut: '75.05', bonbol: '75.03',
  polman: '76.04', mateng: '76.06',
  // Maluku, Papua
  malteng: '81.01', mbd: '81.08', kkt: '81.03', sbb: '81.06', sbt: '81.05', halut: '82.03', halsel: '82.04',
  halbar: '82.01', haltim: '82.06', halteng: '82.02', pegaf: '92.11', bintuni: '92.06', sorsel: '96.02',
};

/**
 * One-word names that are also everyday words or common personal names ("Batu", "Metro", "Puncak",
 * "Bima"): read as a place only after a kind word ("Kota Batu", "Kabupaten Puncak") or in a dateline.
 */
export const NAMES_NEEDING_KIND: ReadonlySet<string> = new Set([
  'batu', 'metro', 'puncak', 'batang', 'banjar', 'bima', 'buru', 'pati', 'bone', 'karo', 'muna', 'lingga', 'kapuas',
  'seram', 'aru', 'sula', 'ende', 'belu', 'malaka', 'kaur', 'tebo', 'bungo', 'sigi', 'agam', 'tual', 'toba', 'paser',
  'madina', 'kudus', 'teluk', 'kota', 'intan', 'jaya', 'tala', 'tuba', 'mitra', 'solo', 'tator', 'balut', 'pali',
  'sarmi', 'siak', 'asahan',
]);
