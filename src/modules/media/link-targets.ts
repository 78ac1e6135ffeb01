import type { Db } from '../../db/client.js';
import { AppError } from '../../domain/errors.js';
import type { Actor } from '../auth/actor.js';
import { visibleMeeting } from '../meetings/access.js';
import { createMeetingRepo } from '../meetings/repo.js';
import type { LinkTargets } from './service.js';

/** "Not there" for the caller: absent, or outside what they may see. */
async function visible(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 403)) return false;
    throw error;
  }
}

/** Meetings and incidents as the caller sees them, through their own modules' access rules. */
export function createLinkTargets(db: Db, incidents: { detail(actor: Actor, id: number): Promise<unknown> }): LinkTargets {
  const meetings = createMeetingRepo(db);
  return {
    meetingVisible: (actor, id) => visible(() => visibleMeeting(meetings, actor, id)),
    incidentVisible: (actor, id) => visible(() => incidents.detail(actor, id)),
  };
}
