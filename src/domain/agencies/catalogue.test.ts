import { describe, expect, it } from 'vitest';
import { AGENCIES, agencyKeys, currentAgencyCode, normaliseAgencyText, resolveAgency, type AgencyDefinition } from './catalogue.js';

const catalogue = AGENCIES;

describe('the agency catalogue', () => {
  it('holds every institution of DOMAIN.md §1 once', () => {
    const codes = catalogue.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining([
      'KPU', 'BAWASLU', 'DKPP', 'POLRI', 'TNI', 'KEJAKSAAN', 'BIN', 'BSSN', 'KOMINFO', 'KEMENDAGRI', 'KEMENKO_POLHUKAM',
      'KESBANGPOL', 'PEMDA', 'DPRD', 'DPR', 'GAKKUMDU', 'FORKOPIMDA', 'BKN', 'KEMENPAN_RB', 'KASN', 'MK', 'PENGADILAN',
      'PARPOL', 'TOKOH_MASYARAKAT',
    ]));
  });

  it.each(catalogue.map((a) => [a.code, a] as const))('%s has a code, names in both languages and clean aliases', (code, agency) => {
    expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
    expect(agency.nameId.trim()).not.toBe('');
    expect(agency.nameEn.trim()).not.toBe('');
    for (const alias of agency.aliases) expect(alias).toBe(alias.trim());
    expect(new Set(agencyKeys(agency).slice(3)).size).toBe(agency.aliases.length);
  });

  it('gives every name and alias to exactly one agency', () => {
    const owners = new Map<string, Set<string>>();
    for (const agency of catalogue) {
      for (const key of agencyKeys(agency)) owners.set(key, (owners.get(key) ?? new Set()).add(agency.code));
    }
    const shared = [...owners].filter(([, codes]) => codes.size > 1);
    expect(shared).toEqual([]);
    for (const agency of catalogue) {
      for (const alias of [agency.code, agency.nameId, agency.nameEn, ...agency.aliases]) {
        expect(resolveAgency(alias), alias).toBe(agency.code);
      }
    }
  });

  it('points successors at agencies that exist and are still valid, with well-formed dates', () => {
    const byCode = new Map(catalogue.map((a) => [a.code, a]));
    for (const agency of catalogue) {
      for (const date of [agency.validFrom, agency.validTo]) {
        if (date !== undefined) expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`)), date).toBe(false);
      }
      if (agency.validFrom && agency.validTo) expect(agency.validFrom <= agency.validTo).toBe(true);
      if (agency.successorCode === undefined) continue;
      expect(agency.validTo, `${agency.code} has a successor, so it ended`).toBeDefined();
      expect(byCode.get(agency.successorCode)?.validTo).toBeUndefined();
    }
  });

  it('models the 2024 changes', () => {
    const kasn = catalogue.find((a) => a.code === 'KASN');
    expect(kasn).toMatchObject({ validTo: '2024-08-23', successorCode: 'BKN' });
    expect(catalogue.find((a) => a.code === 'KOMINFO')).toMatchObject({ nameId: 'Kementerian Komunikasi dan Digital' });
    expect(catalogue.find((a) => a.code === 'KOMINFO')?.validTo).toBeUndefined();
    expect(catalogue.find((a) => a.code === 'KEMENKO_POLHUKAM')?.aliases).toContain('KEMENKO_POLKAM');
  });
});

describe('resolveAgency', () => {
  it.each([
    ['KPU', 'KPU'],
    ['kpu', 'KPU'],
    ['K.P.U.', 'KPU'],
    ['KPU Provinsi Bali', 'KPU'],
    ['KPU Kab. Bangli', 'KPU'],
    ['KIP Aceh Besar', 'KPU'],
    ['KPUD Bangli', 'KPU'],
    ['PPK Kintamani', 'KPU'],
    ['P.P.K. Kintamani', 'KPU'],
    ['PPS Desa Songan', 'KPU'],
    ['KPPS TPS 05', 'KPU'],
    ['Komisi Pemilihan Umum', 'KPU'],
    ['komisi pemilihan umum kabupaten bangli', 'KPU'],
    ['General Elections Commission', 'KPU'],
    ['Bawaslu Kab. Bangli', 'BAWASLU'],
    ['BAWASLU RI', 'BAWASLU'],
    ['Badan Pengawas Pemilihan Umum', 'BAWASLU'],
    ['Election Supervisory Agency', 'BAWASLU'],
    ['Panwaslih Kota Banda Aceh', 'BAWASLU'],
    ['Panwascam Kintamani', 'BAWASLU'],
    ['Panwaslu Kelurahan/Desa', 'BAWASLU'],
    ['PKD Songan', 'BAWASLU'],
    ['Pengawas TPS 05', 'BAWASLU'],
    ['DKPP', 'DKPP'],
    ['Sentra Gakkumdu Kab. Bangli', 'GAKKUMDU'],
    ['Gakkumdu', 'GAKKUMDU'],
    ['Polres Bangli', 'POLRI'],
    ['Polresta Denpasar', 'POLRI'],
    ['Polda Bali', 'POLRI'],
    ['Polsek Kintamani', 'POLRI'],
    ['Kapolres Bangli', 'POLRI'],
    ['Kepolisian Daerah Bali', 'POLRI'],
    ['Kodim 1626/Bangli', 'TNI'],
    ['Korem 163/Wira Satya', 'TNI'],
    ['Kodam IX/Udayana', 'TNI'],
    ['Koramil Kintamani', 'TNI'],
    ['TNI AD', 'TNI'],
    ['Kejati Bali', 'KEJAKSAAN'],
    ['Kejari Bangli', 'KEJAKSAAN'],
    ['Kejaksaan Negeri Bangli', 'KEJAKSAAN'],
    ['Binda Bali', 'BIN'],
    ['BIN', 'BIN'],
    ['BSSN', 'BSSN'],
    ['Kominfo', 'KOMINFO'],
    ['Komdigi', 'KOMINFO'],
    ['Kementerian Komunikasi dan Informatika', 'KOMINFO'],
    ['Kementerian Komunikasi dan Digital', 'KOMINFO'],
    ['Diskominfo Kab. Bangli', 'PEMDA'],
    ['Kemendagri', 'KEMENDAGRI'],
    ['Ditjen Polpum Kemendagri', 'KEMENDAGRI'],
    ['Kemenko Polhukam', 'KEMENKO_POLHUKAM'],
    ['Kemenko Polkam', 'KEMENKO_POLHUKAM'],
    ['KEMENKO_POLKAM', 'KEMENKO_POLHUKAM'],
    ['Kemenko-Polhukam', 'KEMENKO_POLHUKAM'],
    ['Bakesbangpol Prov. Bali', 'KESBANGPOL'],
    ['Kesbangpol Bangli', 'KESBANGPOL'],
    ['Satpol PP Bangli', 'PEMDA'],
    ['Satpol P.P.', 'PEMDA'],
    ['BPBD Bangli', 'PEMDA'],
    ['Inspektorat Kab. Bangli', 'PEMDA'],
    ['BKPSDM Bangli', 'PEMDA'],
    ['Pemkab Bangli', 'PEMDA'],
    ['Bupati Bangli', 'PEMDA'],
    ['Forkopimda Bali', 'FORKOPIMDA'],
    ['Forkompinda', 'FORKOPIMDA'],
    ['DPRD Kab. Bangli', 'DPRD'],
    ['Dewan Perwakilan Rakyat Daerah Provinsi Bali', 'DPRD'],
    ['DPR RI', 'DPR'],
    ['Dewan Perwakilan Rakyat', 'DPR'],
    ['BKN', 'BKN'],
    ['KemenPAN-RB', 'KEMENPAN_RB'],
    ['KemenPANRB', 'KEMENPAN_RB'],
    ['KASN', 'KASN'],
    ['Komisi Aparatur Sipil Negara', 'KASN'],
    ['MK', 'MK'],
    ['Mahkamah Konstitusi', 'MK'],
    ['PN Bangli', 'PENGADILAN'],
    ['Pengadilan Negeri Bangli', 'PENGADILAN'],
    ['PTUN Denpasar', 'PENGADILAN'],
    ['Partai Politik', 'PARPOL'],
    ['Tim Kampanye Paslon 01', 'PARPOL'],
    ['Tokoh Masyarakat', 'TOKOH_MASYARAKAT'],
    ['tokoh_masyarakat', 'TOKOH_MASYARAKAT'],
    ['Ormas', 'TOKOH_MASYARAKAT'],
    ['FKUB Bangli', 'TOKOH_MASYARAKAT'],
    ['  bawaslu  ', 'BAWASLU'],
    ['ＫＰＵ', 'KPU'],
  ])('%j → %s', (text, code) => {
    expect(resolveAgency(text)).toBe(code);
  });

  it.each([
    '', '   ', '-', 'Bangli', 'Kabupaten Bangli', 'Kantor Bawaslu Bangli', 'PT Telkom', 'KPUD2', 'Polresx', 'Dewan',
    'Kementerian', 'Pemerintah', 'Badan', 'Komisi',
  ])('%j resolves to nothing', (text) => {
    expect(resolveAgency(text)).toBeNull();
  });
});

describe('normaliseAgencyText', () => {
  it.each([
    ['Bawaslu Kab. Bangli', 'bawaslu kab bangli'],
    ['KEMENKO_POLKAM', 'kemenko polkam'],
    ['P.P.K.', 'ppk'],
    ['Satpol P.P. Bangli', 'satpol pp bangli'],
    ['Kodim 1626/Bangli', 'kodim 1626 bangli'],
    ['Ménko  Polkam', 'menko polkam'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseAgencyText(input)).toBe(expected);
  });
});

describe('currentAgencyCode', () => {
  it.each([
    ['KASN', 'BKN'],
    ['BKN', 'BKN'],
    ['KOMINFO', 'KOMINFO'],
    ['UNKNOWN', 'UNKNOWN'],
  ])('%s → %s', (code, expected) => {
    expect(currentAgencyCode(code)).toBe(expected);
  });

  it('follows chains and stops on a loop', () => {
    const chain: AgencyDefinition[] = [
      { code: 'A', nameId: 'a', nameEn: 'a', aliases: [], successorCode: 'B' },
      { code: 'B', nameId: 'b', nameEn: 'b', aliases: [], successorCode: 'C' },
      { code: 'C', nameId: 'c', nameEn: 'c', aliases: [] },
      { code: 'X', nameId: 'x', nameEn: 'x', aliases: [], successorCode: 'Y' },
      { code: 'Y', nameId: 'y', nameEn: 'y', aliases: [], successorCode: 'X' },
    ];
    expect(currentAgencyCode('A', chain)).toBe('C');
    expect(['X', 'Y']).toContain(currentAgencyCode('X', chain));
  });
});
