import { createHash } from 'node:crypto';
import type { GatewayAnswer, GatewayMessage } from '../../contracts/gateway.js';
import { can } from '../../domain/access/rules.js';
import { canonicalJson, changedFields } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import type { Regime } from '../../domain/incidents/regime.js';
import { parseSmsReport, tpsLabel, type SmsReport } from '../../domain/incidents/sms-format.js';
import type { GatewayChannel, ResolutionProblem } from '../../domain/incidents/triage.js';
import { localDate, timeZoneOfRegion } from '../../domain/regions/timezones.js';
import { acceptedReply, triageReply } from '../../i18n/gateway.js';
import type { Language } from '../../i18n/messages.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { IncidentService } from '../incidents/service.js';
import { builtInCategoryCatalogue, type CategoryCatalogue } from '../incident-categories/catalogue.js';
import { calendarRegime } from './calendar-regime.js';
import { createGatewayRepo } from './repo.js';
import { resolveRegion, type ResolvedRegion } from './resolve-region.js';

type Answer = Omit<GatewayAnswer, 'replayed'>;

/** What a message comes to before anything is written: a report, or a wait in triage. */
interface Reading {
  parsed: SmsReport;
  region: ResolvedRegion;
  category: string | null;
  regime: Regime | null;
  tps: string | null;
  problems: (SmsReport['problems'][number] | ResolutionProblem)[];
}

/** A true repeat carries the same sender and text; the time the gateway puts on it may differ between tries. */
const requestHash = (message: GatewayMessage) => createHash('sha256').update(canonicalJson({ from: message.from, text: message.text })).digest('hex');

/**
 * The SMS/WhatsApp gateway's webhook (issue 7): each message is read (domain/incidents/sms-format.ts),
 * its region found in the gazetteer inside the sender token's scope, and it becomes a report through
 * the incidents service (channel sms/whatsapp, the sender's number as the reporter's contact) or, when
 * region or category cannot be settled, waits in triage. Every message id is answered once: repeats
 * get the first answer.
 */
export function createGatewayService(db: Db, clock: Clock, incidents: IncidentService, categories: CategoryCatalogue = builtInCategoryCatalogue) {
  const repo = createGatewayRepo(db);

  async function read(actor: Actor, text: string, now: Date): Promise<Reading> {
    // The desk's keywords and names as they are now: a keyword added a minute ago is recognised.
    const parsed = parseSmsReport(text, await categories.current());
    const region = await resolveRegion(db, parsed.region, actor.principal);
    const category = parsed.category?.code ?? null;
    const regime = parsed.regime ?? (await calendarRegime(db, region.code ?? actor.principal.regionCode, now));
    // Problems that no longer matter (a category part not understood, then found in the description) are left out.
    const problems = [...parsed.problems, ...region.problems].filter((problem) =>
      problem.part === 'region' ? region.code === null : problem.part === 'category' ? category === null : true);
    return { parsed, region, category, regime, tps: parsed.tps === null ? null : tpsLabel(parsed.tps), problems };
  }

  function recognised(reading: Reading): Answer['recognised'] {
    const { region, category, regime, tps } = reading;
    return { region: region.code ? { code: region.code, name: region.name! } : null, category, regime, tps };
  }

  async function replayOrRefuse(channel: GatewayChannel, messageId: string, hash: string) {
    const stored = await repo.message(channel, messageId);
    if (!stored) return null;
    if (stored.requestHash !== hash) throw new AppError('conflict', 422, { detail: 'gateway.message_id_reused' });
    return stored;
  }

  /** The report through the incidents service, keyed by the message id: a delivery racing the first one gets the same report (replayed). */
  async function toIncident(actor: Actor, channel: GatewayChannel, message: GatewayMessage, receivedAt: Date, reading: Reading, context: RequestContext, lang: Language) {
    // Read with the message; a category removed meanwhile is refused by the submission below.
    const category = await categories.find(reading.category!);
    const { incident, replayed } = await incidents.submit(actor, {
      category: reading.category!, regime: reading.regime ?? 'pilkada',
      // "LAPOR#Bangli#amplop" says all it has in its fields: the message itself is the description.
      description: reading.parsed.description || message.text.trim(),
      occurredAt: receivedAt.toISOString(), knownAt: receivedAt.toISOString(), regionCode: reading.region.code!, tps: reading.tps,
      channel, reporterContact: message.from,
    }, context, `gateway:${channel}:${message.messageId}`);
    const answer: Answer = {
      outcome: 'incident', reference: incident.reference, incidentId: incident.id, triageId: null,
      reply: acceptedReply(lang, { reference: incident.reference, category: category?.name[lang] ?? reading.category!, region: reading.region.name! }),
      recognised: recognised(reading), problems: reading.problems,
    };
    await repo.settle(channel, message.messageId, { incidentId: incident.id, triageId: null }, answer);
    return { answer, replayed };
  }

  return {
    /**
     * Takes one message. 403 for an account or token that may not submit reports; 422 when the id
     * was used before for another sender or text; a repeat returns the first answer (replayed).
     */
    async receive(actor: Actor, channel: GatewayChannel, message: GatewayMessage, context: RequestContext, lang: Language): Promise<{ answer: Answer; replayed: boolean }> {
      if (!can(actor.principal, 'submit', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const hash = requestHash(message);
      const earlier = await replayOrRefuse(channel, message.messageId, hash);
      if (earlier?.answer) return { answer: earlier.answer, replayed: true };
      const now = clock.now();
      // Fixed at the first delivery, so a retry submits the very same report (the incidents' idempotency compares them).
      const stated = message.receivedAt ? new Date(message.receivedAt) : now;
      const receivedAt = earlier?.receivedAt ?? (stated > now ? now : stated);
      const reading = await read(actor, message.text, now);

      if (reading.region.code && reading.category) {
        if (!earlier && !(await repo.claim(channel, message.messageId, hash, receivedAt, now))) {
          const stored = await replayOrRefuse(channel, message.messageId, hash);
          if (stored?.answer) return { answer: stored.answer, replayed: true };
        }
        return toIncident(actor, channel, message, receivedAt, reading, context, lang);
      }

      const outcome = await db.transaction(async (tx) => {
        const txRepo = createGatewayRepo(tx);
        if (!(await txRepo.claim(channel, message.messageId, hash, receivedAt, now))) return null;
        const scope = actor.principal.regionCode;
        const year = localDate(now, timeZoneOfRegion(reading.region.code ?? scope ?? '31')).slice(0, 4);
        const fields = {
          channel, rawText: message.text, sender: message.from, receivedAt, scopeRegionCode: scope, regionCode: reading.region.code,
          category: reading.category, regime: reading.regime, tps: reading.tps, description: reading.parsed.description, problems: reading.problems,
          createdBy: actor.userId,
        };
        const triage = await txRepo.insertTriage(fields, year, now);
        const answer: Answer = {
          outcome: 'triage', reference: triage.reference, incidentId: null, triageId: triage.id, reply: triageReply(lang, triage.reference, reading.problems),
          recognised: recognised(reading), problems: reading.problems,
        };
        await txRepo.settle(channel, message.messageId, { incidentId: null, triageId: triage.id }, answer);
        const { sender: _sender, ...audited } = fields;
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident_triage.create', entityType: 'incident_triage',
          entityId: String(triage.id), regionCode: reading.region.code ?? scope, ip: context.ip, client: context.client, at: now,
          // The sender's number stays out of the audit chain, whose rows can never be erased (as for reports).
          changes: changedFields(null, { ...audited, receivedAt: receivedAt.toISOString(), reference: triage.reference, status: 'baru' }),
        });
        return answer;
      });
      if (outcome) return { answer: outcome, replayed: false };
      // Another delivery of this id won the race: answer as it did, once it has.
      const stored = await replayOrRefuse(channel, message.messageId, hash);
      if (stored?.answer) return { answer: stored.answer, replayed: true };
      throw new AppError('conflict', 409, { detail: 'gateway.in_progress' });
    },
  };
}

export type GatewayService = ReturnType<typeof createGatewayService>;
