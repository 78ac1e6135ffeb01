import { describe, expect, it } from 'vitest';
import { incidentValuesOf, meetingValuesOf } from './recordValues';

const MEETING = {
  kind: 'apel_deklarasi' as const, title: 'Rakor Forkopimda Gianyar', date: '2024-10-08', regionCodes: ['51.04'], regions: [{ code: '51.04', name: 'Kabupaten Gianyar' }],
  agencies: ['FORKOPIMDA'], people: [], legalBasis: ['UU 10/2016'], summary: 'Rapat koordinasi pengamanan.\n\nSumber: https://berita.example/rakor', sourceUrl: 'https://berita.example/rakor',
};

describe('meetingValuesOf', () => {
  it('carries kind, title, day (at the start of the working day), regions, regulations and the summary with its source', () => {
    const values = meetingValuesOf(MEETING);
    expect(values).toMatchObject({ kind: 'apel_deklarasi', title: 'Rakor Forkopimda Gianyar', startsLocal: '2024-10-08T09:00', regionCodes: ['51.04'], legalBasis: ['UU 10/2016'] });
    expect(values.summary).toBe('Rapat koordinasi pengamanan.\n\nSumber: https://berita.example/rakor');
  });

  it('leaves the start empty when the article gives no day', () => {
    expect(meetingValuesOf({ ...MEETING, date: null }).startsLocal).toBe('');
  });
});

describe('incidentValuesOf', () => {
  it('shows the instant as the wall clock of the region it happened in', () => {
    // Noon in Gianyar (WITA, UTC+8) is 04:00 UTC.
    const values = incidentValuesOf({ category: null, regionCode: '51.04', occurredAt: '2024-10-08T04:00:00.000Z', eventDate: '2024-10-08', description: 'Kericuhan.', sourceUrl: null });
    expect(values.occurredAt).toBe('2024-10-08T12:00');
  });

  it('leaves out what the article did not give, so the form keeps its own defaults', () => {
    const values = incidentValuesOf({ category: null, regionCode: '51.04', occurredAt: null, eventDate: null, description: 'Kericuhan di depan kantor KPU.', sourceUrl: null });
    expect(values).toEqual({ regionCode: '51.04', description: 'Kericuhan di depan kantor KPU.' });
  });
});
