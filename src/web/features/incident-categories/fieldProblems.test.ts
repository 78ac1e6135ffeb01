import { describe, expect, it } from 'vitest';
import { fieldProblems, problemAt } from './fieldProblems';

describe('fieldProblems', () => {
  it('reads each refused field of a server message back to its path', () => {
    const problems = fieldProblems('Invalid request: keywords/3: the keyword “amplop” for category hoaks is already used by category politik_uang: a keyword belongs to one category only; clockRules/pelaporan/pilkada/amount: too big');
    expect(problems).toEqual({
      'keywords/3': 'the keyword “amplop” for category hoaks is already used by category politik_uang: a keyword belongs to one category only',
      'clockRules/pelaporan/pilkada/amount': 'too big',
    });
    expect(problemAt(problems, 'keywords')).toContain('amplop');
    expect(problemAt(problems, 'clockRules/pelaporan/pilkada')).toBe('too big');
    expect(problemAt(problems, 'clockRules/pelaporan/pemilu')).toBeUndefined();
  });

  it('finds nothing in a message that names no field', () => {
    expect(fieldProblems('Data ini sudah diubah orang lain sejak Anda membukanya (). Muat ulang.')).toEqual({});
    expect(fieldProblems('Terjadi kesalahan pada server.')).toEqual({});
  });
});
