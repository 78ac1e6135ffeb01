/**
 * The ready-to-copy reminder a desk sends an office that has not yet had its integrity pact
 * verified (issue 8). Always in Bahasa Indonesia: it goes to Indonesian offices whatever language
 * the desk's screen is in. Times are the campaign region's wall clock with its zone label.
 */
import { UTC_OFFSET_HOURS, type TimeZoneLabel } from '../regions/timezones.js';
import type { PactTargetStatus } from './vocabulary.js';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "Senin, 9 Desember 2026 pukul 23.59 WITA": an instant as the zone's wall clock shows it, the Indonesian way. */
export function indonesianDateTime(at: Date, zone: TimeZoneLabel): string {
  const local = new Date(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} pukul ${hh}.${mm} ${zone}`;
}

export interface ReminderFacts {
  officeName: string;
  contactName: string | null;
  campaignTitle: string;
  deadline: Date;
  zone: TimeZoneLabel;
  /** The stored state beside the shown status: a rejected pact past the deadline shows `terlambat` but still needs its note. */
  rejected: boolean;
  status: PactTargetStatus;
  submittedAt: Date | null;
  rejectReason: string | null;
}

/** The reminder text for one office, worded for where it stands. */
export function reminderMessage(facts: ReminderFacts): string {
  const greeting = facts.contactName?.trim() ? `Yth. Bapak/Ibu ${facts.contactName.trim()}\n${facts.officeName}` : `Yth. Pimpinan ${facts.officeName}`;
  const deadline = indonesianDateTime(facts.deadline, facts.zone);
  const campaign = `“${facts.campaignTitle}”`;
  let body: string;
  const note = facts.rejectReason?.trim() ? ` (catatan: ${facts.rejectReason.trim()})` : '';
  if (facts.rejected) {
    const rejected = `Dengan hormat, pakta integritas ${facts.officeName} untuk ${campaign} yang telah disampaikan belum dapat kami verifikasi${note}. `;
    body = facts.status === 'terlambat'
      ? `${rejected}Batas waktu penyampaian telah berakhir pada ${deadline}; mohon pakta yang telah diperbaiki dapat segera disampaikan kembali.`
      : `${rejected}Mohon pakta yang telah diperbaiki dapat disampaikan kembali paling lambat ${deadline}.`;
  } else if (facts.status === 'belum') {
    body = `Dengan hormat, kami mengingatkan bahwa pakta integritas ${facts.officeName} untuk ${campaign} belum kami terima. `
      + `Mohon pakta tersebut dapat disampaikan paling lambat ${deadline}.`;
  } else if (facts.status === 'terlambat') {
    body = `Dengan hormat, batas waktu penyampaian pakta integritas untuk ${campaign} telah berakhir pada ${deadline}, `
      + `dan pakta ${facts.officeName} belum kami terima. Mohon pakta tersebut dapat segera disampaikan.`;
  } else {
    // terkirim (diverifikasi never gets a reminder): it arrived and waits for the desk's review.
    body = `Dengan hormat, pakta integritas ${facts.officeName} untuk ${campaign} telah kami terima`
      + `${facts.submittedAt ? ` pada ${indonesianDateTime(facts.submittedAt, facts.zone)}` : ''} dan sedang kami periksa. `
      + `Kami akan menghubungi Bapak/Ibu apabila masih ada kekurangan.`;
  }
  return `${greeting}\n\n${body}\n\nAtas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.`;
}
