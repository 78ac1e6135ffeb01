import { describe, expect, it } from 'vitest';
import { mayManageCampaign, mayReadCampaign } from './permissions.js';
import { missingRequirements } from './requirements.js';
import { maySubmit, reviewOutcome } from './review.js';
import { PACT_TARGET_STATES } from './vocabulary.js';

describe('reviewOutcome', () => {
  it('verifies or rejects only a submission waiting for review', () => {
    expect(reviewOutcome('terkirim', 'diverifikasi', undefined)).toEqual({ ok: true, state: 'diverifikasi', reason: null });
    expect(reviewOutcome('terkirim', 'ditolak', '  Tanda tangan tidak terbaca ')).toEqual({ ok: true, state: 'ditolak', reason: 'Tanda tangan tidak terbaca' });
    for (const state of PACT_TARGET_STATES.filter((s) => s !== 'terkirim')) {
      expect(reviewOutcome(state, 'diverifikasi', null)).toEqual({ ok: false, error: 'pact.review_not_pending' });
      expect(reviewOutcome(state, 'ditolak', 'alasan')).toEqual({ ok: false, error: 'pact.review_not_pending' });
    }
  });

  it('a rejection needs a reason; blanks are none', () => {
    expect(reviewOutcome('terkirim', 'ditolak', undefined)).toEqual({ ok: false, error: 'pact.reason_required' });
    expect(reviewOutcome('terkirim', 'ditolak', '   ')).toEqual({ ok: false, error: 'pact.reason_required' });
  });

  it('a verification drops any reason given', () => {
    expect(reviewOutcome('terkirim', 'diverifikasi', 'bagus')).toMatchObject({ ok: true, reason: null });
  });

  it('only a target with nothing pending or accepted may submit (again after a rejection)', () => {
    expect(maySubmit('belum')).toBe(true);
    expect(maySubmit('ditolak')).toBe(true);
    expect(maySubmit('terkirim')).toBe(false);
    expect(maySubmit('diverifikasi')).toBe(false);
  });
});

describe('campaign permissions', () => {
  const campaign = { regionCode: '51.06' };
  const p = (role: 'admin' | 'coordinator' | 'officer' | 'viewer' | 'reporter', regionCode: string | null) => ({ role, regionCode, unitId: null });

  it.each([
    ['admin', null, true, true],
    ['admin', '51', true, true],
    ['coordinator', '51.06', true, true],
    ['coordinator', '51', true, true],
    ['coordinator', '52', false, false],
    ['coordinator', '51.06.01', false, false],
    ['officer', '51.06', true, false],
    ['viewer', '51', true, false],
    ['reporter', '51.06', false, false],
  ] as const)('%s over %s: read %s, manage %s', (role, region, read, manage) => {
    expect(mayReadCampaign(p(role, region), campaign)).toBe(read);
    expect(mayManageCampaign(p(role, region), campaign)).toBe(manage);
  });
});

describe('missingRequirements', () => {
  const all = { requiresDocument: true, requiresVideo: true, requiresSigner: true, requiresSignedOn: true };
  const empty = { signerName: null, signerNip: null, signerPosition: null, signedOn: null, videoUrl: null, hasDocument: false };

  it('names every required field left out', () => {
    expect(missingRequirements(all, empty)).toEqual(['document', 'videoUrl', 'signerName', 'signerNip', 'signerPosition', 'signedOn']);
    expect(missingRequirements({ ...all, requiresVideo: false, requiresSigner: false }, { ...empty, hasDocument: true })).toEqual(['signedOn']);
  });

  it('asks nothing a campaign does not require', () => {
    expect(missingRequirements({ requiresDocument: false, requiresVideo: false, requiresSigner: false, requiresSignedOn: false }, empty)).toEqual([]);
  });
});
