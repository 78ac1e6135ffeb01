import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { Language } from '../../i18n';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import {
  meetingsApi, type CreateActionItem, type CreateDeclaration, type CreateFinding, type CreateMeeting, type CreateSpeaker,
  type MeetingDetail, type MeetingFilters, type MeetingPart, type UpdateMeeting,
} from './meetingsApi';
import type { z } from 'zod';
import type { createStrategySchema, inviteSchema, UpdateFinding, updateInvitationSchema } from '../../../contracts/meetings';

export const MEETING_PAGE = 25;
/** The calendar asks for one month at once; a desk rarely holds more meetings than this in a month. */
export const CALENDAR_LIMIT = 200;

const LIST = [PRIVATE, 'meetings'] as const;
/** The same key as the attendance checklist's (features/attendance), so both pages share one cached meeting. */
const detailKey = (lang: Language, id: number) => [PRIVATE, 'meeting', lang, id] as const;
const earlierKey = (lang: Language, id: number) => [PRIVATE, 'meeting-earlier', lang, id] as const;

/** Everything cached about one meeting, in any language. */
function aboutMeeting(id: number) {
  return {
    predicate: (query: { queryKey: readonly unknown[] }) =>
      query.queryKey[0] === PRIVATE && (query.queryKey[1] === 'meeting' || query.queryKey[1] === 'meeting-earlier') && query.queryKey[3] === id,
  };
}

export function useMeetings(filters: MeetingFilters, page: number, pageSize = MEETING_PAGE, enabled = true) {
  const { lang } = useLang();
  const paging = { limit: pageSize, offset: (page - 1) * pageSize };
  return useQuery({
    queryKey: [...LIST, lang, filters, paging],
    queryFn: ({ signal }) => meetingsApi.list(lang, { ...filters, ...paging }, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    enabled,
  });
}

export function useMeeting(id: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: detailKey(lang, id),
    queryFn: ({ signal }) => meetingsApi.detail(lang, id, signal),
    // Switching language asks again; the page (and any edit in progress) stays meanwhile.
    placeholderData: (previous) => (previous?.id === id ? previous : undefined),
    staleTime: 5_000,
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useEarlierActionItems(id: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: earlierKey(lang, id),
    queryFn: ({ signal }) => meetingsApi.earlierActionItems(lang, id, signal),
    staleTime: 10_000,
  });
}

export function usePeople(unitId: number | null) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [PRIVATE, 'people', lang, unitId],
    queryFn: ({ signal }) => meetingsApi.people(lang, unitId ?? 0, signal),
    enabled: unitId !== null,
    staleTime: 60_000,
  });
}

export function useElectionStages(election: string | null, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['elections', 'stages', lang, election, region ?? null],
    queryFn: ({ signal }) => api.stages(lang, election ?? '', region, signal),
    enabled: election !== null,
  });
}

export function useElectionContests(election: string | null, region: string | undefined) {
  const { lang } = useLang();
  return useQuery({
    queryKey: ['elections', 'contests', lang, election, region ?? null],
    queryFn: ({ signal }) => api.contests(lang, election ?? '', region, signal),
    enabled: election !== null && region !== undefined,
  });
}

export function useCreateMeeting() {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: CreateMeeting) => meetingsApi.create(lang, input),
    onSuccess: () => client.invalidateQueries({ queryKey: LIST }),
  });
}

export function useUpdateMeeting(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (changes: UpdateMeeting) => meetingsApi.update(lang, id, changes),
    onSuccess: () => Promise.all([client.invalidateQueries(aboutMeeting(id)), client.invalidateQueries({ queryKey: LIST })]),
  });
}

/**
 * One write about a meeting's parts; afterwards the meeting page (and what hangs on it) is read again.
 * The mutation resolves only once the page holds the new state, so a form can clear and take the next entry.
 */
function useMeetingWrite<I, O>(id: number, write: (lang: Language, input: I) => Promise<O>) {
  const client = useQueryClient();
  const { lang } = useLang();
  return useMutation({
    mutationFn: (input: I) => write(lang, input),
    onSuccess: () => client.invalidateQueries(aboutMeeting(id)),
  });
}

export const useInvite = (id: number) =>
  useMeetingWrite(id, (lang, input: Partial<z.input<typeof inviteSchema>>) => meetingsApi.invite(lang, id, input));
/**
 * RSVP and attendance: the switch or choice shows at once (a door check-in must not wait for the
 * network); on failure the meeting is read again, putting back what the server holds.
 */
export function useUpdateInvitation(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  const key = detailKey(lang, id);
  return useMutation({
    mutationFn: ({ invitationId, changes }: { invitationId: number; changes: z.input<typeof updateInvitationSchema> }) =>
      meetingsApi.updateInvitation(lang, id, invitationId, changes),
    onMutate: async ({ invitationId, changes }) => {
      await client.cancelQueries({ queryKey: key });
      client.setQueryData<MeetingDetail>(key, (meeting) => meeting && {
        ...meeting,
        invitations: meeting.invitations.map((invitation) => invitation.id !== invitationId ? invitation : {
          ...invitation,
          rsvp: changes.rsvp ?? invitation.rsvp,
          attendedAt: changes.attended === undefined ? invitation.attendedAt : changes.attended ? new Date().toISOString() : null,
        }),
      });
    },
    onSettled: () => client.invalidateQueries(aboutMeeting(id)),
  });
}
export const useRemoveInvitation = (id: number) =>
  useMeetingWrite(id, (lang, invitationId: number) => meetingsApi.removeInvitation(lang, id, invitationId));
export const useAddSpeaker = (id: number) => useMeetingWrite(id, (lang, input: CreateSpeaker) => meetingsApi.addSpeaker(lang, id, input));
export const useAddFinding = (id: number) => useMeetingWrite(id, (lang, input: CreateFinding) => meetingsApi.addFinding(lang, id, input));
export const useAddStrategy = (id: number) =>
  useMeetingWrite(id, (lang, input: z.input<typeof createStrategySchema>) => meetingsApi.addStrategy(lang, id, { findingIds: [], ...input }));
export const useAddDecision = (id: number) => useMeetingWrite(id, (lang, text: string) => meetingsApi.addDecision(lang, id, text));
export const useAddDeclaration = (id: number) =>
  useMeetingWrite(id, (lang, input: CreateDeclaration) => meetingsApi.addDeclaration(lang, id, input));
/** Ticks a signatory signed (or not) at once, then reads the meeting again. */
export function useSign(id: number) {
  const client = useQueryClient();
  const { lang } = useLang();
  const key = detailKey(lang, id);
  return useMutation({
    mutationFn: ({ declarationId, signatoryId, signed }: { declarationId: number; signatoryId: number; signed: boolean }) =>
      meetingsApi.sign(lang, id, declarationId, signatoryId, signed),
    onMutate: async ({ declarationId, signatoryId, signed }) => {
      await client.cancelQueries({ queryKey: key });
      client.setQueryData<MeetingDetail>(key, (meeting) => meeting && {
        ...meeting,
        declarations: meeting.declarations.map((declaration) => declaration.id !== declarationId ? declaration : {
          ...declaration,
          signatories: declaration.signatories.map((signatory) =>
            signatory.id === signatoryId ? { ...signatory, signedAt: signed ? new Date().toISOString() : null } : signatory),
        }),
      });
    },
    onSettled: () => client.invalidateQueries(aboutMeeting(id)),
  });
}
export const useRemovePart = (id: number) =>
  useMeetingWrite(id, (lang, { part, partId }: { part: MeetingPart; partId: number }) => meetingsApi.removePart(lang, id, part, partId));
export const useAddActionItem = (id: number) =>
  useMeetingWrite(id, (lang, input: CreateActionItem) => meetingsApi.addActionItem(lang, id, input));
export const useImportAttendance = (id: number) =>
  useMeetingWrite(id, (lang, { file, dryRun, invite }: { file: File; dryRun: boolean; invite: boolean }) =>
    meetingsApi.importAttendance(lang, id, file, { dryRun, invite }));
export const useCarryForward = (id: number) =>
  useMeetingWrite(id, (lang, actionItemIds: number[]) => meetingsApi.carryForward(lang, id, actionItemIds));
export const useUpdateFinding = (id: number) =>
  useMeetingWrite(id, (lang, { findingId, changes }: { findingId: number; changes: UpdateFinding }) =>
    meetingsApi.updateFinding(lang, id, findingId, changes));
