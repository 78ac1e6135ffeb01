import { can } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Meeting } from '../../contracts/meetings.js';
import type { Actor } from '../auth/actor.js';
import type { MeetingRepo, MeetingVisibility } from './repo.js';

/** What the actor may see: its region subtree, and for officers also the meetings that invite its unit. */
export function visibilityOf(actor: Actor): MeetingVisibility {
  return { roots: actor.principal.regionCode === null ? null : [actor.principal.regionCode], unitId: actor.principal.unitId };
}

/** The actor may change a meeting when it may write for the organiser unit at its region (officers: their own unit). */
export function canEditMeeting(actor: Actor, meeting: Pick<Meeting, 'organiser'>): boolean {
  return can(actor.principal, 'write', { regionCode: meeting.organiser.regionCode, unitId: meeting.organiser.unitId });
}

/** The meeting when the actor may see it; otherwise, exactly as when it does not exist, a 404. */
export async function visibleMeeting(repo: MeetingRepo, actor: Actor, id: number): Promise<Meeting> {
  const notFound = new AppError('not_found', 404, { what: 'resource' });
  if (!can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw notFound;
  const meeting = await repo.get(id);
  if (!meeting || !(await repo.isVisible(id, visibilityOf(actor)))) throw notFound;
  return meeting;
}

/** The meeting when the actor may change it: 404 when it cannot see it, 403 when it can only read it. */
export async function editableMeeting(repo: MeetingRepo, actor: Actor, id: number): Promise<Meeting> {
  const meeting = await visibleMeeting(repo, actor, id);
  if (!canEditMeeting(actor, meeting)) throw new AppError('forbidden', 403);
  return meeting;
}
