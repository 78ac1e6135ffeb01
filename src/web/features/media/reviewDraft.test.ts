import { describe, expect, it } from 'vitest';
import type { Extraction } from './api';
import { cleanFields, isChanged } from './reviewDraft';

const SAVED: Extraction = {
  event_type: 'rakor', event_date: '2024-10-08', regions: [{ code: '51.04', name: 'Kabupaten Gianyar' }], agencies: ['KPU'], threats: [],
  regulations: ['UU 10/2016'], people: [{ name: 'I Made Sudarsana', position: 'Ketua KPU Kabupaten Gianyar' }], deadlines: [],
};

describe('cleanFields', () => {
  it('trims texts, drops empty rows and turns empty position and date into null', () => {
    const cleaned = cleanFields({
      ...SAVED, event_date: ' ', regulations: [' PKPU 8/2024 ', ''],
      people: [{ name: ' Ni Luh Ayu ', position: ' ' }, { name: '  ', position: 'Kapolres' }],
      deadlines: [{ date: '', what: '' }, { date: '2024-10-20', what: ' laporan ' }],
    });
    expect(cleaned.event_date).toBeNull();
    expect(cleaned.regulations).toEqual(['PKPU 8/2024']);
    expect(cleaned.people).toEqual([{ name: 'Ni Luh Ayu', position: null }]);
    expect(cleaned.deadlines).toEqual([{ date: '2024-10-20', what: 'laporan' }]);
  });
});

describe('isChanged', () => {
  it('ignores what cleaning removes and notices a removed region', () => {
    expect(isChanged(SAVED, { ...SAVED, people: [...SAVED.people, { name: '', position: null }] })).toBe(false);
    expect(isChanged(SAVED, { ...SAVED, regions: [] })).toBe(true);
  });
});
