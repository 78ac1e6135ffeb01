import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_INCIDENT, MAX_FILES_PER_UPLOAD } from '../domain/incidents/attachments.js';
import type { Language } from './messages.js';

const MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/** Why an attachment is refused, and what an attachment is called, filled into {detail} and {what}. */
const WORDS: Record<Language, Record<string, string>> = {
  id: {
    attachment: 'Lampiran',
    'attachment.type': 'Lampiran harus berupa gambar (JPEG, PNG, WebP) atau PDF. Jenis berkas dikenali dari isinya, bukan dari nama atau ekstensinya.',
    'attachment.too_large': `Setiap lampiran paling besar ${MB} MB.`,
    'attachment.too_many': `satu laporan paling banyak memuat ${MAX_ATTACHMENTS_PER_INCIDENT} lampiran; hapus lampiran yang tidak perlu lebih dahulu`,
    'attachment.too_many_files': `Paling banyak ${MAX_FILES_PER_UPLOAD} berkas dalam satu unggahan.`,
    'attachment.missing': 'pilih setidaknya satu berkas (bagian multipart bernama "file")',
    'attachment.empty': 'berkas kosong (0 byte)',
  },
  en: {
    attachment: 'Attachment',
    'attachment.type': 'An attachment must be an image (JPEG, PNG, WebP) or a PDF. The type is recognised from the content, not from the name or extension.',
    'attachment.too_large': `Each attachment may be at most ${MB} MB.`,
    'attachment.too_many': `a report holds at most ${MAX_ATTACHMENTS_PER_INCIDENT} attachments; delete the ones not needed first`,
    'attachment.too_many_files': `At most ${MAX_FILES_PER_UPLOAD} files in one upload.`,
    'attachment.missing': 'choose at least one file (multipart parts named "file")',
    'attachment.empty': 'the file is empty (0 bytes)',
  },
};

export function attachmentNouns(lang: Language): Record<string, string> {
  return WORDS[lang];
}
