import { sql } from 'drizzle-orm';
import type { Alert, AlertDetail, AlertListQuery, AlertRule, AlertRuleInput, AlertRuleUpdate, AssignAlert } from '../../contracts/alerts.js';
import { can, inScope, visibleRoots, type Principal } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { checkRuleParams } from '../../domain/alerts/params.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { mayReadIncident } from '../../domain/incidents/permissions.js';
import { isWithin } from '../../domain/regions/codes.js';
import type { Db } from '../../db/client.js';
import { translateTerm, type Language } from '../../i18n/messages.js';
import type { Clock } from '../../services.js';
import { appendAudit, fieldsChangedSince } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { LiveBus } from '../live/bus.js';
import { createAlertEvaluator, type AlertOutcome } from './evaluator.js';
import { createAlertRepo, type AlertRecord, type RuleRecord } from './repo.js';
import { builtInCategoryCatalogue, type CategoryCatalogue } from '../incident-categories/catalogue.js';

const invalid = (detail: string) => new AppError('invalid', 400, { detail });
const ruleNotFound = () => new AppError('not_found', 404, { what: 'alert.rule' });
const alertNotFound = () => new AppError('not_found', 404, { what: 'alert.alert' });

/** What the notifications module hears: an alert raised (or joined by more reports), or assigned to a unit. */
export type AlertNotice = AlertOutcome | { alertId: number; ruleId: number; regionCode: string; change: 'assigned'; unitId: number; userId: string | null };

/** Who writes rules: administrators and coordinators, inside their scope (national rules: national administrators). */
const mayWriteRule = (principal: Principal, regionCode: string | null) =>
  (principal.role === 'admin' || principal.role === 'coordinator') && can(principal, 'write', { regionCode });
/** Who reads alerts and rules: everyone who reads the region (reporters do not). */
const mayRead = (principal: Principal, regionCode: string | null) => can(principal, 'read', { regionCode });
/** Who acknowledges, assigns and closes: everyone who writes in the alert's region, officers included. */
const mayHandle = (principal: Principal, regionCode: string) => can(principal, 'write', { regionCode });

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/**
 * Early-warning rules and their alerts (issue 7). Rules are written by administrators and
 * coordinators within their scope and read by everyone who reads the region; alerts are raised by
 * the evaluator (evaluator.ts) and acknowledged, assigned and closed by those who write in their
 * region, at the version they read (409 on a stale one); every write is audited in its transaction.
 */
export function createAlertService(db: Db, clock: Clock, live?: Pick<LiveBus, 'publish'>, categories: CategoryCatalogue = builtInCategoryCatalogue) {
  const repo = createAlertRepo(db);
  const noticeListeners: ((notice: AlertNotice) => void | Promise<void>)[] = [];

  /**
   * Runs after an alert was raised, joined or assigned, once its transaction committed: the one
   * place the notifications module hooks into (services.ts: `alerts.onNotice((n) => notifications.…(n))`).
   * A listener's failure never undoes the alert.
   */
  async function notifyAfterCommit(notices: readonly AlertNotice[]): Promise<void> {
    await Promise.allSettled(notices.flatMap((notice) => noticeListeners.map((listener) => Promise.resolve().then(() => listener(notice)))));
  }

  // The evaluator runs after intake answered: its notices need not hold anything up.
  const evaluator = createAlertEvaluator(db, clock, live, (outcomes) => void notifyAfterCommit(outcomes));

  function ruleView(rule: RuleRecord, actor: Actor): AlertRule {
    return {
      id: rule.id, name: rule.name, kind: rule.kind, regionCode: rule.regionCode, regionName: rule.regionName, category: rule.category, params: rule.params,
      active: rule.active, createdAt: rule.createdAt.toISOString(), updatedAt: rule.updatedAt.toISOString(), version: rule.version,
      editable: mayWriteRule(actor.principal, rule.regionCode),
    };
  }

  function alertView(alert: AlertRecord, actor: Actor): Alert {
    const handles = alert.status !== 'selesai' && mayHandle(actor.principal, alert.regionCode);
    return {
      id: alert.id, ruleId: alert.ruleId, ruleName: alert.ruleName, kind: alert.kind, regionCode: alert.regionCode, regionName: alert.regionName,
      timeZone: alert.timeZone, category: alert.category, status: alert.status, details: alert.details, incidentCount: alert.incidentIds.length,
      latitude: alert.latitude, longitude: alert.longitude, triggeredAt: alert.triggeredAt.toISOString(), acknowledgedBy: alert.acknowledgedBy?.name ?? null,
      acknowledgedAt: iso(alert.acknowledgedAt), assignedUnit: alert.assignedUnit && { id: alert.assignedUnit.id, name: alert.assignedUnit.name },
      assignedUser: alert.assignedUser, closedAt: iso(alert.closedAt), note: alert.note, updatedAt: alert.updatedAt.toISOString(), version: alert.version,
      actions: handles ? [...(alert.status === 'baru' ? ['acknowledge' as const] : []), 'assign' as const, 'close' as const] : [],
    };
  }

  /** The rule's fields checked: a known region inside the caller's reach, and params that fit its kind. */
  async function checkRule(actor: Actor, input: AlertRuleInput, lang: Language) {
    if (input.regionCode !== null && !(await repo.region(input.regionCode))) throw invalid('alert.region_unknown');
    // Any category the catalogue knows, switched off or not: a rule may watch reports made before.
    if (input.category !== null && !(await categories.current()).some((category) => category.code === input.category)) throw invalid('alert.category_unknown');
    if (!mayWriteRule(actor.principal, input.regionCode)) {
      if (input.regionCode === null && (actor.principal.role === 'admin' || actor.principal.role === 'coordinator')) throw invalid('alert.rule_national');
      throw new AppError('forbidden', 403);
    }
    const params = checkRuleParams(input.kind, input.params);
    if (!params.ok) {
      // Every problem named at once, in the caller's language (one catalogue key per problem).
      const detail = params.problems.map((p) => translateTerm(p.message, lang)).join('; ');
      throw new AppError('invalid', 400, { detail }, { details: { problems: params.problems } });
    }
    return { name: input.name, kind: input.kind, regionCode: input.regionCode, category: input.category, params: params.value.params as Record<string, unknown>, active: input.active };
  }

  async function readableRule(actor: Actor, id: number): Promise<RuleRecord> {
    const rule = await repo.rule(id);
    if (!rule || !mayRead(actor.principal, rule.regionCode)) throw ruleNotFound();
    return rule;
  }

  async function readableAlert(actor: Actor, id: number): Promise<AlertRecord> {
    const alert = await repo.get(id);
    if (!alert || !mayRead(actor.principal, alert.regionCode)) throw alertNotFound();
    return alert;
  }

  async function detail(alert: AlertRecord, actor: Actor): Promise<AlertDetail> {
    const incidents = (await repo.incidents(alert.incidentIds))
      .filter((incident) => mayReadIncident({ principal: actor.principal, userId: actor.userId }, incident));
    return { ...alertView(alert, actor), incidents: incidents.map(({ createdBy: _c, referredUnitId: _r, occurredAt, ...rest }) => ({ ...rest, occurredAt: occurredAt.toISOString() })) };
  }

  /**
   * One action on an alert at the version the caller read: 404 outside scope, 403 for who may not
   * handle it, 409 stale_version when it changed since, 409 conflict when its status forbids the action.
   */
  async function act(actor: Actor, id: number, version: number, action: 'acknowledge' | 'assign' | 'close', context: RequestContext,
    change: (before: AlertRecord, now: Date) => Promise<{ set: ReturnType<typeof sql>; fields: Record<string, unknown>; before: Record<string, unknown> }>): Promise<AlertDetail> {
    const before = await readableAlert(actor, id);
    if (!mayHandle(actor.principal, before.regionCode)) throw new AppError('forbidden', 403);
    const stale = async () => staleVersion(await fieldsChangedSince(db, 'alert', String(id), version), await detail((await repo.get(id))!, actor));
    if (version !== before.version) throw await stale();
    if (before.status === 'selesai') throw new AppError('conflict', 409, { detail: 'alert.closed' });
    if (action === 'acknowledge' && before.status !== 'baru') throw new AppError('conflict', 409, { detail: 'alert.already_acknowledged' });
    const now = clock.now();
    const { set, fields, before: old } = await change(before, now);
    const moved = await db.transaction(async (tx) => {
      if (!(await createAlertRepo(tx).update(id, version, set, now))) return false;
      await live?.publish(tx, { type: 'alert.changed', id: String(id), regionCode: before.regionCode, at: now.toISOString() });
      await appendAudit(tx, {
        actor: { type: actor.type, id: actor.userId, label: actor.label }, action: `alert.${action}`, entityType: 'alert', entityId: String(id),
        regionCode: before.regionCode, ip: context.ip, client: context.client, at: now,
        changes: { ...changedFields(old, fields), version: [version, version + 1] },
      });
      return true;
    });
    if (!moved) throw await stale();
    const after = (await repo.get(id))!;
    if (action === 'assign') {
      // Awaited: the unit is told (in the app at least) before the assigner hears it is done.
      await notifyAfterCommit([{ alertId: id, ruleId: after.ruleId, regionCode: after.regionCode, change: 'assigned', unitId: after.assignedUnit!.id, userId: after.assignedUser?.id ?? null }]);
    }
    return detail(after, actor);
  }

  return {
    evaluator,

    /** Hooks a listener (notifications) to alerts raised, joined and assigned; called after commit. */
    onNotice(listener: (notice: AlertNotice) => void | Promise<void>): void {
      noticeListeners.push(listener);
    },

    async rules(actor: Actor): Promise<{ items: AlertRule[] }> {
      if (!mayRead(actor.principal, actor.principal.regionCode)) throw new AppError('forbidden', 403);
      return { items: (await repo.rules(visibleRoots(actor.principal))).map((rule) => ruleView(rule, actor)) };
    },

    async rule(actor: Actor, id: number): Promise<AlertRule> {
      return ruleView(await readableRule(actor, id), actor);
    },

    async createRule(actor: Actor, input: AlertRuleInput, context: RequestContext, lang: Language = 'id'): Promise<AlertRule> {
      if (!mayWriteRule(actor.principal, actor.principal.regionCode)) throw new AppError('forbidden', 403);
      const fields = await checkRule(actor, input, lang);
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const created = await createAlertRepo(tx).insertRule(fields, actor.userId, now);
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'alert_rule.create', entityType: 'alert_rule', entityId: String(created),
          regionCode: fields.regionCode, ip: context.ip, client: context.client, at: now, changes: changedFields(null, { ...fields, version: 1 }),
        });
        return created;
      });
      return ruleView((await repo.rule(id))!, actor);
    },

    /** Changes a rule at the version read (deactivate with active: false; alerts it raised stay). */
    async updateRule(actor: Actor, id: number, input: AlertRuleUpdate, context: RequestContext, lang: Language = 'id'): Promise<AlertRule> {
      const before = await readableRule(actor, id);
      if (!mayWriteRule(actor.principal, before.regionCode)) throw new AppError('forbidden', 403);
      const { version, ...rest } = input;
      const stale = async () => staleVersion(await fieldsChangedSince(db, 'alert_rule', String(id), version), ruleView((await repo.rule(id))!, actor));
      if (version !== before.version) throw await stale();
      const fields = await checkRule(actor, rest, lang);
      const now = clock.now();
      const moved = await db.transaction(async (tx) => {
        if (!(await createAlertRepo(tx).updateRule(id, version, fields, now))) return false;
        const { id: _id, regionName: _n, createdAt: _c, updatedAt: _u, version: _v, ...old } = before;
        await appendAudit(tx, {
          actor: { type: actor.type, id: actor.userId, label: actor.label }, action: 'alert_rule.update', entityType: 'alert_rule', entityId: String(id),
          regionCode: fields.regionCode, ip: context.ip, client: context.client, at: now,
          changes: { ...changedFields(old, fields), version: [version, version + 1] },
        });
        return true;
      });
      if (!moved) throw await stale();
      return ruleView((await repo.rule(id))!, actor);
    },

    async list(actor: Actor, query: AlertListQuery): Promise<{ items: Alert[]; total: number }> {
      if (!mayRead(actor.principal, actor.principal.regionCode)) throw new AppError('forbidden', 403);
      const { items, total } = await repo.list(visibleRoots(actor.principal), query);
      return { items: items.map((alert) => alertView(alert, actor)), total };
    },

    async detail(actor: Actor, id: number): Promise<AlertDetail> {
      return detail(await readableAlert(actor, id), actor);
    },

    acknowledge(actor: Actor, id: number, version: number, context: RequestContext): Promise<AlertDetail> {
      return act(actor, id, version, 'acknowledge', context, async (before, now) => ({
        set: sql`status = 'diakui', acknowledged_by = ${actor.userId}, acknowledged_at = ${now}`,
        fields: { status: 'diakui', acknowledgedBy: actor.userId }, before: { status: before.status, acknowledgedBy: null },
      }));
    },

    /** Assigns to a unit the caller reaches (or one above the alert's region), and optionally one of its accounts. */
    assign(actor: Actor, id: number, input: AssignAlert, context: RequestContext): Promise<AlertDetail> {
      return act(actor, id, input.version, 'assign', context, async (before, now) => {
        const unit = await repo.unit(input.unitId);
        if (!unit || !(inScope(actor.principal, unit.regionCode) || isWithin(before.regionCode, unit.regionCode))) throw invalid('alert.unit_unknown');
        const userId = input.userId ?? null;
        if (userId !== null) {
          const user = await repo.user(userId);
          const principal = user && { role: user.role as Principal['role'], regionCode: user.scopeRegionCode, unitId: user.unitId };
          if (!principal || !mayRead(principal, before.regionCode)) throw invalid('alert.user_unknown');
        }
        // Assigning someone acknowledges an alert nobody had taken yet.
        const acknowledge = before.status === 'baru';
        return {
          set: acknowledge
            ? sql`assigned_unit_id = ${unit.id}, assigned_user_id = ${userId}, status = 'diakui', acknowledged_by = ${actor.userId}, acknowledged_at = ${now}`
            : sql`assigned_unit_id = ${unit.id}, assigned_user_id = ${userId}`,
          fields: { assignedUnitId: unit.id, assignedUserId: userId, status: 'diakui' },
          before: { assignedUnitId: before.assignedUnit?.id ?? null, assignedUserId: before.assignedUser?.id ?? null, status: before.status },
        };
      });
    },

    close(actor: Actor, id: number, version: number, note: string, context: RequestContext): Promise<AlertDetail> {
      return act(actor, id, version, 'close', context, async (before, now) => ({
        set: sql`status = 'selesai', closed_by = ${actor.userId}, closed_at = ${now}, note = ${note}`,
        fields: { status: 'selesai', note }, before: { status: before.status, note: before.note },
      }));
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
