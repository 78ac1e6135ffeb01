import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { allows, READERS } from '../auth/access';
import { useMe } from '../auth/session';
import { RegionChooser } from '../regions/RegionChooser';
import { AlertsPanel } from './AlertsPanel';
import { ElectionPanel } from './ElectionPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { IncidentsPanel } from './IncidentsPanel';
import { usePanel, useDashboardLive, usePrefetchFirstPanels } from './queries';
import { RegionsPanel } from './RegionsPanel';
import { canPickRegion, mapParent } from './view';
import './dashboard.css';

const KEYS = ['region'] as const;

/**
 * / — the situation room: how the account's area stands now (issue 10). Each panel asks its own
 * endpoint, so they load side by side and one slow or failing panel leaves the others alone. Visitors
 * and reporters, who read no region, go on to the region browser as before.
 */
export function DashboardPage() {
  const me = useMe();
  usePrefetchFirstPanels(useUrlFilters(KEYS).values.region || undefined);
  if (me.isPending) return <Loading />;
  if (!me.data || !allows(READERS, me.data.role)) return <Navigate to="/regions" replace />;
  return <Dashboard scope={me.data.scopeRegionCode} />;
}

function Dashboard({ scope }: { scope: string | null }) {
  const { t } = useTranslation();
  const { values, update } = useUrlFilters(KEYS);
  const region = values.region || undefined;
  useDashboardLive(region);
  const election = usePanel('election', region);
  const incidents = usePanel('incidents', region);
  const place = election.data?.region?.name ?? (scope === null && !region ? t('dashboard.national') : undefined);
  useDocumentTitle(`${t('dashboard.title')} · Sinergi`);
  // The first meaningful render: where the election stands and the open incidents are on screen
  // (answered or failed). Tests and the benchmark (bench/sitroom-browser.ts) wait for this mark.
  const ready = !election.isPending && !incidents.isPending;
  return (
    <Stack gap="md" data-testid={ready ? 'dashboard-ready' : 'dashboard-loading'}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('dashboard.title')}</Title>
          {place && <Text c="dimmed" data-testid="dash-place">{place}</Text>}
        </div>
        <Group gap="md">
          <Anchor component={Link} to="/laporan-situasi" size="sm">{t('dashboard.sitrepLink')}</Anchor>
          <Anchor component={Link} to="/regions" size="sm">{t('dashboard.regionsLink')}</Anchor>
        </Group>
      </Group>
      {canPickRegion(scope) && (
        <div role="group" aria-label={t('dashboard.region')} className="dash-picker">
          <RegionChooser code={region} onChange={(code) => update({ region: code })} within={scope ?? undefined}
            labels={{ field: t('dashboard.region'), chosen: t('dashboard.region'), none: t('dashboard.wholeScope'), search: t('dashboard.regionSearch') }} />
        </div>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ElectionPanel region={region} />
        <AlertsPanel region={region} />
      </SimpleGrid>
      <IncidentsPanel region={region} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <RegionsPanel region={region} mapParent={mapParent(region ?? scope)} onPick={(code) => update({ region: code })} />
        <FollowUpPanel region={region} />
      </SimpleGrid>
    </Stack>
  );
}
