import type { Invitation, MeetingDetail, UpdateInvitation } from '../../../contracts/meetings';
import { getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type { Invitation, MeetingDetail, UpdateInvitation } from '../../../contracts/meetings';

/** A meeting with its invitations, and one invitation's RSVP or attendance. */
export const attendanceApi = {
  meeting: (lang: Language, id: number, signal?: AbortSignal) => getJson<MeetingDetail>(`/meetings/${id}`, lang, undefined, signal),
  updateInvitation: (lang: Language, meetingId: number, invitationId: number, changes: UpdateInvitation) =>
    sendJson<Invitation>('PATCH', `/meetings/${meetingId}/invitations/${invitationId}`, lang, changes),
};
