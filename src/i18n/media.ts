import { EVENT_TYPES, THREATS } from '../domain/extraction/vocabulary.js';
import type { Language } from './messages.js';

/**
 * The server's words about media articles (issue 9): refusals by catalogue key (`media.…`), filled
 * into {detail} and {what}; a field's refusal names the values at fault ({values}).
 */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    media_article: 'Artikel media',
    'media.url_invalid': 'alamat artikel harus berupa tautan http atau https',
    'media.body_empty': 'isi artikel wajib diisi',
    'media.link_one': 'sebutkan tepat satu: meetingId atau incidentId',
    'media.meeting_unknown': 'meetingId: rapat tidak ditemukan atau di luar cakupan Anda',
    'media.incident_unknown': 'incidentId: laporan kejadian tidak ditemukan atau di luar cakupan Anda',
    'media.multipart': 'unggahan harus berupa multipart/form-data yang berisi berkas artikel',
    'media.no_files': 'tidak ada berkas artikel dalam unggahan',
    'media.too_many_files': 'terlalu banyak berkas dalam satu unggahan',
    'media.fields.event_type.unknown': `fields.event_type: jenis peristiwa tidak dikenal: {values} (pilihan: ${EVENT_TYPES.join(', ')})`,
    'media.fields.event_date.date': 'fields.event_date: bukan tanggal yang ada, tulis YYYY-MM-DD (contoh 2024-11-27): {values}',
    'media.fields.regions.unknown': 'fields.regions: kode wilayah tidak ada di gazeter Kemendagri: {values}',
    'media.fields.agencies.unknown': 'fields.agencies: instansi tidak dikenal: {values}',
    'media.fields.threats.unknown': `fields.threats: ancaman tidak dikenal: {values} (pilihan: ${THREATS.join(', ')})`,
    'media.fields.regulations.empty': 'fields.regulations: rujukan peraturan tidak boleh kosong',
    'media.fields.people.empty': 'fields.people: nama orang tidak boleh kosong',
    'media.fields.deadlines.date': 'fields.deadlines: tanggal tenggat bukan tanggal yang ada, tulis YYYY-MM-DD: {values}',
    'media.fields.deadlines.empty': 'fields.deadlines: keterangan tenggat tidak boleh kosong',
  },
  en: {
    media_article: 'Media article',
    'media.url_invalid': 'the article address must be an http or https link',
    'media.body_empty': 'the article text is required',
    'media.link_one': 'give exactly one of meetingId or incidentId',
    'media.meeting_unknown': 'meetingId: meeting not found or outside your scope',
    'media.incident_unknown': 'incidentId: incident report not found or outside your scope',
    'media.multipart': 'the upload must be multipart/form-data holding article files',
    'media.no_files': 'the upload holds no article file',
    'media.too_many_files': 'too many files in one upload',
    'media.fields.event_type.unknown': `fields.event_type: unknown event type: {values} (one of ${EVENT_TYPES.join(', ')})`,
    'media.fields.event_date.date': 'fields.event_date: not a real date, write YYYY-MM-DD (e.g. 2024-11-27): {values}',
    'media.fields.regions.unknown': 'fields.regions: region code not in the Kemendagri gazetteer: {values}',
    'media.fields.agencies.unknown': 'fields.agencies: unknown agency: {values}',
    'media.fields.threats.unknown': `fields.threats: unknown threat: {values} (one of ${THREATS.join(', ')})`,
    'media.fields.regulations.empty': 'fields.regulations: a regulation reference cannot be empty',
    'media.fields.people.empty': 'fields.people: a person’s name cannot be empty',
    'media.fields.deadlines.date': 'fields.deadlines: a deadline date is not a real date, write YYYY-MM-DD: {values}',
    'media.fields.deadlines.empty': 'fields.deadlines: a deadline needs a description',
  },
};

export function mediaNouns(lang: Language): Record<string, string> {
  return WORDS[lang];
}
