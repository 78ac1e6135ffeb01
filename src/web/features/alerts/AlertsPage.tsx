import { Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { RegionFilterNote } from '../action-items/RegionFilterNote';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import type { AlertFilters } from './api';
import { AlertCard } from './AlertCard';
import { useAlert, useAlerts, useAlertsLive } from './queries';

type View = 'open' | 'baru' | 'diakui' | 'selesai';
const FILTERS: Record<View, AlertFilters> = { open: { open: 'true' }, baru: { status: 'baru' }, diakui: { status: 'diakui' }, selesai: { status: 'selesai' } };
const VIEWS = Object.keys(FILTERS) as View[];
const URL_KEYS = ['view', 'region', 'id'] as const;
const isView = (value: string): value is View => (VIEWS as string[]).includes(value);

/** The alerts panel: alerts in the caller's scope, newest first, kept current by the live feed. */
export function AlertsPage() {
  const { t } = useTranslation();
  // In the URL (?view=open&region=51), so the dashboard's alert count links to exactly this list.
  const { values, update } = useUrlFilters(URL_KEYS);
  const view: View = isView(values.view) ? values.view : 'open';
  // ?id=N: the one alert a dashboard line links to, whatever its status now.
  const one = /^[1-9]\d{0,9}$/.test(values.id) ? Number(values.id) : null;
  const [heard, setHeard] = useState(0);
  const alerts = useAlerts({ ...FILTERS[view], ...(values.region ? { region: values.region } : {}) }, 1, one === null);
  const single = useAlert(one);
  useAlertsLive(() => setHeard((count) => count + 1));
  const list = one === null ? alerts : single;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('alerts.title')}</Title>
        <Anchor component={Link} to="/alerts/rules">{t('alerts.rules.link')}</Anchor>
      </Group>
      <Text size="sm" c="dimmed">{t('alerts.intro')}</Text>
      <SegmentedControl value={view} onChange={(value) => update({ view: value === 'open' ? undefined : value, id: undefined })} aria-label={t('alerts.filter')}
        data={VIEWS.map((key) => ({ value: key, label: t(`alerts.view.${key}`) }))} />
      {one !== null && (
        <Group gap="xs" data-testid="alerts-one">
          <Text size="sm" fw={500}>{t('alerts.oneOnly', { id: one })}</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => update({ id: undefined })}>{t('alerts.allAlerts')}</Button>
        </Group>
      )}
      {one === null && values.region && <RegionFilterNote code={values.region} onClear={() => update({ region: undefined })} describe={(name) => t('alerts.regionOnly', { name })} />}
      {heard > 0 && <Text size="xs" c="dimmed" role="status" data-testid="alerts-live">{t('alerts.liveHeard', { count: heard })}</Text>}
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {one !== null && single.data && (
        <Stack component="ul" gap="sm" className="alert-list" aria-label={t('alerts.title')} data-total={1}>
          <AlertCard key={single.data.id} alert={single.data} />
        </Stack>
      )}
      {one === null && alerts.data && alerts.data.items.length === 0 && <Text data-testid="alerts-empty">{t('alerts.empty')}</Text>}
      {one === null && alerts.data && alerts.data.items.length > 0 && (
        <Stack component="ul" gap="sm" className="alert-list" aria-label={t('alerts.title')} data-total={alerts.data.total}>
          {alerts.data.items.map((alert) => <AlertCard key={alert.id} alert={alert} />)}
        </Stack>
      )}
    </Stack>
  );
}
