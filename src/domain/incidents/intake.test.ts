import { describe, expect, it } from 'vitest';
import { hasControlCharacters, normalisePhone, regimeByCalendar } from './intake.js';

describe('normalisePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['whatsapp:+6281234567890', '+6281234567890'],
    ['(0361) 123456', '+62361123456'],
    ['+60123456789', '+60123456789'],
    ['12345', null],
    ['1234567890', null],
    ['+62 812 3456 7890 1234 5678', null],
    ['BAWASLU', null],
    ['0812abc', null],
    ['', null],
    ['+', null],
  ] as const)('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe('hasControlCharacters', () => {
  it.each([
    ['LAPOR#Bangli#hoaks#video', false],
    ['baris satu\nbaris dua\r\n\tdan tab', false],
    ['emoji 📢 and accents é', false],
    ['bell \u0007', true],
    ['escape \u001b[31m', true],
    ['delete \u007f', true],
    ['C1 \u0085', true],
    ['lone surrogate \ud800', true],
    ['form feed \u000c', true],
  ] as const)('%j → %s', (text, expected) => {
    expect(hasControlCharacters(text)).toBe(expected);
  });
});

describe('regimeByCalendar', () => {
  const elections = [
    { regime: 'pemilu' as const, votingDate: '2024-02-14' },
    { regime: 'pilkada' as const, votingDate: '2024-11-27' },
  ];

  it('takes the election whose voting day is nearest', () => {
    expect(regimeByCalendar(elections, '2024-01-20')).toBe('pemilu');
    expect(regimeByCalendar(elections, '2024-09-30')).toBe('pilkada');
    expect(regimeByCalendar(elections, '2025-03-01')).toBe('pilkada');
    expect(regimeByCalendar(elections, '2023-06-01')).toBe('pemilu');
  });

  it('takes the later election on a tie, and none without elections', () => {
    const twoDaysApart = [{ regime: 'pilkada' as const, votingDate: '2024-01-03' }, { regime: 'pemilu' as const, votingDate: '2024-01-01' }];
    expect(regimeByCalendar(twoDaysApart, '2024-01-02')).toBe('pilkada');
    expect(regimeByCalendar([...twoDaysApart].reverse(), '2024-01-02')).toBe('pilkada');
    expect(regimeByCalendar([], '2024-07-06')).toBeNull();
  });
});
