import './alerts.css';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAlertsLive, useOpenAlertCount } from './queries';

/** The number of open alerts in the caller's scope, next to the nav link (nothing when none). */
export function OpenAlertsBadge() {
  const { t } = useTranslation();
  const count = useOpenAlertCount();
  // The badge follows the live feed on every page.
  useAlertsLive();
  if (!count.data) return null;
  return (
    <Badge size="xs" color="red" circle data-testid="open-alerts-badge" aria-label={t('alerts.openCount', { count: count.data })}>
      {count.data > 99 ? '99+' : count.data}
    </Badge>
  );
}
