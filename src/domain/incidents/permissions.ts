import { can, type Principal } from '../access/rules.js';
import { actionsFrom, FOLLOW_UP_ACTIONS, type IncidentAction, type IncidentStatus } from './workflow.js';

/** What the incident rules look at: where it happened, who sent it, where it stands and who holds it. */
export interface IncidentAccessTarget {
  regionCode: string;
  createdBy: string | null;
  status: IncidentStatus;
  referredUnitId: number | null;
}

/** The acting principal and the account behind it (a token acts for its owner). */
export interface IncidentActor {
  principal: Principal;
  userId: string;
}

/** Officers of the unit a report was referred to hold it, wherever their own region lies. */
function holdsIt(actor: IncidentActor, incident: IncidentAccessTarget): boolean {
  return actor.principal.role === 'officer' && incident.referredUnitId !== null && actor.principal.unitId === incident.referredUnitId;
}

/**
 * Who reads a report: a reporter only what it sent itself; everyone else who reads its region, and
 * the officers of the unit it was referred to.
 */
export function mayReadIncident(actor: IncidentActor, incident: IncidentAccessTarget): boolean {
  if (actor.principal.role === 'reporter') return incident.createdBy === actor.userId;
  return can(actor.principal, 'read', { regionCode: incident.regionCode }) || holdsIt(actor, incident);
}

/**
 * Who may take an action (the status allowing it is workflow.ts's question):
 * - the desk's triage (verify, reject, mark duplicate, first referral): those who write in the
 *   incident's region, officers of any unit there included;
 * - what belongs to the receiving unit (follow up, close, refer on when it is not theirs): its own
 *   officers, and coordinators and administrators over the region.
 */
export function mayTakeAction(actor: IncidentActor, incident: IncidentAccessTarget, action: IncidentAction): boolean {
  const unitsBusiness = FOLLOW_UP_ACTIONS.includes(action) || (action === 'teruskan' && incident.status === 'diteruskan');
  if (!unitsBusiness) return can(actor.principal, 'write', { regionCode: incident.regionCode });
  return can(actor.principal, 'write', { regionCode: incident.regionCode, unitId: incident.referredUnitId }) || holdsIt(actor, incident);
}

/** The actions the status allows and the actor may take: what a screen offers. */
export function availableActions(actor: IncidentActor, incident: IncidentAccessTarget): IncidentAction[] {
  return actionsFrom(incident.status).filter((action) => mayTakeAction(actor, incident, action));
}

/**
 * Who sees the reporter's contact (and the name of one who asked to stay anonymous): those who run
 * the desk over the region, and the officers of the unit that must act on it. Everyone else, the
 * account that sent it included (an SMS gateway's token must not list every sender's number), sees
 * it withheld.
 */
export function maySeeReporterContact(actor: IncidentActor, incident: IncidentAccessTarget): boolean {
  const { role } = actor.principal;
  if (role === 'admin' || role === 'coordinator') return can(actor.principal, 'read', { regionCode: incident.regionCode });
  return holdsIt(actor, incident);
}
