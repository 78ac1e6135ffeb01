import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { PercentBar } from './PercentBar';
import { useRegionReadiness } from './queries';
import { regionPath } from './readiness';
import type { RegionReadiness } from './readinessApi';

/**
 * "Kesiapan" on another region page (the vulnerability page): the overall percent and each domain's,
 * with a link to the readiness page that holds the checklists. Readiness is read only inside one's
 * scope, while vulnerability scores are read nationally: out of scope, a plain note says so.
 */
export function RegionReadinessSummary({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const readiness = useRegionReadiness(regionCode);
  const current = readiness.data?.region.code === regionCode ? readiness.data : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-summary-title" data-testid="region-readiness">
      <Stack gap="sm">
        <Title order={2} size="h4" id="readiness-summary-title">{t('readiness.summary.title')}</Title>
        {readiness.isPending && <Loading />}
        {readiness.isError && <ReadinessProblem error={readiness.error} onRetry={() => void readiness.refetch()} />}
        {current && <ReadinessDomains view={current} />}
      </Stack>
    </Paper>
  );
}

/** Out of scope (404) or a role that reads no readiness (403): a note, not an error. */
function ReadinessProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && (error.status === 404 || error.status === 403)) {
    return <Text size="sm" c="dimmed" data-testid="readiness-hidden">{t('readiness.summary.notVisible')}</Text>;
  }
  return <ErrorNotice error={error} onRetry={onRetry} />;
}

function ReadinessDomains({ view }: { view: RegionReadiness }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <>
      <div>
        <Text size="sm" c="dimmed">{t('readiness.region.overall')}</Text>
        <PercentBar percent={view.percent} label={t('readiness.region.overall')} testId="readiness-summary-overall" />
      </div>
      <SimpleGrid component="ul" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0} p={0} style={{ listStyle: 'none' }}
        aria-label={t('readiness.region.domains')}>
        {view.domains.map((domain) => {
          const label = domain.label[lang];
          return (
            <li key={domain.domain} data-testid="readiness-domain" data-domain={domain.domain}>
              <Text size="sm" fw={500}>{label}</Text>
              <PercentBar percent={domain.percent} label={t('readiness.region.domainPercent', { label })} compact testId="readiness-domain-percent" />
            </li>
          );
        })}
      </SimpleGrid>
      <Anchor component={Link} to={regionPath(view.region.code)} size="sm" data-testid="readiness-link">
        {t('readiness.summary.open', { name: view.region.name })}
      </Anchor>
    </>
  );
}
