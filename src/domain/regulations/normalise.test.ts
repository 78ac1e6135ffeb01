import { describe, expect, it } from 'vitest';
import { findRegulations, normaliseRegulation } from './normalise.js';

describe('normaliseRegulation', () => {
  it.each([
    ['UU 10/2016', 'UU 10/2016'],
    ['uu no. 7 tahun 2017', 'UU 7/2017'],
    ['Undang-Undang Nomor 10 Tahun 2016 tentang Pemilihan Gubernur, Bupati, dan Walikota', 'UU 10/2016'],
    ['Undang Undang No 1/2015', 'UU 1/2015'],
    ['Permendagri No. 61 Tahun 2011', 'PERMENDAGRI 61/2011'],
    ['Peraturan Menteri Dalam Negeri Nomor 61 Tahun 2011', 'PERMENDAGRI 61/2011'],
    ['PKPU 2/2024', 'PKPU 2/2024'],
    ['Peraturan KPU Nomor 02 Tahun 2024', 'PKPU 2/2024'],
    ['Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2024', 'PKPU 2/2024'],
    ['Perbawaslu Nomor 9 Tahun 2024', 'PERBAWASLU 9/2024'],
    ['Peraturan Menteri Koordinator Bidang Politik, Hukum dan Keamanan Nomor 4 Tahun 2021', 'PERMENKO POLHUKAM 4/2021'],
    ['Permenko Polhukam 4/2021', 'PERMENKO POLHUKAM 4/2021'],
    ['Perpres 139 Tahun 2024', 'PERPRES 139/2024'],
    ['Peraturan Pemerintah Nomor 12 Tahun 2022', 'PP 12/2022'],
    ['Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014', 'PERPPU 1/2014'],
    ['Ｕｕ １０/２０１６', 'UU 10/2016'],
    ['  pp 2 thn 2015  ', 'PP 2/2015'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseRegulation(input)).toBe(expected);
  });

  it.each(['', 'UU', 'UU 10', '10/2016', 'Peraturan Rahasia 1/2020', 'UU 10/16', 'UU 10/2016 dan PP 2/2015', 'UU 10/1816', 'suatu UU 10/2016'])(
    'refuses %j',
    (input) => {
      expect(normaliseRegulation(input)).toBeNull();
    },
  );
});

describe('findRegulations', () => {
  it('finds every reference once, in order, in running text', () => {
    const text = 'Rapat merujuk Undang-Undang Nomor 10 Tahun 2016 dan PKPU No. 2/2024. Sesuai UU 10/2016, serta '
      + 'Permendagri Nomor 61 Tahun 2011 tentang pedoman pemantauan.';
    expect(findRegulations(text)).toEqual(['UU 10/2016', 'PKPU 2/2024', 'PERMENDAGRI 61/2011']);
  });

  it('does not take a kind out of a longer word or a number out of a longer one', () => {
    expect(findRegulations('KUUP 10/2016 dan Perdagangan 5/2020')).toEqual([]);
    expect(findRegulations('UU 10/20161')).toEqual([]);
  });

  it('reads a reference across a line break', () => {
    expect(findRegulations('berdasarkan Peraturan Menteri\nDalam Negeri Nomor 61\nTahun 2011')).toEqual(['PERMENDAGRI 61/2011']);
  });
});
