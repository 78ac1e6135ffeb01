import type { PactTargetKind, PactTargetStatus } from '../domain/pacts/vocabulary.js';
import type { Language } from './messages.js';

/** The words of integrity-pact compliance exports (recap XLSX/PDF, reminder CSV/XLSX), one complete set per language. */
export interface PactComplianceWords {
  yes: string;
  no: string;
  /** File name stems (ASCII), before "-<campaign id>.<ext>". */
  files: { recap: string; reminders: string };
  sheets: { summary: string; byRegion: string; byKind: string; targets: string; reminders: string };
  /** Ringkasan: one label per line. `{zone}` is the campaign's zone label. */
  summary: {
    campaign: string; legalBasis: string; region: string; deadline: string; targets: string; submitted: string; verified: string; rejected: string;
    late: string; missing: string; percentVerified: string; percentSubmitted: string; printedAt: string;
  };
  columns: {
    region: string; regionCode: string; kind: string; name: string; targets: string; submitted: string; verified: string; percentVerified: string;
    status: string; submittedAt: string; late: string; reviewer: string; reviewedAt: string; rejectReason: string;
    contactName: string; contactEmail: string; contactPhone: string; message: string;
  };
  pdf: { title: string; summary: string; byRegion: string; byKind: string; targets: string; page: string; none: string };
  kinds: Record<PactTargetKind, string>;
  statuses: Record<PactTargetStatus, string>;
  /** Date cells' display format: the way each language writes dates. */
  dateFormat: string;
}

const WORDS: Record<Language, PactComplianceWords> = {
  id: {
    yes: 'ya',
    no: 'tidak',
    files: { recap: 'rekap-pakta-integritas', reminders: 'pengingat-pakta-integritas' },
    sheets: { summary: 'Ringkasan', byRegion: 'Per wilayah', byKind: 'Per jenis', targets: 'Daftar sasaran', reminders: 'Pengingat' },
    summary: {
      campaign: 'Kampanye', legalBasis: 'Dasar hukum', region: 'Wilayah', deadline: 'Batas waktu ({zone})', targets: 'Jumlah sasaran',
      submitted: 'Sudah menyampaikan', verified: 'Terverifikasi', rejected: 'Ditolak', late: 'Menyampaikan terlambat', missing: 'Belum menyampaikan',
      percentVerified: 'Terverifikasi (%)', percentSubmitted: 'Sudah menyampaikan (%)', printedAt: 'Dicetak ({zone})',
    },
    columns: {
      region: 'Wilayah', regionCode: 'Kode wilayah', kind: 'Jenis', name: 'Nama sasaran', targets: 'Sasaran', submitted: 'Menyampaikan',
      verified: 'Terverifikasi', percentVerified: 'Terverifikasi (%)', status: 'Status', submittedAt: 'Disampaikan ({zone})', late: 'Terlambat',
      reviewer: 'Pemeriksa', reviewedAt: 'Diperiksa ({zone})', rejectReason: 'Alasan penolakan', contactName: 'Narahubung', contactEmail: 'Email',
      contactPhone: 'Telepon', message: 'Pesan pengingat',
    },
    pdf: {
      title: 'REKAPITULASI PAKTA INTEGRITAS', summary: 'A. Ringkasan', byRegion: 'B. Per wilayah', byKind: 'C. Per jenis sasaran',
      targets: 'D. Daftar sasaran', page: 'Halaman {page} dari {pages}', none: 'Belum ada sasaran.',
    },
    kinds: {
      perangkat_daerah: 'Perangkat daerah', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan', desa: 'Desa', instansi_vertikal: 'Instansi vertikal', lainnya: 'Lainnya',
    },
    statuses: { belum: 'Belum', terkirim: 'Terkirim', diverifikasi: 'Diverifikasi', ditolak: 'Ditolak', terlambat: 'Terlambat' },
    dateFormat: 'dd/mm/yyyy',
  },
  en: {
    yes: 'yes',
    no: 'no',
    files: { recap: 'integrity-pact-recap', reminders: 'integrity-pact-reminders' },
    sheets: { summary: 'Summary', byRegion: 'By region', byKind: 'By kind', targets: 'Targets', reminders: 'Reminders' },
    summary: {
      campaign: 'Campaign', legalBasis: 'Legal basis', region: 'Region', deadline: 'Deadline ({zone})', targets: 'Targets',
      submitted: 'Submitted', verified: 'Verified', rejected: 'Rejected', late: 'Submitted late', missing: 'Not yet submitted',
      percentVerified: 'Verified (%)', percentSubmitted: 'Submitted (%)', printedAt: 'Printed ({zone})',
    },
    columns: {
      region: 'Region', regionCode: 'Region code', kind: 'Kind', name: 'Target', targets: 'Targets', submitted: 'Submitted',
      verified: 'Verified', percentVerified: 'Verified (%)', status: 'Status', submittedAt: 'Submitted at ({zone})', late: 'Late',
      reviewer: 'Reviewer', reviewedAt: 'Reviewed at ({zone})', rejectReason: 'Reason for rejection', contactName: 'Contact', contactEmail: 'Email',
      contactPhone: 'Phone', message: 'Reminder message',
    },
    pdf: {
      title: 'INTEGRITY PACT RECAP', summary: 'A. Summary', byRegion: 'B. By region', byKind: 'C. By kind of target',
      targets: 'D. Targets', page: 'Page {page} of {pages}', none: 'No targets yet.',
    },
    kinds: {
      perangkat_daerah: 'Regional government office', kecamatan: 'District (kecamatan)', kelurahan: 'Urban village (kelurahan)', desa: 'Village (desa)',
      instansi_vertikal: 'Central government office', lainnya: 'Other',
    },
    statuses: { belum: 'Not yet', terkirim: 'Submitted', diverifikasi: 'Verified', ditolak: 'Rejected', terlambat: 'Overdue' },
    dateFormat: 'yyyy-mm-dd',
  },
};

export function pactComplianceWords(lang: Language): PactComplianceWords {
  return WORDS[lang];
}

/** Fills `{zone}` in a header. */
export const withZone = (text: string, zone: string) => text.replace('{zone}', zone);

/** The server's error words of compliance, by catalogue key (`pact_compliance.…`), for the nouns of src/i18n/messages.ts. */
export function pactComplianceNouns(lang: Language): Record<string, string> {
  const nouns: Record<Language, Record<string, string>> = {
    id: { campaign: 'Kampanye pakta integritas' },
    en: { campaign: 'Integrity-pact campaign' },
  };
  return Object.fromEntries(Object.entries(nouns[lang]).map(([key, text]) => [`pact_compliance.${key}`, text]));
}
