import { describe, expect, it } from 'vitest';
import { pilkadaOffice } from './contests.js';

describe('pilkadaOffice', () => {
  it.each([
    ['51', 'provinsi', 'gubernur'],
    ['34', 'provinsi', null],
    ['31', 'provinsi', 'gubernur'],
    ['51.06', 'kabupaten', 'bupati'],
    ['51.71', 'kota', 'walikota'],
    ['31.71', 'kota_administrasi', null],
    ['31.01', 'kabupaten_administrasi', null],
    ['34.71', 'kota', 'walikota'],
    ['51.06.01', 'kecamatan', null],
    ['51.06.01.2001', 'desa', null],
  ] as const)('%s (%s) elects %s', (code, kind, office) => {
    expect(pilkadaOffice(code, kind)).toBe(office);
  });
});
