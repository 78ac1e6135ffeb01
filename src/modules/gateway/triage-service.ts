import type { IncidentDetail } from '../../contracts/incidents.js';
import type { TriageItem, TriageListQuery, TriageToIncident } from '../../contracts/triage.js';
import { can, type Principal } from '../../domain/access/rules.js';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { IncidentService } from '../incidents/service.js';
import { calendarRegime } from './calendar-regime.js';
import { createTriageRepo, type TriageRecord } from './triage-repo.js';

const notFound = () => new AppError('not_found', 404, { what: 'triage' });
const handled = () => new AppError('conflict', 409, { detail: 'triage.handled' });

/** Triage is desk work: those who write in the message's region (its recognised one, else the sending token's scope). */
const mayHandle = (principal: Principal, record: TriageRecord) => can(principal, 'write', { regionCode: record.homeRegionCode });
/** The sender's number, like a reporter's contact, for those who run the desk over the region. */
const maySeeSender = (principal: Principal, record: TriageRecord) =>
  (principal.role === 'admin' || principal.role === 'coordinator') && can(principal, 'read', { regionCode: record.homeRegionCode });

function view(record: TriageRecord, principal: Principal): TriageItem {
  const { homeRegionCode: _home, sender, ...rest } = record;
  const visible = maySeeSender(principal, record);
  return { ...rest, sender: visible ? sender : null, senderHidden: !visible };
}

/**
 * The triage queue of SMS/WhatsApp messages that could not become reports by themselves (issue 7):
 * listed oldest first for those who handle reports in the region, made into a report once a person
 * settles category and region (the sender stays the reporter, the message's time the report's), or
 * set aside with a reason. Each message is handled once: a second attempt is 409.
 */
export function createTriageService(db: Db, clock: Clock, incidents: IncidentService) {
  const repo = createTriageRepo(db);

  /** 404 for a message the caller cannot read (no enumeration), 403 for one it reads but may not handle, 409 for one handled. */
  async function handleable(actor: Actor, id: number): Promise<TriageRecord> {
    const record = await repo.get(id);
    if (!record || !can(actor.principal, 'read', { regionCode: record.homeRegionCode })) throw notFound();
    if (!mayHandle(actor.principal, record)) throw new AppError('forbidden', 403);
    if (record.status !== 'baru') throw handled();
    return record;
  }

  return {
    async list(actor: Actor, query: TriageListQuery): Promise<{ items: TriageItem[]; total: number }> {
      const { principal } = actor;
      if (!can(principal, 'write', { regionCode: principal.regionCode })) throw new AppError('forbidden', 403);
      const { items, total } = await repo.list(principal.regionCode === null ? null : [principal.regionCode], query);
      return { items: items.map((record) => view(record, principal)), total };
    },

    /**
     * Makes the report through the incidents service (which checks the region and the caller's right
     * to submit there); the message is claimed first, so two people cannot make two reports of it,
     * and released again when the report is refused.
     */
    async toIncident(actor: Actor, id: number, input: TriageToIncident, context: RequestContext): Promise<IncidentDetail> {
      const record = await handleable(actor, id);
      if (!(await repo.handle(id, 'dijadikan_insiden', actor.userId, clock.now()))) throw handled();
      let incident: IncidentDetail;
      try {
        const regime = input.regime ?? record.regime ?? (await calendarRegime(db, input.regionCode, clock.now())) ?? 'pilkada';
        ({ incident } = await incidents.submit(actor, {
          category: input.category, regime, description: input.description ?? (record.description || record.rawText),
          occurredAt: record.receivedAt, knownAt: record.receivedAt, regionCode: input.regionCode,
          tps: input.tps === undefined ? record.tps : input.tps, ...(input.severity ? { severity: input.severity } : {}),
          channel: record.channel, reporterContact: record.sender,
        }, context, `triage:${id}`));
      } catch (error) {
        await repo.release(id);
        throw error;
      }
      await db.transaction(async (tx) => {
        await createTriageRepo(tx).attachIncident(id, incident.id);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_triage.to_incident', entityType: 'incident_triage',
          entityId: String(id), regionCode: incident.region.code, ip: context.ip, client: context.client, at: clock.now(),
          changes: { status: ['baru', 'dijadikan_insiden'], incidentId: [null, incident.id] },
        });
      });
      return incident;
    },

    async dismiss(actor: Actor, id: number, reason: string, context: RequestContext): Promise<TriageItem> {
      const record = await handleable(actor, id);
      await db.transaction(async (tx) => {
        const now = clock.now();
        if (!(await createTriageRepo(tx).handle(id, 'diabaikan', actor.userId, now))) throw handled();
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_triage.dismiss', entityType: 'incident_triage',
          entityId: String(id), regionCode: record.homeRegionCode, ip: context.ip, client: context.client, at: now,
          changes: { status: ['baru', 'diabaikan'], reason: [null, reason] },
        });
      });
      return view((await repo.get(id))!, actor.principal);
    },
  };
}

export type TriageService = ReturnType<typeof createTriageService>;
