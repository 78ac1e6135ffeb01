import { randomBytes } from 'node:crypto';
import type { CreateChannel, DeliveryListQuery, NotificationListQuery, UpdateChannel } from '../../contracts/notifications.js';
import { inScope, visibleRoots } from '../../domain/access/rules.js';
import { changedFields } from '../../domain/audit/chain.js';
import { AppError } from '../../domain/errors.js';
import { checkTarget } from '../../domain/notifications/channel-target.js';
import type { NotificationChannelKind } from '../../domain/notifications/vocabulary.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../services.js';
import { appendAudit, type DbTransaction } from '../audit/service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { createNotificationRepo, type ChannelRow, type NotificationReach, type UnitRow } from './repo.js';

const invalid = (detail: string) => new AppError('invalid', 400, { detail: `notification.${detail}` });
const notFound = (what: string) => new AppError('not_found', 404, { what });
const MIN_SECRET_LENGTH = 16;

/** Those who set up where units are told and act on failed deliveries: administrators and coordinators, in their scope. */
const runsTheDesk = (actor: Actor) => actor.principal.role === 'admin' || actor.principal.role === 'coordinator';

export interface NotificationSettings {
  /** Webhooks on loopback or private addresses (a gateway on the same machine; tests). */
  allowPrivateTargets: boolean;
}

const channelView = (channel: ChannelRow) => ({
  id: channel.id, unitId: channel.unitId, kind: channel.kind, target: channel.target, active: channel.active, hasSecret: channel.secret !== null, createdAt: channel.createdAt,
});

/** Whose notifications an account reads: its own unit's, and for those who run the desk, every unit in their scope. */
function reachOf(actor: Actor): NotificationReach {
  const { principal } = actor;
  return { unitId: principal.unitId, roots: runsTheDesk(actor) ? visibleRoots(principal) : [] };
}

/**
 * Notifications (issue 7) as people see them: the channels each unit is told through, the in-app
 * notifications of the caller's unit (and, for coordinators and administrators, of the units in
 * their scope), and the deliveries that failed, to retry or set aside.
 */
export function createNotificationService(db: Db, clock: Clock, settings: NotificationSettings) {
  const repo = createNotificationRepo(db);

  const audit = (tx: DbTransaction, actor: Actor, context: RequestContext, action: string, entityType: string, entityId: number, regionCode: string, changes: ReturnType<typeof changedFields>) =>
    appendAudit(tx, {
      actor: { type: actor.type, id: actor.userId, label: actor.label }, action, entityType, entityId: String(entityId), regionCode,
      ip: context.ip, client: context.client, at: clock.now(), changes,
    });

  /** The unit, when the caller runs the desk over it: 404 outside its scope, 403 for other roles inside. */
  async function managedUnit(actor: Actor, unitId: number): Promise<UnitRow> {
    const unit = await repo.unit(unitId);
    if (!unit || !inScope(actor.principal, unit.regionCode) || actor.principal.role === 'reporter') throw notFound('notification_unit');
    if (!runsTheDesk(actor)) throw new AppError('forbidden', 403);
    return unit;
  }

  async function managedChannel(actor: Actor, id: number): Promise<{ channel: ChannelRow; unit: UnitRow }> {
    const channel = await repo.channel(id);
    if (!channel) throw notFound('notification_channel');
    const unit = await repo.unit(channel.unitId);
    if (!unit || !inScope(actor.principal, unit.regionCode) || actor.principal.role === 'reporter') throw notFound('notification_channel');
    if (!runsTheDesk(actor)) throw new AppError('forbidden', 403);
    return { channel, unit };
  }

  function target(kind: NotificationChannelKind, raw: string): string {
    const checked = checkTarget(kind, raw, settings.allowPrivateTargets);
    if (!checked.ok) throw invalid(checked.problem);
    return checked.target;
  }

  function secretFor(kind: NotificationChannelKind, given: string | undefined, current: string | null): string | null {
    if (kind !== 'webhook') return null;
    if (given === undefined) return current ?? randomBytes(32).toString('hex');
    if (given.trim().length < MIN_SECRET_LENGTH) throw invalid('webhook_secret_short');
    return given.trim();
  }

  /** A failed (or any) delivery of a unit in the caller's scope; 404 otherwise, 403 for roles that do not run the desk. */
  async function reachableDelivery(actor: Actor, id: number) {
    const delivery = await repo.delivery(id);
    if (!delivery || !inScope(actor.principal, delivery.unitRegion) || actor.principal.role === 'reporter') throw notFound('notification_delivery');
    if (!runsTheDesk(actor)) throw new AppError('forbidden', 403);
    return delivery;
  }

  async function resolve(actor: Actor, id: number, to: 'pending' | 'dismissed', context: RequestContext) {
    const delivery = await reachableDelivery(actor, id);
    await db.transaction(async (tx) => {
      if (!(await createNotificationRepo(tx).resolveFailed(id, to, actor.userId, clock.now()))) throw new AppError('conflict', 409, { detail: 'notification.not_failed' });
      await audit(tx, actor, context, to === 'pending' ? 'notification_delivery.retry' : 'notification_delivery.dismiss', 'notification_delivery', id, delivery.unitRegion,
        changedFields({ status: delivery.status }, { status: to }));
    });
    const { unitRegion: _region, ...after } = (await repo.delivery(id))!;
    return after;
  }

  return {
    async channels(actor: Actor, unitId: number) {
      await managedUnit(actor, unitId);
      return (await repo.channels(unitId)).map(channelView);
    },

    /** A new channel; a webhook gets a signing secret (made here unless given), shown in this answer. */
    async createChannel(actor: Actor, unitId: number, input: CreateChannel, context: RequestContext) {
      const unit = await managedUnit(actor, unitId);
      const fields = { unitId, kind: input.kind, target: target(input.kind, input.target), secret: secretFor(input.kind, input.secret, null), active: input.active, createdBy: actor.userId };
      const created = await db.transaction(async (tx) => {
        const channel = await createNotificationRepo(tx).insertChannel(fields, clock.now());
        await audit(tx, actor, context, 'notification_channel.create', 'notification_channel', channel.id, unit.regionCode,
          changedFields(null, { unitId, kind: channel.kind, target: channel.target, active: channel.active, secret: channel.secret }, ['secret']));
        return channel;
      });
      return { ...channelView(created), secret: created.secret };
    },

    async updateChannel(actor: Actor, id: number, input: UpdateChannel, context: RequestContext) {
      const { channel, unit } = await managedChannel(actor, id);
      const next = {
        target: input.target === undefined ? channel.target : target(channel.kind, input.target),
        active: input.active ?? channel.active,
        secret: input.secret === undefined ? channel.secret : secretFor(channel.kind, input.secret, channel.secret),
      };
      const updated = await db.transaction(async (tx) => {
        const row = await createNotificationRepo(tx).updateChannel(id, next);
        await audit(tx, actor, context, 'notification_channel.update', 'notification_channel', id, unit.regionCode,
          changedFields({ target: channel.target, active: channel.active, secret: channel.secret }, { target: row.target, active: row.active, secret: row.secret }, ['secret']));
        return row;
      });
      return { ...channelView(updated), secret: input.secret === undefined ? null : updated.secret };
    },

    /** Deletes a channel never used; one with deliveries keeps its history and can only be deactivated (409). */
    async deleteChannel(actor: Actor, id: number, context: RequestContext): Promise<void> {
      const { channel, unit } = await managedChannel(actor, id);
      await db.transaction(async (tx) => {
        if (!(await createNotificationRepo(tx).deleteUnusedChannel(id))) throw new AppError('conflict', 409, { detail: 'notification.channel_in_use' });
        await audit(tx, actor, context, 'notification_channel.delete', 'notification_channel', id, unit.regionCode,
          changedFields({ unitId: channel.unitId, kind: channel.kind, target: channel.target, active: channel.active }, null));
      });
    },

    async list(actor: Actor, query: NotificationListQuery) {
      return repo.listNotifications(reachOf(actor), query);
    },

    /** Marks a notification read for everyone of its unit (it is the unit that was told). */
    async markRead(actor: Actor, id: number, context: RequestContext): Promise<void> {
      const found = await repo.reachableNotification(reachOf(actor), id);
      if (!found) throw notFound('notification');
      if (found.readAt !== null) return;
      await db.transaction(async (tx) => {
        await createNotificationRepo(tx).markRead(id, actor.userId, clock.now());
        await audit(tx, actor, context, 'notification.read', 'notification', id, found.unitRegion, changedFields({ read: false }, { read: true }));
      });
    },

    async deliveries(actor: Actor, query: DeliveryListQuery) {
      if (!runsTheDesk(actor)) throw new AppError('forbidden', 403);
      return repo.listDeliveries(visibleRoots(actor.principal), query);
    },

    /** A failed delivery goes back in the queue, due now: one more attempt (failed again if it fails). */
    retry(actor: Actor, id: number, context: RequestContext) {
      return resolve(actor, id, 'pending', context);
    },

    /** A person saw the failure and set it aside. */
    dismiss(actor: Actor, id: number, context: RequestContext) {
      return resolve(actor, id, 'dismissed', context);
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
