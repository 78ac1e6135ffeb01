import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { attendanceApi, type Invitation, type MeetingDetail } from './api';

const meetingKey = (lang: Language, id: number) => [PRIVATE, 'meeting', lang, id] as const;

const markKey = (meetingId: number) => ['attendance', meetingId] as const;

/**
 * The meeting with its invitations. Several phones may take attendance at one door, so the list is read
 * again every 20 s, but never while a tap of this phone is on its way (the answer could undo the tick).
 */
export function useMeetingDetail(id: number) {
  const { lang } = useLang();
  const client = useQueryClient();
  const key = meetingKey(lang, id);
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => {
      const cached = client.getQueryData<MeetingDetail>(key);
      if (cached && client.isMutating({ mutationKey: markKey(id) }) > 0) return cached;
      return attendanceApi.meeting(lang, id, signal);
    },
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 15_000,
    refetchInterval: 20_000,
  });
}

/** Replaces one invitation inside the cached meeting, leaving the others (and their pending taps) alone. */
function patchInvitation(client: QueryClient, key: ReturnType<typeof meetingKey>, id: number, changes: Partial<Invitation>) {
  client.setQueryData<MeetingDetail>(key, (meeting) =>
    meeting && { ...meeting, invitations: meeting.invitations.map((inv) => (inv.id === id ? { ...inv, ...changes } : inv)) });
}

/**
 * Marks one invitee present (the server stamps the arrival time) or absent again. The tick shows at once;
 * on failure only this invitation goes back to what it was, so other rows tapped meanwhile keep theirs.
 */
export function useMarkAttendance(meetingId: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  const key = meetingKey(lang, meetingId);
  return useMutation({
    mutationKey: markKey(meetingId),
    mutationFn: ({ invitation, attended }: { invitation: Invitation; attended: boolean }) =>
      attendanceApi.updateInvitation(lang, meetingId, invitation.id, { attended }),
    onMutate: async ({ invitation, attended }) => {
      // A refetch landing after the tick would put the old state back on screen.
      await client.cancelQueries({ queryKey: key });
      patchInvitation(client, key, invitation.id, { attendedAt: attended ? new Date().toISOString() : null });
      return { previous: invitation.attendedAt };
    },
    onError: (_error, { invitation }, context) => patchInvitation(client, key, invitation.id, { attendedAt: context?.previous ?? invitation.attendedAt }),
    onSuccess: (saved) => patchInvitation(client, key, saved.id, saved),
  });
}
