import { describe, expect, it } from 'vitest';
import { inChunks } from './chunks.js';

describe('inChunks', () => {
  it.each([
    [[], 3, []],
    [[1, 2], 3, [[1, 2]]],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4, 5, 6, 7], 3, [[1, 2, 3], [4, 5, 6], [7]]],
  ])('cuts %j into slices of %i, in order', (items, size, expected) => {
    expect([...inChunks(items, size)]).toEqual(expected);
  });
});
