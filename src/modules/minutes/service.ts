import { buildMinutesDocument } from '../../domain/minutes/document.js';
import type { Db } from '../../db/client.js';
import { MINUTES_LABELS } from '../../i18n/minutes.js';
import type { Language } from '../../i18n/messages.js';
import type { Actor } from '../auth/actor.js';
import { printableLetterhead } from '../letterheads/printable.js';
import type { MeetingService } from '../meetings/service.js';
import { createMinutesRepo } from './repo.js';
import { renderPdf } from './render.js';

/** Minutes (notulen) of a meeting as PDF, for whoever may see the meeting. */
export function createMinutesService(db: Db, meetings: MeetingService) {
  const repo = createMinutesRepo(db);

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
        printableLetterhead(db, meeting.organiser.unitId),
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
