/**
 * Notifications (issue 7) in the hostile-input suite's endpoint table: a unit's channels, the in-app
 * notifications and the failed deliveries, all one family. The examples name the rows of
 * notification-fixtures.ts (put back after each case that changes them).
 */
import { DELIVERY_STATUSES, NOTIFICATION_CHANNEL_KINDS } from '../../src/domain/notifications/vocabulary.js';
import { NOTIFICATION_FIXTURES } from './notification-fixtures.js';
import { HOSTILE_FIXTURES, limit, offset, serialId, type EndpointSpec } from './spec.js';

const family = 'notifications';
const { channel, spareChannel, notification, delivery } = NOTIFICATION_FIXTURES;
const unitPath = { id: String(HOSTILE_FIXTURES.unit.id) };

export const NOTIFICATION_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/units/:id/notification-channels', auth: 'session', family, fields: [serialId], example: { path: unitPath } },
  {
    method: 'POST', url: '/api/v1/units/:id/notification-channels', auth: 'session', family, writes: ['notification_channels'],
    fields: [
      serialId, { in: 'body', name: 'kind', kind: 'enum', required: true, values: NOTIFICATION_CHANNEL_KINDS },
      { in: 'body', name: 'target', kind: 'text', required: true, maxLength: 500 }, { in: 'body', name: 'secret', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'active', kind: 'boolean' },
    ],
    example: { path: unitPath, body: { kind: 'webhook', target: 'https://gateway.example.id/sms', secret: 'a signing secret of the gateway', active: true } },
  },
  {
    method: 'PATCH', url: '/api/v1/notification-channels/:id', auth: 'session', family, writes: ['notification_channels'], restores: ['notificationChannel'],
    fields: [
      serialId, { in: 'body', name: 'target', kind: 'text', maxLength: 500 }, { in: 'body', name: 'active', kind: 'boolean' },
      { in: 'body', name: 'secret', kind: 'text', maxLength: 200 },
    ],
    example: { path: { id: String(channel.id) }, body: { target: 'https://gateway.example.id/hostile-2', active: false, secret: 'another signing secret, long enough' } },
  },
  {
    method: 'DELETE', url: '/api/v1/notification-channels/:id', auth: 'session', family, writes: ['notification_channels'], restores: ['spareNotificationChannel'],
    fields: [serialId], example: { path: { id: String(spareChannel.id) } },
  },
  {
    method: 'GET', url: '/api/v1/notifications', auth: 'session', family,
    fields: [{ in: 'query', name: 'unread', kind: 'enum', values: ['true', 'false'] }, limit(200), offset(1_000_000)],
    example: { query: { unread: 'true', limit: '10', offset: '0' } },
  },
  {
    method: 'POST', url: '/api/v1/notifications/:id/read', auth: 'session', family, writes: ['notifications'], restores: ['notification'],
    fields: [serialId], example: { path: { id: String(notification.id) } },
  },
  {
    method: 'GET', url: '/api/v1/notification-deliveries', auth: 'session', family,
    fields: [{ in: 'query', name: 'status', kind: 'enum', values: DELIVERY_STATUSES }, limit(200), offset(1_000_000)],
    example: { query: { status: 'failed', limit: '10', offset: '0' } },
  },
  {
    method: 'POST', url: '/api/v1/notification-deliveries/:id/retry', auth: 'session', family, writes: ['notification_deliveries'], restores: ['notificationDelivery'],
    fields: [serialId], example: { path: { id: String(delivery.id) } },
  },
  {
    method: 'POST', url: '/api/v1/notification-deliveries/:id/dismiss', auth: 'session', family, writes: ['notification_deliveries'], restores: ['notificationDelivery'],
    fields: [serialId], example: { path: { id: String(delivery.id) } },
  },
];
