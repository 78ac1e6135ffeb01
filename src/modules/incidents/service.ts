import { createHash } from 'node:crypto';
import type { CreateIncident, IncidentCategoryView, IncidentDetail, IncidentList, IncidentListQuery, TransitionRequest } from '../../contracts/incidents.js';
import { can, inScope } from '../../domain/access/rules.js';
import { canonicalJson, changedFields } from '../../domain/audit/chain.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { mayReadIncident, mayTakeAction, type IncidentActor } from '../../domain/incidents/permissions.js';
import { transition } from '../../domain/incidents/workflow.js';
import { isWithin } from '../../domain/regions/codes.js';
import { localDate, type TimeZoneLabel } from '../../domain/regions/timezones.js';
import { refusalKey } from '../../i18n/incidents.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, appendAuditRows, fieldsChangedSince, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { LiveBus } from '../live/bus.js';
import type { IncidentMap, IncidentMapQuery } from '../../contracts/incident-map.js';
import { incidentMapPoints } from './map-points.js';
import { createIncidentRepo, type IncidentRecord, type IncidentVisibility, type NewIncident } from './repo.js';
import { detailView, incidentView } from './views.js';
import { builtInCategoryCatalogue, type CategoryCatalogue } from '../incident-categories/catalogue.js';
import { categoryView } from '../incident-categories/views.js';
import { guardMerge } from '../incident-duplicates/repo.js';
import { incidentSources } from '../incident-duplicates/service.js';

/** A phone's clock may run a little ahead: times up to this far in the future are taken as now. */
const FUTURE_SKEW_MS = 5 * 60_000;

/** What a referral calls inside its transaction, with the report as it was before it moved. */
/** A region by code, with its time zone, or null when the gazetteer has none. */
export type RegionLookup = (code: string) => Promise<{ code: string; timeZone: TimeZoneLabel } | null>;

export type ReferralHook = (tx: DbTransaction, incident: IncidentRecord, referral: { unitId: number; reason: string; at: Date; version: number }) => Promise<unknown>;

/** What a submission answers: the report, and whether it is the answer to an earlier request with the same key. */
export interface Submission {
  incident: IncidentDetail;
  replayed: boolean;
}

const incidentActor = (actor: Actor): IncidentActor => ({ principal: actor.principal, userId: actor.userId });
const invalid = (detail: string) => new AppError('invalid', 400, { detail });
const notFound = () => new AppError('not_found', 404, { what: 'incident' });

/** Whose keys a key belongs to: the account, apart for its sessions and its tokens. */
const keyScope = (actor: Actor) => `${actor.type}:${actor.userId}`;
/** The request as parsed (before defaults such as "known now"), so a retry hashes the same. */
const requestHash = (input: CreateIncident) => createHash('sha256').update(canonicalJson(input)).digest('hex');

export function visibilityOf(actor: Actor): IncidentVisibility {
  const { principal } = actor;
  if (principal.role === 'reporter') return { reporterId: actor.userId, roots: null, unitId: null };
  return { reporterId: null, roots: principal.regionCode === null ? null : [principal.regionCode], unitId: principal.role === 'officer' ? principal.unitId : null };
}

/** Whose reports GET /incidents shows `actor`, refused (403) as the list refuses: the export reads the same rows. */
export function listVisibility(actor: Actor): IncidentVisibility {
  if (actor.principal.role !== 'reporter' && !can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
  return visibilityOf(actor);
}

/**
 * Incident reports (issue 7): submitted by anyone who may submit in the region (with an optional
 * idempotency key), read by region or as the receiving unit (reporters: their own), moved through
 * the workflow of src/domain/incidents/workflow.ts with a reason and an audit row each.
 */
export function createIncidentService(db: Db, clock: Clock, live?: Pick<LiveBus, 'publish' | 'publishAll'>, categories: CategoryCatalogue = builtInCategoryCatalogue) {
  const repo = createIncidentRepo(db);
  /** Told of each new report after its transaction committed (early-warning rules); never fails the submission. */
  const createdListeners: ((report: Pick<NewIncident, 'regionCode' | 'category'>) => void)[] = [];
  const reportCreated = (report: Pick<NewIncident, 'regionCode' | 'category'>) => {
    for (const listener of createdListeners) {
      try {
        listener(report);
      } catch {
        // A listener's own failure is its business (the alerts sweep catches up).
      }
    }
  };
  /** Called inside each referral's transaction (notifications: the receiving unit is told); set by services.ts. */
  let onReferral: ReferralHook | null = null;

  /** Tells the live feed inside `tx` that a report moved: the event goes out when, and only if, the write commits. */
  const announceChange = (tx: DbTransaction, id: number, regionCode: string) =>
    live?.publish(tx, { type: 'incident.changed', id: String(id), regionCode, at: clock.now().toISOString() });

  async function render(record: IncidentRecord, actor: Actor): Promise<IncidentDetail> {
    return { ...detailView(record, await repo.transitions([record.id]), incidentActor(actor), clock.now(), await categories.current()), sources: await incidentSources(db, record.id, actor) };
  }

  async function readable(actor: Actor, id: number): Promise<IncidentRecord> {
    const record = await repo.get(id);
    if (!record || !mayReadIncident(incidentActor(actor), record)) throw notFound();
    return record;
  }

  /** The checked, defaulted fields of a new report; 400/403 before anything is written. */
  async function prepare(actor: Actor, input: CreateIncident, regionOf: RegionLookup = repo.region): Promise<NewIncident> {
    const region = await regionOf(input.regionCode);
    if (!region) throw invalid('incident.region_unknown');
    if (!can(actor.principal, 'submit', { regionCode: region.code })) throw new AppError('forbidden', 403);
    // Unknown or switched off: 400 (a report made before it was switched off keeps it).
    const category = await categories.forNewReport(input.category);
    const now = clock.now();
    const occurredAt = new Date(input.occurredAt);
    const knownAt = input.knownAt ? new Date(input.knownAt) : now;
    const latest = now.getTime() + FUTURE_SKEW_MS;
    if (occurredAt.getTime() > latest || knownAt.getTime() > latest) throw invalid('incident.in_future');
    if (knownAt < occurredAt) throw invalid('incident.known_before_occurred');
    return {
      category: category.code, regime: input.regime, description: input.description, occurredAt, knownAt, regionCode: region.code,
      latitude: input.latitude ?? null, longitude: input.longitude ?? null, tps: input.tps || null, severity: input.severity ?? category.defaultSeverity,
      channel: input.channel ?? (actor.type === 'token' ? 'api' : 'web'), reporterName: input.reporterName || null,
      reporterContact: input.reporterContact || null, reporterAnonymous: input.reporterAnonymous ?? false, createdBy: actor.userId,
    };
  }

  /**
   * Stores reports and their audit rows inside `tx`, in the order given, a batch in a few statements
   * (an imported file's 2,000 rows must not cost 20,000 round trips). `beforeAudit` sees the new ids
   * first; the audit rows come last: they take the chain's turn. The ids, in order.
   */
  async function insert(tx: DbTransaction, actor: Actor, batch: readonly NewIncident[], context: RequestContext, beforeAudit?: (ids: number[]) => Promise<void>) {
    const txRepo = createIncidentRepo(tx);
    const now = clock.now();
    const zones = await txRepo.timeZones(batch.map((fields) => fields.regionCode));
    const ids = await txRepo.insert(batch.map((fields) => ({ fields, year: localDate(now, zones.get(fields.regionCode)!).slice(0, 4) })), now);
    await beforeAudit?.(ids);
    const at = now.toISOString();
    await live?.publishAll(tx, batch.map((fields, index) => ({ type: 'incident.created', id: String(ids[index]), regionCode: fields.regionCode, at })));
    await appendAuditRows(tx, batch.map((fields, index) => {
      const { createdBy: _createdBy, ...stored } = fields;
      return {
        actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'incident.create', entityType: 'incident', entityId: String(ids[index]),
        regionCode: fields.regionCode, ip: context.ip, client: context.client, at: now,
        // Contact details stay out of the audit chain: its rows can never be erased, a person's number must be.
        changes: changedFields(null, { ...stored, status: 'baru', version: 1 }, fields.reporterAnonymous ? ['reporterContact', 'reporterName'] : ['reporterContact']),
      };
    }));
    return ids;
  }

  return {
    /** What a referral also does inside its transaction (the notifications module tells the receiving unit). */
    setReferralHook(hook: ReferralHook): void {
      onReferral = hook;
    },

    /** Calls `listener` after each new report commits (alerts evaluate their rules); it must not block. */
    onCreated(listener: (report: Pick<NewIncident, 'regionCode' | 'category'>) => void): void {
      createdListeners.push(listener);
    },

    /** The catalogue, for any signed-in account: reporters pick a category too. */
    async categories(): Promise<IncidentCategoryView[]> {
      return (await categories.current()).map(categoryView);
    },

    /**
     * A new report. With an idempotency key, a retry (same caller, key and body) answers the report
     * the first request made, even when both arrive at once; the same key with another body is 422.
     */
    async submit(actor: Actor, input: CreateIncident, context: RequestContext, idempotencyKey?: string): Promise<Submission> {
      const fields = await prepare(actor, input);
      if (idempotencyKey === undefined) {
        const [id] = await db.transaction((tx) => insert(tx, actor, [fields], context));
        reportCreated(fields);
        return { incident: await render((await repo.get(id!))!, actor), replayed: false };
      }
      const scope = keyScope(actor);
      const hash = requestHash(input);
      const outcome = await db.transaction(async (tx) => {
        const txRepo = createIncidentRepo(tx);
        if ((await txRepo.claimKeys(scope, [{ key: idempotencyKey, requestHash: hash }], clock.now())).size > 0) {
          const [id] = await insert(tx, actor, [fields], context, ([created]) => txRepo.attachKeys(scope, [{ key: idempotencyKey, incidentId: created! }]));
          return { id: id!, replayed: false };
        }
        const earlier = await txRepo.keyedIncident(scope, idempotencyKey);
        if (!earlier || earlier.requestHash !== hash) throw new AppError('conflict', 422, { detail: 'incident.idempotency_mismatch' });
        return { id: earlier.incidentId!, replayed: true };
      });
      if (!outcome.replayed) reportCreated(fields);
      return { incident: await render((await repo.get(outcome.id))!, actor), replayed: outcome.replayed };
    },

    /**
     * Checks a report exactly as `submit` does, writing nothing: the fields it would store, or the
     * AppError it would answer (an import reports that against the row instead of failing the file).
     */
    check(actor: Actor, input: CreateIncident, regionOf?: RegionLookup): Promise<NewIncident> {
      return prepare(actor, input, regionOf);
    },

    /**
     * A region lookup for `check` that reads each region once: an import checks a hundred thousand
     * rows from a few hundred regions, and the gazetteer does not change under it.
     */
    rememberingRegions(): RegionLookup {
      const seen = new Map<string, ReturnType<RegionLookup>>();
      return (code) => {
        let found = seen.get(code);
        if (!found) {
          found = repo.region(code);
          seen.set(code, found);
          found.catch(() => seen.delete(code));
        }
        return found;
      };
    },

    /**
     * Writes checked reports (from `check`) in ONE transaction, all or none, each as `submit` writes
     * one (audit row, incident.created event), each claiming its key in `scope`: a key already
     * claimed (the same row imported before, by an import running at the same time, or earlier in
     * `items`) is skipped and answers null. The new ids, in the order given. The batch goes in a few
     * statements whatever its size, and takes the audit chain's turn once.
     */
    async submitAll(actor: Actor, items: readonly { fields: NewIncident; key: string; hash: string }[], scope: string, context: RequestContext): Promise<(number | null)[]> {
      const written = await db.transaction(async (tx) => {
        const txRepo = createIncidentRepo(tx);
        const free = await txRepo.claimKeys(scope, items.map(({ key, hash }) => ({ key, requestHash: hash })), clock.now());
        // A key given twice is written once, by its first row.
        const chosen = items.filter((item) => free.delete(item.key));
        const ids = await insert(tx, actor, chosen.map((item) => item.fields), context, (made) =>
          txRepo.attachKeys(scope, chosen.map((item, index) => ({ key: item.key, incidentId: made[index]! }))));
        const idOf = new Map(chosen.map((item, index) => [item, ids[index]!]));
        return items.map((item) => idOf.get(item) ?? null);
      });
      // Once per region and category written, not per row: one evaluation covers them all.
      const created = new Map(items.filter((_, i) => written[i] !== null).map(({ fields }) => [`${fields.regionCode} ${fields.category}`, fields]));
      for (const fields of created.values()) reportCreated(fields);
      return written;
    },

    /** Reports the caller may see, filtered, latest event first, each with its clocks. */
    async list(actor: Actor, query: IncidentListQuery): Promise<IncidentList> {
      if (actor.principal.role !== 'reporter' && !can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      const { items, ...counted } = await repo.list(visibilityOf(actor), query);
      const transitionsOf = await repo.transitionsByIncident(items.map((item) => item.id));
      const now = clock.now();
      const catalogue = await categories.current();
      return { items: items.map((item) => incidentView(item, transitionsOf.get(item.id) ?? [], incidentActor(actor), now, catalogue)), ...counted };
    },

    /** The reports the list would show that have coordinates, clustered for a map (map-points.ts). */
    async mapPoints(actor: Actor, query: IncidentMapQuery): Promise<IncidentMap> {
      if (actor.principal.role !== 'reporter' && !can(actor.principal, 'read', { regionCode: actor.principal.regionCode })) throw new AppError('forbidden', 403);
      return incidentMapPoints(db, clock, visibilityOf(actor), query);
    },

    async detail(actor: Actor, id: number): Promise<IncidentDetail> {
      return render(await readable(actor, id), actor);
    },

    /**
     * Moves a report at the version the caller read: 409 stale_version when it moved since, 409
     * conflict when its status does not allow the action, 403 when the action is not the caller's
     * to take, 400 when the request lacks what the action needs.
     */
    async transition(actor: Actor, id: number, input: TransitionRequest, context: RequestContext): Promise<IncidentDetail> {
      const before = await readable(actor, id);
      if (!mayTakeAction(incidentActor(actor), before, input.action)) throw new AppError('forbidden', 403);
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'incident', String(id), input.version), await render((await repo.get(id))!, actor));
      if (input.version !== before.version) throw await stale();
      const result = transition(before.status, input);
      if (!result.ok) {
        const detail = refusalKey(result.refusal, input.action, before.status);
        throw result.refusal === 'not_allowed' ? new AppError('conflict', 409, { detail }) : invalid(detail);
      }
      let referredUnitId = before.referredUnitId;
      let duplicateOf: number | null = null;
      if (input.action === 'teruskan') {
        const unit = await repo.unit(input.unitId!);
        // A unit the caller reaches, or one above the incident's region (escalation to the province).
        if (!unit || !(inScope(actor.principal, unit.regionCode) || isWithin(before.regionCode, unit.regionCode))) throw invalid('incident.unit_unknown');
        referredUnitId = unit.id;
      }
      if (input.action === 'tandai_duplikat') {
        const original = await repo.get(input.duplicateOf!);
        if (!original || !mayReadIncident(incidentActor(actor), original)) throw invalid('incident.duplicate_unknown');
        if (original.id === id) throw invalid('incident.duplicate_self');
        if (original.status === 'duplikat') throw invalid('incident.duplicate_of_duplicate');
        duplicateOf = original.id;
      }
      const moved = await db.transaction(async (tx) => {
        const txRepo = createIncidentRepo(tx);
        const now = clock.now();
        // The merge rule holds at commit, whatever moved since the checks above.
        if (duplicateOf !== null) await guardMerge(tx, id, duplicateOf);
        if (!(await txRepo.move(id, input.version, { status: result.to, referredUnitId, duplicateOf }, now))) return false;
        await txRepo.addTransition({
          incidentId: id, action: input.action, fromStatus: before.status, toStatus: result.to, reason: input.reason,
          unitId: input.action === 'teruskan' ? referredUnitId : null, duplicateOf, actorId: actor.userId, actorLabel: actor.label, at: now,
        });
        await announceChange(tx, id, before.regionCode);
        if (input.action === 'teruskan') await onReferral?.(tx, before, { unitId: referredUnitId!, reason: input.reason, at: now, version: input.version + 1 });
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: `incident.${input.action}`, entityType: 'incident', entityId: String(id),
          regionCode: before.regionCode, ip: context.ip, client: context.client, at: now,
          changes: {
            ...changedFields({ status: before.status, referredUnitId: before.referredUnitId, duplicateOf: null }, { status: result.to, referredUnitId, duplicateOf }),
            reason: [null, input.reason], version: [input.version, input.version + 1],
          },
        });
        return true;
      });
      if (!moved) throw await stale();
      return render((await repo.get(id))!, actor);
    },
  };
}

export type IncidentService = ReturnType<typeof createIncidentService>;
