import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { allows, MANAGERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import type { AppNotification } from './api';
import { formatNotificationTime, useNotificationText } from './NotificationText';
import { NOTIFICATION_PAGE, useMarkRead, useNotifications } from './queries';

/** /notifications — what the account's unit (and, for the desk, the units in its scope) was told; ?show=unread filters. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notifications.title')} · Sinergi`);
  const user = useCurrentUser();
  const { values, page, update, setPage } = useUrlFilters(['show'] as const);
  const unread = values.show === 'unread';
  const list = useNotifications(unread, page);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('notifications.title')}</Title>
          <Text size="sm" c="dimmed">{t('notifications.intro')}</Text>
        </div>
        {allows(MANAGERS, user?.role) && (
          <Button component={Link} to="/notifications/failed" variant="light" size="xs">{t('notifications.failed.title')}</Button>
        )}
      </Group>
      <SegmentedControl
        value={unread ? 'unread' : 'all'} w="fit-content"
        onChange={(value) => update({ show: value === 'unread' ? 'unread' : undefined })}
        data={[{ value: 'all', label: t('notifications.all') }, { value: 'unread', label: t('notifications.unreadOnly') }]}
        aria-label={t('notifications.filter')}
      />
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          {list.data.items.length === 0 && <Text c="dimmed">{unread ? t('notifications.noneUnread') : t('notifications.none')}</Text>}
          <Stack gap="xs" data-testid="notification-list">
            {list.data.items.map((item) => <NotificationCard key={item.id} notification={item} />)}
          </Stack>
          <Pager page={page} pageSize={NOTIFICATION_PAGE} total={list.data.total} shown={list.data.items.length} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

function NotificationCard({ notification }: { notification: AppNotification }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const text = useNotificationText();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const link = notification.incident ? `/incidents/${notification.incident.id}` : null;
  return (
    <Card withBorder padding="sm" data-testid="notification" data-unread={unread} style={unread ? { borderLeft: '4px solid var(--mantine-color-red-6)' } : undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge size="sm" variant="light" color={notification.kind === 'deadline' ? 'orange' : notification.kind === 'alert' ? 'red' : 'blue'}>
              {t(`notifications.kind.${notification.kind}`)}
            </Badge>
            <Text size="xs" c="dimmed">{formatNotificationTime(locale, notification)} · {notification.unit.name}</Text>
          </Group>
          <Text size="sm" fw={unread ? 600 : 400}>{text(notification)}</Text>
          {notification.payload.reason && <Text size="xs" c="dimmed">{t('notifications.reason', { reason: notification.payload.reason })}</Text>}
          {link && <Anchor component={Link} to={link} size="sm">{t('notifications.openIncident', { reference: notification.incident!.reference })}</Anchor>}
          {!link && notification.alertId !== null && <Anchor component={Link} to="/alerts" size="sm">{t('notifications.openAlerts')}</Anchor>}
        </Stack>
        {unread && (
          <Button size="xs" variant="subtle" loading={markRead.isPending} onClick={() => markRead.mutate(notification.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
