import { MAX_PACT_DOCUMENT_BYTES } from '../domain/pacts/requirements.js';
import type { PactLinkErrorCode } from '../domain/pacts/link.js';
import type { Language } from './messages.js';

const MB = MAX_PACT_DOCUMENT_BYTES / (1024 * 1024);

/**
 * The server's words about integrity-pact campaigns (issue 8): refusals by catalogue key (`pact.…`),
 * filled into {detail} and {what}, one complete set per language.
 */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    pact_campaign: 'Kampanye pakta integritas',
    pact_target: 'Sasaran pakta integritas',
    pact_submission: 'Kiriman pakta integritas',
    'pact.deadline_invalid': 'deadlineLocal: tenggat harus berupa tanggal dan jam setempat yang ada, format YYYY-MM-DDTHH:mm (contoh 2024-09-30T23:59)',
    'pact.region_unknown': 'regionCode: kode wilayah tidak ada di gazeter Kemendagri',
    'pact.election_unknown': 'electionId: pemilihan tidak dikenal',
    'pact.campaign_has_submissions': 'kampanye ini sudah menerima kiriman, sehingga tidak dapat dihapus',
    'pact.target_has_submissions': 'sasaran ini sudah mengirim pakta, sehingga tidak dapat dihapus',
    'pact.duplicate_names': 'nama sasaran sudah ada di wilayah yang sama: {names}',
    'pact.target_outside': 'wilayah sasaran harus berada di dalam wilayah kampanye',
    'pact.unit_unknown': 'unitIds: unit tidak dikenal',
    'pact.review_not_pending': 'hanya kiriman yang menunggu pemeriksaan (terkirim) yang dapat diverifikasi atau ditolak',
    'pact.reason_required': 'reason: alasan penolakan wajib diisi',
    'pact.not_open': 'sasaran ini sedang menunggu pemeriksaan atau sudah diverifikasi, sehingga belum dapat mengirim lagi',
    'pact.missing': 'isian wajib belum lengkap: {fields}',
    'pact.field': 'isian tidak valid: {fields}',
    'pact.document_type': 'Dokumen pakta harus berupa PDF, JPEG atau PNG. Jenis berkas dikenali dari isinya, bukan dari nama atau ekstensinya.',
    'pact.document_too_large': `Dokumen pakta paling besar ${MB} MB.`,
    'pact.document_empty': 'berkas dokumen kosong (0 byte)',
    'pact.multipart': 'kirim sebagai multipart/form-data: satu berkas bernama "document" dan isian teks',
    'pact.import_header': 'baris pertama harus memuat kolom nama, jenis dan kode_wilayah',
    'pact.import_empty': 'tidak ada baris sasaran yang valid dalam berkas ini',
    'pact.import_file': 'pilih satu berkas XLSX atau CSV (bagian multipart bernama "file")',
    'pact.row.name_missing': 'Nama sasaran kosong',
    'pact.row.name_too_long': 'Nama sasaran terlalu panjang (maks. 200 karakter)',
    'pact.row.kind_unknown': 'Jenis tidak dikenal (perangkat_daerah, kecamatan, kelurahan, desa, instansi_vertikal, lainnya)',
    'pact.row.region_invalid': 'Bukan kode wilayah Kemendagri (format teks, contoh 51.06.01)',
    'pact.row.region_unknown': 'Kode wilayah tidak ada di gazeter',
    'pact.row.region_outside': 'Wilayah di luar wilayah kampanye',
    'pact.row.contact_too_long': 'Nama kontak terlalu panjang (maks. 200 karakter)',
    'pact.row.email_invalid': 'Alamat email tidak valid',
    'pact.row.phone_invalid': 'Nomor telepon tidak valid',
    'pact.row.duplicate_in_file': 'Nama yang sama dua kali di wilayah yang sama dalam berkas ini',
    'pact.row.already_exists': 'Sasaran dengan nama ini sudah ada di kampanye',
  },
  en: {
    pact_campaign: 'Integrity-pact campaign',
    pact_target: 'Integrity-pact target',
    pact_submission: 'Integrity-pact submission',
    'pact.deadline_invalid': 'deadlineLocal: the deadline must be a local date and time that exists, as YYYY-MM-DDTHH:mm (e.g. 2024-09-30T23:59)',
    'pact.region_unknown': 'regionCode: not in the Kemendagri gazetteer',
    'pact.election_unknown': 'electionId: unknown election',
    'pact.campaign_has_submissions': 'this campaign has received submissions, so it cannot be deleted',
    'pact.target_has_submissions': 'this target has submitted, so it cannot be deleted',
    'pact.duplicate_names': 'target names already present in the same region: {names}',
    'pact.target_outside': 'a target’s region must lie inside the campaign’s region',
    'pact.unit_unknown': 'unitIds: unknown unit',
    'pact.review_not_pending': 'only a submission waiting for review (terkirim) can be verified or rejected',
    'pact.reason_required': 'reason: a rejection needs a reason',
    'pact.not_open': 'this target is waiting for review or already verified, so it cannot submit again yet',
    'pact.missing': 'required fields are missing: {fields}',
    'pact.field': 'invalid fields: {fields}',
    'pact.document_type': 'The pact document must be a PDF, JPEG or PNG. The type is recognised from the content, not from the name or extension.',
    'pact.document_too_large': `The pact document may be at most ${MB} MB.`,
    'pact.document_empty': 'the document file is empty (0 bytes)',
    'pact.multipart': 'send multipart/form-data: one file named "document" and text fields',
    'pact.import_header': 'the first row must hold the columns nama (name), jenis (kind) and kode_wilayah (region_code)',
    'pact.import_empty': 'no valid target rows in this file',
    'pact.import_file': 'choose one XLSX or CSV file (multipart part named "file")',
    'pact.row.name_missing': 'Target name is empty',
    'pact.row.name_too_long': 'Target name is too long (at most 200 characters)',
    'pact.row.kind_unknown': 'Unknown kind (perangkat_daerah, kecamatan, kelurahan, desa, instansi_vertikal, lainnya)',
    'pact.row.region_invalid': 'Not a Kemendagri region code (keep the column as text, e.g. 51.06.01)',
    'pact.row.region_unknown': 'Region code not in the gazetteer',
    'pact.row.region_outside': 'Region outside the campaign’s region',
    'pact.row.contact_too_long': 'Contact name is too long (at most 200 characters)',
    'pact.row.email_invalid': 'Not a valid email address',
    'pact.row.phone_invalid': 'Not a valid phone number',
    'pact.row.duplicate_in_file': 'The same name twice in one region in this file',
    'pact.row.already_exists': 'The campaign already has a target of this name',
  },
};

/** The messages of the link refusals, which the public submission page shows as they are. */
const LINK_ERRORS: Record<Language, Record<PactLinkErrorCode, string>> = {
  id: {
    'pact.link_invalid': 'Tautan pengiriman pakta tidak valid atau sudah diganti dengan tautan baru. Mintalah tautan yang berlaku kepada sekretariat.',
    'pact.link_wrong_target': 'Tautan ini bukan untuk sasaran ini.',
    'pact.link_expired': 'Tautan pengiriman pakta sudah kedaluwarsa. Mintalah tautan baru kepada sekretariat.',
    'pact.link_used': 'Tautan ini sudah dipakai untuk mengirim pakta. Setiap tautan hanya berlaku untuk satu kiriman.',
    'pact.already_verified': 'Pakta integritas sasaran ini sudah diverifikasi; tidak perlu mengirim lagi.',
  },
  en: {
    'pact.link_invalid': 'This pact submission link is not valid or was replaced by a newer one. Ask the secretariat for the current link.',
    'pact.link_wrong_target': 'This link is not for this target.',
    'pact.link_expired': 'This pact submission link has expired. Ask the secretariat for a new one.',
    'pact.link_used': 'This link was already used to submit the pact. Each link serves one submission.',
    'pact.already_verified': 'This target’s integrity pact is already verified; nothing more to send.',
  },
};

export function pactNouns(lang: Language): Record<string, string> {
  return WORDS[lang];
}

export function pactLinkErrors(lang: Language): Record<PactLinkErrorCode, string> {
  return LINK_ERRORS[lang];
}
