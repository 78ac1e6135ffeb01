import { Anchor, Breadcrumbs, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RegionSummary } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useCurrentUser } from '../auth/session';
import { useOutlines } from '../geo/outlines';
import { useRegion, useRegionChildren, useRegionSearch } from '../regions/queries';
import { useReadinessScores } from './queries';
import { regionPath } from './readiness';
import './readiness.css';

// The map (ECharts) is large: it loads with the first visit of this page, not with the app.
const ReadinessMap = lazy(() => import('./ReadinessMap').then((m) => ({ default: m.ReadinessMap })));

/**
 * /readiness?parent= — where to start: a map of readiness by band with, under it, the links to the
 * regions' pages (the accessible route to the same places). A national account sees the provinces
 * and drills into one (?parent=51, a step the back button undoes); a scoped account starts at its
 * province's kabupaten/kota. A click on a kabupaten/kota opens its readiness page. Readiness stops at
 * kabupaten/kota, so a scope deeper than that starts at its kabupaten/kota.
 */
export function ReadinessHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('readiness.home.title')} · Sinergi`);
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const scope = user?.scopeRegionCode ?? null;
  const asked = params.get('parent') || undefined;
  // A scoped account's map starts at its own province; a national one at the provinces.
  const parent = asked ?? (scope === null ? undefined : scope.split('.')[0]);
  return (
    <Stack gap="lg" className="readiness-page">
      <Stack gap={6}>
        {scope === null && asked !== undefined && <HomeBreadcrumbs parent={asked} />}
        <Title order={1} size="h2">{t('readiness.home.title')}</Title>
        <Text c="dimmed" size="sm">{t('readiness.home.intro')}</Text>
      </Stack>
      {user === undefined ? <Loading /> : (
        <>
          <MapSection parent={parent} />
          {scope !== null ? <Scope code={scope.split('.').slice(0, 2).join('.')} kicker={t('readiness.home.scope')} />
            : asked !== undefined ? <Scope code={asked} kicker={t('readiness.region.levelProvince')} />
              : <Provinces />}
        </>
      )}
    </Stack>
  );
}

/** "Indonesia › Bali" when a national account has drilled into a province. */
function HomeBreadcrumbs({ parent }: { parent: string }) {
  const { t } = useTranslation();
  const region = useRegion(parent);
  return (
    <nav aria-label={t('readiness.map.breadcrumb')}>
      <Breadcrumbs separator="›" className="breadcrumbs">
        <Anchor component={Link} to="/readiness" size="sm">{t('readiness.map.root')}</Anchor>
        <Text size="sm" aria-current="page">{region.data?.region.name ?? parent}</Text>
      </Breadcrumbs>
    </nav>
  );
}

/** The map: provinces, or a province's kabupaten/kota; a province drills down, a kabupaten/kota opens its page. */
function MapSection({ parent }: { parent: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const scores = useReadinessScores(parent);
  const outlines = useOutlines(parent);
  const data = scores.data;
  const onSelect = (code: string) => {
    if (data?.level === 'provinsi') setParams({ parent: code });
    else void navigate(regionPath(code));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-map-title" aria-busy={scores.isFetching || outlines.isFetching}>
      <Title order={2} size="h4" id="readiness-map-title">
        {data?.parent ? t('readiness.map.titleRegencies', { name: data.parent.name }) : t('readiness.map.titleProvinces')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">{data?.level === 'kabupaten_kota' ? t('readiness.map.hintRegencies') : t('readiness.map.hintProvinces')}</Text>
      {(scores.isPending || outlines.isPending) && <Loading />}
      {scores.isError && <ErrorNotice error={scores.error} onRetry={() => void scores.refetch()} />}
      {outlines.isError && <ErrorNotice error={outlines.error} onRetry={() => void outlines.refetch()} />}
      {data && outlines.data && (
        <Suspense fallback={<Loading />}>
          <ReadinessMap scores={data} outlines={outlines.data} onSelect={onSelect} />
        </Suspense>
      )}
    </Paper>
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

/** A province (with its kabupaten/kota) or kabupaten/kota: the account's own, or the province drilled into. */
function Scope({ code, kicker }: { code: string; kicker: string }) {
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
      <Paper withBorder p="md" component="section" aria-label={kicker}>
        <Text size="sm" c="dimmed" mb={4}>{kicker}</Text>
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
