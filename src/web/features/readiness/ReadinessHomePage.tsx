import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useCurrentUser } from '../auth/session';
import { useRegion, useRegionChildren, useRegionSearch } from '../regions/queries';
import { regionPath } from './readiness';
import './readiness.css';

/**
 * /readiness — where to start: the account's own region (a province with its kabupaten/kota, or its
 * kabupaten/kota), or every province for a national account. Readiness stops at kabupaten/kota, so a
 * scope deeper than that starts at its kabupaten/kota.
 */
export function ReadinessHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('readiness.home.title')} · Sinergi`);
  const user = useCurrentUser();
  const scope = user?.scopeRegionCode ?? null;
  return (
    <Stack gap="lg" className="readiness-page">
      <Stack gap={6}>
        <Title order={1} size="h2">{t('readiness.home.title')}</Title>
        <Text c="dimmed" size="sm">{t('readiness.home.intro')}</Text>
      </Stack>
      {user === undefined ? <Loading /> : scope === null ? <Provinces /> : <Scope code={scope.split('.').slice(0, 2).join('.')} />}
    </Stack>
  );
}

function RegionLinks({ items, label }: { items: RegionSummary[]; label: string }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" className="readiness-links" aria-label={label}>
      {items.map((region) => (
        <li key={region.code}>
          <Anchor component={Link} to={regionPath(region.code)} className="readiness-link">{region.name}</Anchor>
        </li>
      ))}
    </SimpleGrid>
  );
}

/** A national account: the 38 provinces. */
function Provinces() {
  const { t } = useTranslation();
  const provinces = useRegionSearch('');
  const label = t('readiness.home.provinces');
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Title order={2} size="h4" mb="sm">{label}</Title>
      {provinces.isPending && <Loading />}
      {provinces.isError && <ErrorNotice error={provinces.error} onRetry={() => void provinces.refetch()} />}
      {provinces.data && <RegionLinks items={provinces.data.items} label={label} />}
    </Paper>
  );
}

/** The account's province (with its kabupaten/kota) or kabupaten/kota. */
function Scope({ code }: { code: string }) {
  const { t } = useTranslation();
  const region = useRegion(code);
  const isProvince = !code.includes('.');
  const children = useRegionChildren(code, isProvince);
  if (region.isPending) return <Loading />;
  if (region.isError) return <ErrorNotice error={region.error} onRetry={() => void region.refetch()} />;
  const { name } = region.data.region;
  const childrenLabel = t('readiness.home.children', { name });
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-label={t('readiness.home.scope')}>
        <Text size="sm" c="dimmed" mb={4}>{t('readiness.home.scope')}</Text>
        <Anchor component={Link} to={regionPath(code)} fw={700} fz="lg" data-testid="scope-region">{name}</Anchor>
        {isProvince && <Text size="sm" c="dimmed" mt={4}>{t('readiness.home.provinceHint')}</Text>}
      </Paper>
      {isProvince && (
        <Paper withBorder p="md" component="section" aria-label={childrenLabel}>
          <Title order={2} size="h4" mb="sm">{childrenLabel}</Title>
          {children.isPending && <Loading />}
          {children.isError && <ErrorNotice error={children.error} onRetry={() => void children.refetch()} />}
          {children.data && <RegionLinks items={children.data.items} label={childrenLabel} />}
        </Paper>
      )}
    </Stack>
  );
}
