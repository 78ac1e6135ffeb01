import { describe, expect, it } from 'vitest';
import { incidentValuesOf, localInputOf, meetingValuesOf } from './recordValues';

describe('localInputOf', () => {
  it('opens a bare date at the start of the working day and keeps a local time', () => {
    expect(localInputOf('2024-10-08')).toBe('2024-10-08T09:00');
    expect(localInputOf('2024-10-08T14:30:00')).toBe('2024-10-08T14:30');
    expect(localInputOf(null)).toBe('');
    expect(localInputOf('8 Oktober')).toBe('');
  });
});

describe('meetingValuesOf', () => {
  it('carries title, date, regions, regulations and the source link into the meeting form', () => {
    const values = meetingValuesOf({
      title: 'Rakor Forkopimda Gianyar', date: '2024-10-08', regionCodes: ['51.04'], summary: 'Rapat koordinasi pengamanan.',
      sourceUrl: 'https://berita.example/rakor', regulations: ['UU 10/2016'],
    });
    expect(values).toMatchObject({ title: 'Rakor Forkopimda Gianyar', startsLocal: '2024-10-08T09:00', regionCodes: ['51.04'], legalBasis: ['UU 10/2016'] });
    expect(values.summary).toBe('Rapat koordinasi pengamanan.\n\nhttps://berita.example/rakor');
  });
});

describe('incidentValuesOf', () => {
  it('leaves out what the article did not give, so the form keeps its own defaults', () => {
    const values = incidentValuesOf({ category: null, regionCode: '51.04', occurredAt: null, description: 'Kericuhan di depan kantor KPU.' });
    expect(values).toEqual({ regionCode: '51.04', description: 'Kericuhan di depan kantor KPU.' });
  });
});
