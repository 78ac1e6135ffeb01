import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf } from './draft';

describe('the category editor’s draft', () => {
  it('saves clock rules only where they differ from the law, for clocks the category runs, and lowers keywords', () => {
    const draft = draftOf(null);
    draft.clocks = ['pelaporan'];
    draft.keywords = ['Pungli ', ''];
    draft.rules.pelaporan!.pemilu = { amount: 5, unit: 'working_days' };
    draft.rules.penyidikan!.pemilu = { amount: 3, unit: 'calendar_days' };
    const body = bodyOf(draft);
    expect(body.clockRules).toEqual({ pelaporan: { pemilu: { amount: 5, unit: 'working_days' } } });
    expect(body.keywords).toEqual(['pungli']);
    expect(body.version).toBe(0);
  });
});
