import type { z } from 'zod';
import type {
  channelSchema, channelWithSecretSchema, CreateChannel, deliveryListSchema, notificationListSchema, UpdateChannel,
} from '../../../contracts/notifications';
import { getJson, sendJson } from '../../api';
import type { Language } from '../../i18n';

export type NotificationList = z.infer<typeof notificationListSchema>;
export type AppNotification = NotificationList['items'][number];
export type Channel = z.infer<typeof channelSchema>;
export type ChannelWithSecret = z.infer<typeof channelWithSecretSchema>;
export type DeliveryList = z.infer<typeof deliveryListSchema>;
export type Delivery = DeliveryList['items'][number];
export type { CreateChannel, UpdateChannel };

export const notificationsApi = {
  list: (lang: Language, params: { unread?: boolean; limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<NotificationList>('/notifications', lang, { unread: params.unread ? 'true' : undefined, limit: params.limit, offset: params.offset }, signal),
  markRead: (lang: Language, id: number) => sendJson<void>('POST', `/notifications/${id}/read`, lang),
  channels: (lang: Language, unitId: number, signal?: AbortSignal) => getJson<Channel[]>(`/units/${unitId}/notification-channels`, lang, undefined, signal),
  createChannel: (lang: Language, unitId: number, body: CreateChannel) => sendJson<ChannelWithSecret>('POST', `/units/${unitId}/notification-channels`, lang, body),
  updateChannel: (lang: Language, id: number, body: UpdateChannel) => sendJson<ChannelWithSecret>('PATCH', `/notification-channels/${id}`, lang, body),
  deleteChannel: (lang: Language, id: number) => sendJson<void>('DELETE', `/notification-channels/${id}`, lang),
  deliveries: (lang: Language, params: { status: string; limit: number; offset: number }, signal?: AbortSignal) =>
    getJson<DeliveryList>('/notification-deliveries', lang, params, signal),
  retry: (lang: Language, id: number) => sendJson<Delivery>('POST', `/notification-deliveries/${id}/retry`, lang),
  dismiss: (lang: Language, id: number) => sendJson<Delivery>('POST', `/notification-deliveries/${id}/dismiss`, lang),
};
