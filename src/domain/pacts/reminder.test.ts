import { describe, expect, it } from 'vitest';
import { indonesianDateTime, reminderMessage, type ReminderFacts } from './reminder.js';

const DEADLINE = new Date('2026-12-03T15:59:00Z');
const base: ReminderFacts = {
  officeName: 'Kecamatan Bangli', contactName: 'Made Sari', campaignTitle: 'Pakta Integritas Netralitas ASN Pilkada 2026', deadline: DEADLINE,
  zone: 'WITA', rejected: false, status: 'belum', submittedAt: null, rejectReason: null,
};

describe('indonesianDateTime', () => {
  it.each([
    ['WITA', 'Kamis, 3 Desember 2026 pukul 23.59 WITA'],
    ['WIB', 'Kamis, 3 Desember 2026 pukul 22.59 WIB'],
    ['WIT', 'Jumat, 4 Desember 2026 pukul 00.59 WIT'],
  ] as const)('in %s', (zone, text) => {
    expect(indonesianDateTime(DEADLINE, zone)).toBe(text);
  });
});

describe('reminderMessage', () => {
  it('names the office, the contact, the campaign and the local deadline', () => {
    const text = reminderMessage(base);
    expect(text).toMatch(/^Yth\. Bapak\/Ibu Made Sari\nKecamatan Bangli\n/);
    expect(text).toContain('“Pakta Integritas Netralitas ASN Pilkada 2026”');
    expect(text).toContain('belum kami terima');
    expect(text).toContain('paling lambat Kamis, 3 Desember 2026 pukul 23.59 WITA');
    expect(text).toContain('terima kasih');
  });

  it('addresses the head of office when no contact is known', () => {
    expect(reminderMessage({ ...base, contactName: '  ' })).toMatch(/^Yth\. Pimpinan Kecamatan Bangli\n/);
  });

  it('says the deadline has passed for a late office', () => {
    const text = reminderMessage({ ...base, status: 'terlambat' });
    expect(text).toContain('telah berakhir pada Kamis, 3 Desember 2026 pukul 23.59 WITA');
    expect(text).toContain('segera disampaikan');
  });

  it('asks a rejected office to send again, with the reviewer’s note', () => {
    const text = reminderMessage({ ...base, rejected: true, status: 'ditolak', rejectReason: 'tanda tangan tidak terbaca' });
    expect(text).toContain('belum dapat kami verifikasi (catatan: tanda tangan tidak terbaca)');
    expect(text).toContain('disampaikan kembali paling lambat Kamis, 3 Desember 2026 pukul 23.59 WITA');
  });

  it('keeps the reviewer’s note for a rejected office past the deadline', () => {
    const text = reminderMessage({ ...base, rejected: true, status: 'terlambat', rejectReason: 'tanpa meterai' });
    expect(text).toContain('(catatan: tanpa meterai)');
    expect(text).toContain('telah berakhir pada Kamis, 3 Desember 2026 pukul 23.59 WITA');
    expect(text).toContain('segera disampaikan kembali');
  });

  it('tells an office waiting for review when it arrived', () => {
    const text = reminderMessage({ ...base, status: 'terkirim', submittedAt: new Date('2026-12-02T02:15:00Z') });
    expect(text).toContain('telah kami terima pada Rabu, 2 Desember 2026 pukul 10.15 WITA');
  });
});
