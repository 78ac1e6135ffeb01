import { buildMinutesDocument } from '../../domain/minutes/document.js';
import type { MinutesLetterhead } from '../../domain/minutes/types.js';
import type { Db } from '../../db/client.js';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import type { Language } from '../../i18n/messages.js';
import type { Actor } from '../auth/actor.js';
import { readFile } from '../files/repo.js';
import { createLetterheadRepo } from '../letterheads/repo.js';
import type { MeetingService } from '../meetings/service.js';
import { printableLogo } from '../../domain/files/printable-logo.js';
import { createMinutesRepo } from './repo.js';
import { renderPdf } from './render.js';

/** Minutes (notulen) of a meeting as PDF, for whoever may see the meeting. */
export function createMinutesService(db: Db, meetings: MeetingService) {
  const repo = createMinutesRepo(db);
  const letterheads = createLetterheadRepo(db);

  /** The organiser's kop surat with its logo inlined, or null when it never set one. */
  async function letterheadOf(unitId: number): Promise<MinutesLetterhead | null> {
    const record = await letterheads.get(unitId);
    if (!record) return null;
    const logo = record.logoFileId === null ? null : await readFile(db, record.logoFileId);
    // A logo the PDF library would choke on out of our reach is left out, as one it throws on (below).
    const printable = logo !== null && printableLogo(logo.content, logo.mediaType);
    return { lines: record.lines, address: record.address, logo: printable ? `data:${logo.mediaType};base64,${logo.content.toString('base64')}` : null };
  }

  return {
    async pdf(actor: Actor, meetingId: number, lang: Language): Promise<{ bytes: Buffer; fileName: string }> {
      const meeting = await meetings.detail(actor, meetingId);
      const [lookups, letterhead] = await Promise.all([
        repo.lookups({
          regionCodes: meeting.findings.flatMap((f) => (f.regionCode ? [f.regionCode] : [])),
          unitIds: meeting.declarations.flatMap((d) => d.signatories.flatMap((s) => (s.unitId === null ? [] : [s.unitId]))),
          personIds: meeting.invitations.flatMap((i) => (i.personId === null ? [] : [i.personId])),
          organiserRegionCode: meeting.organiser.regionCode,
        }),
        letterheadOf(meeting.organiser.unitId),
      ]);
      const labels = MINUTES_LABELS[lang];
      let bytes: Buffer;
      try {
        bytes = await renderPdf(buildMinutesDocument(meeting, lookups, letterhead, labels));
      } catch (error) {
        // A logo whose first bytes say PNG or JPEG may still not decode: print the minutes without it.
        if (!letterhead?.logo) throw error;
        bytes = await renderPdf(buildMinutesDocument(meeting, lookups, { ...letterhead, logo: null }, labels));
      }
      return { bytes, fileName: `notulen-${meeting.id}.pdf` };
    },
  };
}

export type MinutesService = ReturnType<typeof createMinutesService>;
