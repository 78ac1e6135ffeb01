import { describe, expect, it } from 'vitest';
import { pageCount } from './pageCount';

describe('pageCount', () => {
  it('counts the pages of an exact total', () => {
    expect(pageCount({ total: 1_001, pageSize: 500, page: 1, totalCapped: false, hasNext: true })).toBe(3);
    expect(pageCount({ total: 0, pageSize: 500, page: 1, totalCapped: false, hasNext: false })).toBe(0);
  });

  it('past a capped count offers one page more than reached while there is a next', () => {
    expect(pageCount({ total: 10_000, pageSize: 500, page: 1, totalCapped: true, hasNext: true })).toBe(20);
    expect(pageCount({ total: 10_000, pageSize: 500, page: 20, totalCapped: true, hasNext: true })).toBe(21);
    expect(pageCount({ total: 10_000, pageSize: 500, page: 35, totalCapped: true, hasNext: true })).toBe(36);
    expect(pageCount({ total: 10_000, pageSize: 500, page: 35, totalCapped: true, hasNext: false })).toBe(35);
  });
});
