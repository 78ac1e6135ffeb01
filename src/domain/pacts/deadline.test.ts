import { describe, expect, it } from 'vitest';
import { localDeadlineText, parseLocalDeadline } from './deadline.js';
import { submittedLate, targetStatus } from './status.js';

describe('parseLocalDeadline', () => {
  it('reads a wall clock in each Indonesian zone as its UTC instant', () => {
    expect(parseLocalDeadline('2024-09-30T23:59', 'WITA')?.toISOString()).toBe('2024-09-30T15:59:00.000Z');
    expect(parseLocalDeadline('2024-09-30T23:59', 'WIB')?.toISOString()).toBe('2024-09-30T16:59:00.000Z');
    expect(parseLocalDeadline('2024-09-30T23:59', 'WIT')?.toISOString()).toBe('2024-09-30T14:59:00.000Z');
    expect(parseLocalDeadline('2024-10-01T05:00', 'WIT')?.toISOString()).toBe('2024-09-30T20:00:00.000Z');
  });

  it.each(['2024-02-30T10:00', '2024-09-30T24:00', '2024-09-30T23:60', '2024-09-30 23:59', '2024-09-30T23:59:00', '1999-12-31T10:00', '', '2024-9-30T23:59'])(
    'refuses %j', (text) => {
      expect(parseLocalDeadline(text, 'WIB')).toBeNull();
    },
  );

  it('shows an instant back as the wall clock it was typed as', () => {
    const at = parseLocalDeadline('2024-09-30T23:59', 'WITA')!;
    expect(localDeadlineText(at, 'WITA')).toBe('2024-09-30T23:59');
    expect(localDeadlineText(at, 'WIB')).toBe('2024-09-30T22:59');
  });
});

describe('lateness across zones', () => {
  const deadline = parseLocalDeadline('2024-09-30T23:59', 'WITA')!;

  it('a target with nothing sent turns terlambat one minute after 23:59 WITA, not at 23:59 WIB', () => {
    expect(targetStatus('belum', deadline, new Date('2024-09-30T15:59:00Z'))).toBe('belum');
    expect(targetStatus('belum', deadline, new Date('2024-09-30T15:59:01Z'))).toBe('terlambat');
    // 23:30 WIB on 30 September is already 00:30 WITA on 1 October.
    expect(targetStatus('belum', deadline, new Date('2024-09-30T16:30:00Z'))).toBe('terlambat');
  });

  it('a rejected target past the deadline is late; pending and verified ones are not', () => {
    const after = new Date('2024-10-02T00:00:00Z');
    expect(targetStatus('ditolak', deadline, after)).toBe('terlambat');
    expect(targetStatus('terkirim', deadline, after)).toBe('terkirim');
    expect(targetStatus('diverifikasi', deadline, after)).toBe('diverifikasi');
    expect(targetStatus('ditolak', deadline, new Date('2024-09-30T10:00:00Z'))).toBe('ditolak');
  });

  it('flags a submission made after the deadline as late', () => {
    expect(submittedLate(new Date('2024-09-30T15:58:59Z'), deadline)).toBe(false);
    expect(submittedLate(new Date('2024-09-30T15:59:00Z'), deadline)).toBe(false);
    expect(submittedLate(new Date('2024-09-30T16:00:00Z'), deadline)).toBe(true);
    expect(submittedLate(null, deadline)).toBe(false);
  });
});
