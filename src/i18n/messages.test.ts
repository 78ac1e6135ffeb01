import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../domain/errors.js';
import { languageFromEnv, languageFromHeader, translateError } from './messages.js';

describe('languageFromHeader', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.2, id;q=0.8', 'id'],
    ['de', 'id'],
    ['en;q=0', 'id'],
    ['en;q=abc', 'id'],
    [';;;,,,', 'id'],
  ])('%j → %s', (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });
});

describe('languageFromEnv', () => {
  it('prefers SINERGI_LANG, then the locale, and defaults to Indonesian', () => {
    expect(languageFromEnv({ SINERGI_LANG: 'en', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'C.UTF-8' })).toBe('id');
    expect(languageFromEnv({})).toBe('id');
  });
});

describe('translateError', () => {
  it('has a message for every code in both languages, with placeholders filled', () => {
    for (const code of ERROR_CODES) {
      for (const lang of ['id', 'en'] as const) {
        const message = translateError(code, lang, { what: 'region', detail: 'x', dir: '/d', pid: 1, target: 'h', found: 3, known: 2 });
        expect(message).not.toMatch(/\{\w+\}/);
        expect(message.length).toBeGreaterThan(5);
      }
    }
  });

  it('translates the nouns it fills in', () => {
    expect(translateError('not_found', 'id', { what: 'region' })).toBe('Wilayah tidak ditemukan.');
    expect(translateError('not_found', 'en', { what: 'region' })).toBe('Region not found.');
  });
});
