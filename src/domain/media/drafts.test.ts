import { describe, expect, it } from 'vitest';
import type { Extraction } from '../extraction/types.js';
import { incidentDraft, meetingDraft } from './drafts.js';

const FIELDS: Extraction = {
  event_type: 'deklarasi', event_date: '2024-09-24', regions: [{ code: '13', name: 'SUMATERA BARAT' }, { code: '13.73', name: 'KOTA SAWAHLUNTO' }],
  agencies: ['KPU'], threats: ['hoaks', 'politik_uang'], regulations: [], people: [], deadlines: [],
};
const article = (fields: Extraction) => ({ title: 'Deklarasi damai paslon', body: 'Kedua pasangan calon berikrar menjaga damai.\n\nParagraf kedua.', url: null, source: 'Harian Contoh', fields });

describe('drafts from an article', () => {
  it('suggests the meeting kind of the event: a declaration is an apel, anything else defaults to a rakor', () => {
    expect(meetingDraft(article(FIELDS)).kind).toBe('apel_deklarasi');
    expect(meetingDraft(article({ ...FIELDS, event_type: 'sosialisasi' })).kind).toBe('sosialisasi');
    expect(meetingDraft(article({ ...FIELDS, event_type: 'pemetaan_kerawanan' })).kind).toBe('rakor');
    expect(meetingDraft(article(FIELDS)).summary).toBe('Kedua pasangan calon berikrar menjaga damai.\n\nSumber: Harian Contoh');
  });

  it('puts an incident in the most specific region at noon there, with the first threat that is a category', () => {
    const draft = incidentDraft(article(FIELDS));
    expect(draft.regionCode).toBe('13.73');
    // Noon WIB (UTC+7) is 05:00 UTC.
    expect(draft.occurredAt).toBe('2024-09-24T05:00:00.000Z');
    expect(draft.category).toBe('hoaks');
  });
});
