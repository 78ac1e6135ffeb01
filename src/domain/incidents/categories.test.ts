import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../agencies/catalogue.js';
import { categoryFromText, INCIDENT_CATEGORIES, INCIDENT_CATEGORY_CODES, incidentCategory, normaliseReportText } from './categories.js';
import { CLOCK_CODES, clockDefinition } from './regime.js';
import { INCIDENT_SEVERITIES } from './vocabulary.js';

describe('the default incident catalogue', () => {
  it('has DOMAIN.md §5’s default codes, then the desk extras, exactly', () => {
    expect(INCIDENT_CATEGORY_CODES).toEqual([
      'politik_uang', 'netralitas_asn', 'hoaks', 'politik_identitas', 'kekerasan', 'intimidasi', 'konflik', 'logistik', 'siber', 'bencana', 'golput',
      'kampanye_di_luar_jadwal', 'daftar_pemilih', 'pelanggaran_penyelenggara', 'kkb', 'protes_hasil',
    ]);
  });

  it('names each category in both languages and refers it to a current agency of the catalogue', () => {
    const agencies = new Map(AGENCIES.map((a) => [a.code, a]));
    for (const category of INCIDENT_CATEGORIES) {
      expect(category.name.id.length, category.code).toBeGreaterThan(2);
      expect(category.name.en.length, category.code).toBeGreaterThan(2);
      expect(INCIDENT_SEVERITIES).toContain(category.defaultSeverity);
      for (const code of [category.referralAgency, ...category.alsoConcerns]) {
        expect(agencies.has(code), `${category.code}: ${code}`).toBe(true);
        // A dissolved body (KASN) would send reports nowhere.
        expect(agencies.get(code)?.validTo, `${category.code}: ${code}`).toBeUndefined();
      }
      expect(category.alsoConcerns).not.toContain(category.referralAgency);
    }
  });

  it('runs only clocks Sinergi can start, and election-crime clocks for money politics and intimidation', () => {
    for (const category of INCIDENT_CATEGORIES) {
      for (const clock of category.clocks) {
        expect(CLOCK_CODES).toContain(clock);
        expect(clockDefinition(clock).start.event, `${category.code}: ${clock}`).not.toBe('external');
      }
    }
    expect(incidentCategory('politik_uang')?.clocks).toEqual(['pelaporan', 'kajian_bawaslu', 'penyidikan']);
    expect(incidentCategory('intimidasi')?.clocks).toContain('penyidikan');
    expect(incidentCategory('netralitas_asn')?.clocks).toEqual(['pelaporan', 'kajian_bawaslu']);
    expect(incidentCategory('bencana')?.clocks).toEqual([]);
    expect(incidentCategory('politik_uang')?.referralAgency).toBe('GAKKUMDU');
    expect(incidentCategory('siber')?.referralAgency).toBe('BSSN');
    expect(incidentCategory('nope')).toBeNull();
  });

  it('keeps keywords normalised (lower case, single spaces) and each in one category', () => {
    const seen = new Map<string, string>();
    for (const category of INCIDENT_CATEGORIES) {
      expect(category.keywords.length, category.code).toBeGreaterThanOrEqual(4);
      for (const keyword of category.keywords) {
        expect(normaliseReportText(keyword).trim(), keyword).toBe(keyword);
        expect(seen.get(keyword), `${keyword} in ${category.code} and ${seen.get(keyword)}`).toBeUndefined();
        seen.set(keyword, category.code);
      }
    }
  });
});

describe('categoryFromText', () => {
  it.each([
    ['Ada bagi-bagi AMPLOP di dusun Kayuambua', 'politik_uang'],
    ['serangan fajar jam 4 pagi di TPS 03', 'politik_uang'],
    ['tim sukses bagi uang 50rb', 'politik_uang'],
    ['Kades ikut kampanye paslon 2', 'netralitas_asn'],
    ['video hoax soal paslon nomor 2', 'hoaks'],
    ['Gudang KPU kebanjiran, surat suara basah', 'logistik'],
    ['banjir setinggi lutut di TPS 5', 'bencana'],
    ['situs KPU kab diretas, tampilan di-deface', 'siber'],
    ['massa bentrok usai rapat pleno', 'konflik'],
    ['Pemilih diancam kalau tidak pilih nomor 1', 'intimidasi'],
    ['KKB tembaki pos di distrik', 'kkb'],
    ['APK masa tenang masih terpasang', 'kampanye_di_luar_jadwal'],
    ['banyak pemilih ganda di DPT desa', 'daftar_pemilih'],
    ['Penggelembungan suara di PPK', 'pelanggaran_penyelenggara'],
    ['Warga menolak hasil rekapitulasi', 'protes_hasil'],
    ['Ajakan golput di grup WA', 'golput'],
    ['ceramah berisi isu SARA', 'politik_identitas'],
    ['Ketua KPPS dipukul', 'kekerasan'],
  ] as const)('%s → %s', (text, code) => {
    expect(categoryFromText(text)).toBe(code);
  });

  it('lets the longest keyword win when a text names two things: a guess a person confirms', () => {
    expect(categoryFromText('video hoax soal surat suara tercoblos')).toBe('logistik'); // "surat suara" is longer than "hoax"
  });

  it('matches whole words only, and finds nothing in unrelated text', () => {
    expect(categoryFromText('dptb')).toBe('daftar_pemilih');
    expect(categoryFromText('pasang tenda untuk acara')).toBeNull(); // "asn" inside "pasang" is not a word
    expect(categoryFromText('')).toBeNull();
  });
});
