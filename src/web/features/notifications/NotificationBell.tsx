import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allows, READERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { useNotificationLive, useUnreadCount } from './queries';

/** The header's bell: the unread count of the account's notifications, kept current by the live feed. */
export function NotificationBell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const active = allows(READERS, user?.role);
  useNotificationLive(active);
  const unread = useUnreadCount(active).data ?? 0;
  if (!active) return null;
  const label = unread > 0 ? t('notifications.bellUnread', { n: unread }) : t('notifications.bell');
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={unread === 0} offset={4} data-testid="notification-count">
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray" size="lg" aria-label={label} title={label} data-testid="notification-bell">
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
