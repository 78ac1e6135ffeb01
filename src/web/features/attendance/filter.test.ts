import { describe, expect, it } from 'vitest';
import type { Invitation } from './api';
import { filterInvitations, inviteeName } from './filter';

const invitation = (id: number, fields: Partial<Invitation>): Invitation => ({
  id, unitId: null, unitName: null, agencyCode: null, personId: null, personName: null, rsvp: 'pending', attendedAt: null, representative: null, ...fields,
});

const list = [
  invitation(1, { unitId: 1, unitName: 'KPU Kab. Bangli', agencyCode: 'KPU' }),
  invitation(2, { unitId: 2, unitName: 'Bawaslu Kabupaten Bangli', agencyCode: 'BAWASLU', attendedAt: '2024-09-30T02:00:00.000Z' }),
  invitation(3, { personId: 9, personName: 'I Gusti Ngurah Rāi' }),
];

describe('attendance filter', () => {
  it.each([
    ['', 'all', [1, 2, 3]],
    ['kpu bangli', 'all', [1]],
    ['BANGLI', 'all', [1, 2]],
    ['kab', 'all', [1, 2]],
    ['rai', 'all', [3]],
    ['bangli', 'present', [2]],
    ['', 'absent', [1, 3]],
    ['polri', 'all', []],
  ] as const)('"%s" showing %s finds %j', (query, show, ids) => {
    expect(filterInvitations(list, query, show).map((item) => item.id)).toEqual(ids);
  });

  it('names a row by its unit, else its person', () => {
    expect(list.map(inviteeName)).toEqual(['KPU Kab. Bangli', 'Bawaslu Kabupaten Bangli', 'I Gusti Ngurah Rāi']);
  });
});
