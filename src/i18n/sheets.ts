import type { AttendanceProblem } from '../domain/meetings/attendance-import.js';
import type { ActionStatus, MeetingKind, MeetingLevel, MeetingMode, RsvpState } from '../domain/meetings/vocabulary.js';
import type { Language } from './messages.js';

/** The words of spreadsheet exports and of the attendance import's report, one complete set per language. */
export interface SheetWords {
  yes: string;
  no: string;
  /** File name stems (ASCII), before "-<date>.xlsx". */
  files: { meetings: string; attendance: string; actionItems: string; rates: string };
  sheets: { meetings: string; attendance: string; meeting: string; actionItems: string; rates: string };
  meetings: {
    date: string; time: string; kind: string; title: string; level: string; regions: string; organiser: string; venue: string; mode: string;
    invited: string; present: string; rate: string; findings: string; openActionItems: string;
  };
  /** "Jam datang (WITA)": `{zone}` is filled in. The first columns match the import's column names. */
  attendance: { unit: string; agency: string; person: string; position: string; rsvp: string; present: string; arrival: string; representative: string };
  actionItems: { title: string; meeting: string; meetingDate: string; ownerUnit: string; person: string; dueDate: string; status: string; overdue: string; lastNote: string };
  rates: { agency: string; name: string; meetings: string; invited: string; present: string; rate: string };
  kinds: Record<MeetingKind, string>;
  levels: Record<MeetingLevel, string>;
  modes: Record<MeetingMode, string>;
  rsvp: Record<RsvpState, string>;
  statuses: Record<ActionStatus, string>;
  problems: Record<AttendanceProblem, string>;
  /** Date cells' display format: the way each language writes dates. */
  dateFormat: string;
}

const WORDS: Record<Language, SheetWords> = {
  id: {
    yes: 'ya',
    no: 'tidak',
    files: { meetings: 'rapat', attendance: 'kehadiran-rapat', actionItems: 'tindak-lanjut', rates: 'tingkat-kehadiran' },
    sheets: { meetings: 'Rapat', attendance: 'Kehadiran', meeting: 'Rapat', actionItems: 'Tindak lanjut', rates: 'Tingkat kehadiran' },
    meetings: {
      date: 'Tanggal', time: 'Waktu', kind: 'Jenis', title: 'Judul', level: 'Tingkat', regions: 'Wilayah', organiser: 'Penyelenggara', venue: 'Tempat',
      mode: 'Moda', invited: 'Diundang', present: 'Hadir', rate: 'Kehadiran (%)', findings: 'Temuan', openActionItems: 'Tindak lanjut terbuka',
    },
    attendance: { unit: 'Unit', agency: 'Instansi', person: 'Nama', position: 'Jabatan', rsvp: 'Konfirmasi', present: 'Hadir', arrival: 'Jam datang ({zone})', representative: 'Diwakili oleh' },
    actionItems: {
      title: 'Tindak lanjut', meeting: 'Rapat', meetingDate: 'Tanggal rapat', ownerUnit: 'Unit penanggung jawab', person: 'Penanggung jawab',
      dueDate: 'Tenggat', status: 'Status', overdue: 'Lewat tenggat', lastNote: 'Catatan terakhir',
    },
    rates: { agency: 'Kode instansi', name: 'Instansi', meetings: 'Rapat', invited: 'Diundang', present: 'Hadir', rate: 'Kehadiran (%)' },
    kinds: {
      rakor: 'Rapat koordinasi', rakornis: 'Rapat koordinasi teknis', monev: 'Rapat monitoring dan evaluasi', apel_deklarasi: 'Apel/deklarasi',
      sosialisasi: 'Sosialisasi', bimtek: 'Bimbingan teknis', other: 'Lainnya',
    },
    levels: { pusat: 'Pusat', provinsi: 'Provinsi', kabupaten_kota: 'Kabupaten/kota', kecamatan: 'Kecamatan' },
    modes: { luring: 'Luring', daring: 'Daring', hybrid: 'Hibrida' },
    rsvp: { pending: 'Belum menjawab', accepted: 'Akan hadir', declined: 'Tidak akan hadir', tentative: 'Belum pasti' },
    statuses: { open: 'Terbuka', in_progress: 'Sedang dikerjakan', done: 'Selesai', cancelled: 'Dibatalkan' },
    problems: {
      who_missing: 'Unit atau nama kosong',
      unit_unknown: 'Unit tidak dikenal (bukan undangan rapat ini dan bukan unit di wilayah rapat)',
      not_invited: 'Unit ini tidak diundang (impor dengan invite=true untuk mengundangnya)',
      person_unknown: 'Tidak ada undangan atas nama ini',
      ambiguous: 'Lebih dari satu undangan atau unit cocok; tulis ID unit',
      present_invalid: 'Isi kolom hadir dengan ya/tidak (atau hadir, 1/0, ✓)',
      arrival_invalid: 'Jam datang tidak terbaca (contoh 09:30 atau 2024-07-30 09:30)',
      arrival_out_of_range: 'Jam datang jauh dari waktu rapat',
      arrival_when_absent: 'Ada jam datang padahal tertulis tidak hadir',
      representative_too_long: 'Nama wakil terlalu panjang (maks. 200 karakter)',
      duplicate_in_file: 'Undangan yang sama muncul dua kali dalam berkas ini',
    },
    dateFormat: 'dd/mm/yyyy',
  },
  en: {
    yes: 'yes',
    no: 'no',
    files: { meetings: 'meetings', attendance: 'meeting-attendance', actionItems: 'action-items', rates: 'attendance-rates' },
    sheets: { meetings: 'Meetings', attendance: 'Attendance', meeting: 'Meeting', actionItems: 'Action items', rates: 'Attendance rates' },
    meetings: {
      date: 'Date', time: 'Time', kind: 'Kind', title: 'Title', level: 'Level', regions: 'Regions', organiser: 'Organiser', venue: 'Venue',
      mode: 'Mode', invited: 'Invited', present: 'Present', rate: 'Attendance (%)', findings: 'Findings', openActionItems: 'Open action items',
    },
    attendance: { unit: 'Unit', agency: 'Agency', person: 'Person', position: 'Position', rsvp: 'RSVP', present: 'Present', arrival: 'Arrival ({zone})', representative: 'Represented by' },
    actionItems: {
      title: 'Action item', meeting: 'Meeting', meetingDate: 'Meeting date', ownerUnit: 'Owner unit', person: 'Person in charge',
      dueDate: 'Due date', status: 'Status', overdue: 'Overdue', lastNote: 'Last note',
    },
    rates: { agency: 'Agency code', name: 'Agency', meetings: 'Meetings', invited: 'Invited', present: 'Present', rate: 'Attendance (%)' },
    kinds: {
      rakor: 'Coordination meeting', rakornis: 'Technical coordination meeting', monev: 'Monitoring and evaluation meeting',
      apel_deklarasi: 'Roll call/declaration', sosialisasi: 'Outreach', bimtek: 'Technical guidance', other: 'Other',
    },
    levels: { pusat: 'National', provinsi: 'Province', kabupaten_kota: 'Regency/city', kecamatan: 'District' },
    modes: { luring: 'In person', daring: 'Online', hybrid: 'Hybrid' },
    rsvp: { pending: 'No reply', accepted: 'Accepted', declined: 'Declined', tentative: 'Tentative' },
    statuses: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    problems: {
      who_missing: 'Unit and name are both empty',
      unit_unknown: 'Unknown unit (neither invited to this meeting nor a unit of its regions)',
      not_invited: 'This unit was not invited (import with invite=true to invite it)',
      person_unknown: 'No invitation in this name',
      ambiguous: 'More than one invitation or unit matches; write the unit id',
      present_invalid: 'Write yes/no in the present column (or hadir, 1/0, ✓)',
      arrival_invalid: 'Arrival time not understood (e.g. 09:30 or 2024-07-30 09:30)',
      arrival_out_of_range: 'Arrival time far from the meeting’s time',
      arrival_when_absent: 'An arrival time on a row marked absent',
      representative_too_long: 'Representative’s name is too long (at most 200 characters)',
      duplicate_in_file: 'The same invitation appears twice in this file',
    },
    dateFormat: 'yyyy-mm-dd',
  },
};

/** The spreadsheet words of a language. */
export function sheetWords(lang: Language): SheetWords {
  return WORDS[lang];
}
