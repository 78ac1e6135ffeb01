import { Anchor, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import type { AlertFilters } from './api';
import { AlertCard } from './AlertCard';
import { useAlerts, useAlertsLive } from './queries';

type View = 'open' | 'baru' | 'diakui' | 'selesai';
const FILTERS: Record<View, AlertFilters> = { open: { open: 'true' }, baru: { status: 'baru' }, diakui: { status: 'diakui' }, selesai: { status: 'selesai' } };

/** The alerts panel: alerts in the caller's scope, newest first, kept current by the live feed. */
export function AlertsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('open');
  const [heard, setHeard] = useState(0);
  const alerts = useAlerts(FILTERS[view]);
  useAlertsLive(() => setHeard((count) => count + 1));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('alerts.title')}</Title>
        <Anchor component={Link} to="/alerts/rules">{t('alerts.rules.link')}</Anchor>
      </Group>
      <Text size="sm" c="dimmed">{t('alerts.intro')}</Text>
      <SegmentedControl value={view} onChange={(value) => setView(value as View)} aria-label={t('alerts.filter')}
        data={(Object.keys(FILTERS) as View[]).map((key) => ({ value: key, label: t(`alerts.view.${key}`) }))} />
      {heard > 0 && <Text size="xs" c="dimmed" role="status" data-testid="alerts-live">{t('alerts.liveHeard', { count: heard })}</Text>}
      {alerts.isPending && <Loading />}
      {alerts.isError && <ErrorNotice error={alerts.error} onRetry={() => void alerts.refetch()} />}
      {alerts.data && alerts.data.items.length === 0 && <Text data-testid="alerts-empty">{t('alerts.empty')}</Text>}
      {alerts.data && alerts.data.items.length > 0 && (
        <Stack component="ul" gap="sm" className="alert-list" aria-label={t('alerts.title')} data-total={alerts.data.total}>
          {alerts.data.items.map((alert) => <AlertCard key={alert.id} alert={alert} />)}
        </Stack>
      )}
    </Stack>
  );
}
