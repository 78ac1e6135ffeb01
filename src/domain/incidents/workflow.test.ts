import { describe, expect, it } from 'vitest';
import { actionsFrom, INCIDENT_ACTIONS, INCIDENT_STATUSES, transition, type IncidentAction, type IncidentStatus } from './workflow.js';

/**
 * Every status × action, written out by hand: the status it leads to, or '—' where it is refused as
 * not allowed. Issue 7: baru → terverifikasi | ditolak | duplikat; terverifikasi → diteruskan →
 * ditindaklanjuti → selesai; a referred report may be referred again; nothing leaves a closed one.
 */
const TABLE: Record<IncidentStatus, Record<IncidentAction, IncidentStatus | '—'>> = {
  baru: { verifikasi: 'terverifikasi', tolak: 'ditolak', tandai_duplikat: 'duplikat', teruskan: '—', tindak_lanjuti: '—', selesaikan: '—' },
  terverifikasi: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: 'diteruskan', tindak_lanjuti: '—', selesaikan: '—' },
  ditolak: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: '—', tindak_lanjuti: '—', selesaikan: '—' },
  duplikat: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: '—', tindak_lanjuti: '—', selesaikan: '—' },
  diteruskan: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: 'diteruskan', tindak_lanjuti: 'ditindaklanjuti', selesaikan: '—' },
  ditindaklanjuti: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: '—', tindak_lanjuti: '—', selesaikan: 'selesai' },
  selesai: { verifikasi: '—', tolak: '—', tandai_duplikat: '—', teruskan: '—', tindak_lanjuti: '—', selesaikan: '—' },
};

/** A request that is complete for its action, so that only the status decides. */
function complete(action: IncidentAction) {
  return {
    action, reason: 'Dicek lewat telepon ke Panwascam',
    unitId: action === 'teruskan' ? 12 : null, duplicateOf: action === 'tandai_duplikat' ? 7 : null,
  };
}

describe('the transition table', () => {
  const cells = INCIDENT_STATUSES.flatMap((status) => INCIDENT_ACTIONS.map((action) => [status, action, TABLE[status][action]] as const));

  it('covers every status and action', () => {
    expect(cells).toHaveLength(INCIDENT_STATUSES.length * INCIDENT_ACTIONS.length);
  });

  it.each(cells)('%s + %s → %s', (status, action, expected) => {
    const result = transition(status, complete(action));
    expect(result).toEqual(expected === '—' ? { ok: false, refusal: 'not_allowed' } : { ok: true, to: expected });
  });

  it('lists the actions each status offers, the same as the table', () => {
    for (const status of INCIDENT_STATUSES) {
      expect(actionsFrom(status), status).toEqual(INCIDENT_ACTIONS.filter((action) => TABLE[status][action] !== '—'));
    }
    expect(actionsFrom('selesai')).toEqual([]);
  });
});

describe('what a transition must carry', () => {
  it('a reason that is more than blanks', () => {
    expect(transition('baru', { action: 'verifikasi', reason: '' })).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transition('baru', { action: 'verifikasi', reason: ' \n\t ' })).toEqual({ ok: false, refusal: 'reason_required' });
    expect(transition('baru', { action: 'verifikasi', reason: 'Foto dan saksi cocok' })).toEqual({ ok: true, to: 'terverifikasi' });
  });

  it('a referral names its unit, and only a referral does', () => {
    expect(transition('terverifikasi', { action: 'teruskan', reason: 'Ranah Gakkumdu' })).toEqual({ ok: false, refusal: 'unit_required' });
    expect(transition('terverifikasi', { action: 'teruskan', reason: 'Ranah Gakkumdu', unitId: null })).toEqual({ ok: false, refusal: 'unit_required' });
    expect(transition('baru', { action: 'verifikasi', reason: 'Benar', unitId: 3 })).toEqual({ ok: false, refusal: 'unit_not_expected' });
  });

  it('a duplicate names the report it repeats, and only a duplicate does', () => {
    expect(transition('baru', { action: 'tandai_duplikat', reason: 'Sama dengan laporan pagi' })).toEqual({ ok: false, refusal: 'duplicate_required' });
    expect(transition('baru', { action: 'tolak', reason: 'Bukan pelanggaran', duplicateOf: 4 })).toEqual({ ok: false, refusal: 'duplicate_not_expected' });
  });

  it('an action not allowed from the status is refused before anything else is looked at', () => {
    expect(transition('selesai', { action: 'teruskan', reason: '' })).toEqual({ ok: false, refusal: 'not_allowed' });
  });
});
