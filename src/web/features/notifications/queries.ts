import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLang } from '../../shell/useLang';
import { PRIVATE } from '../auth/session';
import { useLiveEvents } from '../live/useLiveEvents';
import { notificationsApi, type CreateChannel, type UpdateChannel } from './api';

export const NOTIFICATIONS_KEY = [PRIVATE, 'notifications'] as const;
const CHANNELS_KEY = [PRIVATE, 'notification-channels'] as const;
const DELIVERIES_KEY = [PRIVATE, 'notification-deliveries'] as const;
export const NOTIFICATION_PAGE = 50;

/** New notifications arrive over the live feed: the lists (and the bell's count) are read again. */
export function useNotificationLive(enabled = true) {
  useLiveEvents({ events: ['notification.raised'], invalidate: [NOTIFICATIONS_KEY], enabled });
}

export function useNotifications(unread: boolean, page: number, enabled = true) {
  const { lang } = useLang();
  const paging = { limit: NOTIFICATION_PAGE, offset: (page - 1) * NOTIFICATION_PAGE };
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, lang, unread, paging],
    queryFn: ({ signal }) => notificationsApi.list(lang, { unread, ...paging }, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    enabled,
  });
}

/** The bell's number: unread notifications of everything the account reaches. */
export function useUnreadCount(enabled: boolean) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, lang, 'count'],
    queryFn: ({ signal }) => notificationsApi.list(lang, { unread: true, limit: 1, offset: 0 }, signal),
    select: (list) => list.unread,
    staleTime: 30_000,
    // Between live events (and when the feed is down) the number stays roughly current.
    refetchInterval: 120_000,
    enabled,
  });
}

export function useMarkRead() {
  const { lang } = useLang();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => notificationsApi.markRead(lang, id),
    onSettled: () => client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useChannels(unitId: number) {
  const { lang } = useLang();
  return useQuery({
    queryKey: [...CHANNELS_KEY, lang, unitId],
    queryFn: ({ signal }) => notificationsApi.channels(lang, unitId, signal),
    enabled: Number.isInteger(unitId) && unitId > 0,
  });
}

export function useChannelMutations(unitId: number) {
  const { lang } = useLang();
  const client = useQueryClient();
  const onSettled = () => client.invalidateQueries({ queryKey: CHANNELS_KEY });
  return {
    create: useMutation({ mutationFn: (body: CreateChannel) => notificationsApi.createChannel(lang, unitId, body), onSettled }),
    update: useMutation({ mutationFn: ({ id, body }: { id: number; body: UpdateChannel }) => notificationsApi.updateChannel(lang, id, body), onSettled }),
    remove: useMutation({ mutationFn: (id: number) => notificationsApi.deleteChannel(lang, id), onSettled }),
  };
}

export function useDeliveries(status: string, page: number) {
  const { lang } = useLang();
  const paging = { limit: NOTIFICATION_PAGE, offset: (page - 1) * NOTIFICATION_PAGE };
  return useQuery({
    queryKey: [...DELIVERIES_KEY, lang, status, paging],
    queryFn: ({ signal }) => notificationsApi.deliveries(lang, { status, ...paging }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDeliveryActions() {
  const { lang } = useLang();
  const client = useQueryClient();
  const onSettled = () => client.invalidateQueries({ queryKey: DELIVERIES_KEY });
  return {
    retry: useMutation({ mutationFn: (id: number) => notificationsApi.retry(lang, id), onSettled }),
    dismiss: useMutation({ mutationFn: (id: number) => notificationsApi.dismiss(lang, id), onSettled }),
  };
}
