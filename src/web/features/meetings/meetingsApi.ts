import type { z } from 'zod';
import type {
  actionItemSchema, CreateActionItem, CreateDeclaration, CreateFinding, CreateMeeting, CreateSpeaker, CreateStrategy, declarationSchema,
  decisionSchema, findingSchema, Invitation, Invite, inviteResultSchema, Meeting, MeetingDetail, speakerSchema, strategySchema,
  UpdateFinding, UpdateInvitation, UpdateMeeting,
} from '../../../contracts/meetings';
import type { AttendanceImportReport } from '../../../contracts/meeting-sheets';
import type { Person } from '../../../contracts/people';
import { getJson, sendForm, sendJson } from '../../api';
import type { Page } from '../../accountsApi';
import type { Language } from '../../i18n';

export type { CreateActionItem, CreateDeclaration, CreateFinding, CreateMeeting, CreateSpeaker, Invitation, Meeting, MeetingDetail, UpdateMeeting } from '../../../contracts/meetings';
export type { AttendanceImportReport } from '../../../contracts/meeting-sheets';
export type { Person } from '../../../contracts/people';
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Declaration = z.infer<typeof declarationSchema>;
export type InviteResult = z.infer<typeof inviteResultSchema>;

/** The list's filters as the API takes them: instants for from/to (see format.ts). */
export interface MeetingFilters {
  region?: string;
  agency?: string;
  kind?: string;
  from?: string;
  to?: string;
  q?: string;
}

export type MeetingPart = 'speakers' | 'findings' | 'strategies' | 'decisions' | 'declarations';

const meeting = (id: number) => `/meetings/${id}`;

/** Coordination meetings and everything recorded in them (all need the session cookie). */
export const meetingsApi = {
  list: (lang: Language, query: MeetingFilters & { limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<Page<Meeting>>('/meetings', lang, { ...query }, signal),
  detail: (lang: Language, id: number, signal?: AbortSignal) => getJson<MeetingDetail>(meeting(id), lang, undefined, signal),
  create: (lang: Language, input: CreateMeeting) => sendJson<Meeting>('POST', '/meetings', lang, input),
  update: (lang: Language, id: number, changes: UpdateMeeting) => sendJson<Meeting>('PATCH', meeting(id), lang, changes),

  invite: (lang: Language, id: number, input: Partial<Invite>) => sendJson<InviteResult>('POST', `${meeting(id)}/invitations`, lang, input),
  updateInvitation: (lang: Language, id: number, invitationId: number, changes: UpdateInvitation) =>
    sendJson<Invitation>('PATCH', `${meeting(id)}/invitations/${invitationId}`, lang, changes),
  removeInvitation: (lang: Language, id: number, invitationId: number) =>
    sendJson<void>('DELETE', `${meeting(id)}/invitations/${invitationId}`, lang),

  addSpeaker: (lang: Language, id: number, input: CreateSpeaker) => sendJson<Speaker>('POST', `${meeting(id)}/speakers`, lang, input),
  addFinding: (lang: Language, id: number, input: CreateFinding) => sendJson<Finding>('POST', `${meeting(id)}/findings`, lang, input),
  updateFinding: (lang: Language, id: number, findingId: number, changes: UpdateFinding) =>
    sendJson<Finding>('PATCH', `${meeting(id)}/findings/${findingId}`, lang, changes),
  addStrategy: (lang: Language, id: number, input: CreateStrategy) => sendJson<Strategy>('POST', `${meeting(id)}/strategies`, lang, input),
  addDecision: (lang: Language, id: number, text: string) => sendJson<Decision>('POST', `${meeting(id)}/decisions`, lang, { text }),
  addDeclaration: (lang: Language, id: number, input: CreateDeclaration) =>
    sendJson<Declaration>('POST', `${meeting(id)}/declarations`, lang, input),
  sign: (lang: Language, id: number, declarationId: number, signatoryId: number, signed: boolean) =>
    sendJson<Declaration>('PUT', `${meeting(id)}/declarations/${declarationId}/signatories/${signatoryId}`, lang, { signed }),
  removePart: (lang: Language, id: number, part: MeetingPart, partId: number) =>
    sendJson<void>('DELETE', `${meeting(id)}/${part}/${partId}`, lang),

  addActionItem: (lang: Language, id: number, input: CreateActionItem) =>
    sendJson<ActionItem>('POST', `${meeting(id)}/action-items`, lang, input),
  earlierActionItems: (lang: Language, id: number, signal?: AbortSignal) =>
    getJson<{ items: ActionItem[] }>(`${meeting(id)}/earlier-action-items`, lang, undefined, signal),
  carryForward: (lang: Language, id: number, actionItemIds: number[]) =>
    sendJson<{ carried: number }>('POST', `${meeting(id)}/carry-forward`, lang, { actionItemIds }),

  /** Attendance from a CSV/XLSX file; a dry run only reports what it would change. */
  importAttendance: (lang: Language, id: number, file: File, options: { dryRun: boolean; invite: boolean }) => {
    const form = new FormData();
    form.append('file', file);
    const query = new URLSearchParams({ dryRun: String(options.dryRun), invite: String(options.invite), lang });
    return sendForm<AttendanceImportReport>('POST', `${meeting(id)}/attendance/import?${query}`, lang, form);
  },

  people: (lang: Language, unit: number, signal?: AbortSignal) => getJson<Page<Person>>('/people', lang, { unit, limit: 500 }, signal),
};
