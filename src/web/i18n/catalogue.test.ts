import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value, path) : [[path, value]];
  });
}

const catalogues = { id: leaves(id), en: leaves(en) };

describe('web UI catalogues', () => {
  it('have exactly the same keys in Indonesian and English', () => {
    const idKeys = catalogues.id.map(([key]) => key).sort();
    const enKeys = catalogues.en.map(([key]) => key).sort();
    expect(enKeys).toEqual(idKeys);
  });

  it.each(Object.entries(catalogues))('%s has only non-empty strings', (_lang, entries) => {
    expect(entries.length).toBeGreaterThan(20);
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) => String(text).match(/\{\{\w+\}\}/g)?.sort() ?? [];
    const enByKey = new Map(catalogues.en);
    const mismatched = catalogues.id
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(enByKey.get(key))))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
