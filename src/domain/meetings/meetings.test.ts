import { describe, expect, it } from 'vitest';
import { canMoveTo, dueInstant, isOverdue } from './action-items.js';
import { resolveTemplate } from './invitation-templates.js';
import { levelOfRegion } from './vocabulary.js';

describe('overdue action items, in the owner’s zone', () => {
  it.each([
    ['WIB', '2024-11-26T16:59:59.999Z', false],
    ['WIB', '2024-11-26T17:00:00.000Z', true],
    ['WITA', '2024-11-26T15:59:59.999Z', false],
    ['WITA', '2024-11-26T16:00:00.000Z', true],
    ['WIT', '2024-11-26T14:59:59.999Z', false],
    ['WIT', '2024-11-26T15:00:00.000Z', true],
  ] as const)('due 2024-11-26 in %s, at %s → overdue %s', (zone, at, overdue) => {
    expect(isOverdue({ status: 'open', dueDate: '2024-11-26' }, zone, new Date(at))).toBe(overdue);
  });

  it('the same instant is overdue in Jayapura and not yet in Jakarta', () => {
    const at = new Date('2024-11-26T16:00:00Z');
    expect(isOverdue({ status: 'in_progress', dueDate: '2024-11-26' }, 'WIT', at)).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2024-11-26' }, 'WIB', at)).toBe(false);
  });

  it('done, cancelled and undated items are never overdue', () => {
    const late = new Date('2030-01-01T00:00:00Z');
    expect(isOverdue({ status: 'done', dueDate: '2024-11-26' }, 'WIB', late)).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2024-11-26' }, 'WIB', late)).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, 'WIB', late)).toBe(false);
  });

  it('a due day ends at local midnight, across a month end', () => {
    expect(dueInstant('2024-11-30', 'WITA').toISOString()).toBe('2024-11-30T16:00:00.000Z');
  });
});

describe('action item transitions', () => {
  it.each([
    ['open', 'in_progress', true], ['open', 'done', true], ['in_progress', 'done', true], ['done', 'open', true],
    ['cancelled', 'open', true], ['done', 'cancelled', false], ['cancelled', 'done', false], ['open', 'open', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveTo(from, to)).toBe(allowed);
  });
});

describe('invitation templates', () => {
  const units = [
    { id: 1, agencyCode: 'PEMDA', regionCode: '51' },
    { id: 2, agencyCode: 'POLRI', regionCode: '51' },
    { id: 3, agencyCode: 'POLRI', regionCode: '51.06' },
    { id: 4, agencyCode: 'KPU', regionCode: '51' },
    { id: 5, agencyCode: 'DPRD', regionCode: '51' },
    { id: 6, agencyCode: 'KEJAKSAAN', regionCode: '51' },
  ];

  it('resolves agencies to the units at exactly that region and names those missing', () => {
    expect(resolveTemplate('forkopimda', '51', units)).toEqual({ unitIds: [1, 2, 5, 6], missingAgencies: ['TNI'] });
    expect(resolveTemplate('forkopimda', '51.06', units)).toEqual({ unitIds: [3], missingAgencies: ['PEMDA', 'DPRD', 'TNI', 'KEJAKSAAN'] });
    expect(resolveTemplate('forkopimda_penyelenggara', '51', units).unitIds).toContain(4);
  });
});

describe('meeting level from a region', () => {
  it.each([[null, 'pusat'], ['51', 'provinsi'], ['51.06', 'kabupaten_kota'], ['51.06.01', 'kecamatan']] as const)('%s → %s', (code, level) => {
    expect(levelOfRegion(code)).toBe(level);
  });
});
