import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RegionDetail } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { ChildrenPanel } from './ChildrenPanel';
import { useRegion } from './queries';
import { RegionFacts } from './RegionFacts';

/** /regions/:code — one region, where it lies, and what lies under it. */
export function RegionPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const detail = useRegion(code);
  useDocumentTitle(`${detail.data?.region.name ?? t('nav.regions')} · Sinergi`);

  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    return (
      <Stack gap="md">
        <RegionBreadcrumbs />
        <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />
      </Stack>
    );
  }
  const { region } = detail.data;
  return (
    <Stack gap="lg">
      <RegionBreadcrumbs detail={detail.data} />
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Text size="sm" c="dimmed" tt="uppercase" fw={600}>{t(`kind.${region.kind}`)}</Text>
          <Title order={1} size="h2">{region.name}</Title>
        </div>
        <Button component={Link} to={`/calendar?region=${region.code}`} variant="light">
          {t('region.calendarLink')}
        </Button>
      </Group>
      <Paper withBorder p="md">
        <RegionFacts detail={detail.data} />
      </Paper>
      {region.level !== 'village' && <ChildrenPanel region={region} />}
    </Stack>
  );
}

function RegionBreadcrumbs({ detail }: { detail?: RegionDetail }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('region.breadcrumb')}>
      <Breadcrumbs separator="›" className="breadcrumbs">
        <Anchor component={Link} to="/regions" size="sm">{t('region.root')}</Anchor>
        {detail?.ancestors.map((ancestor) => (
          <Anchor key={ancestor.code} component={Link} to={`/regions/${ancestor.code}`} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        {detail && <Text size="sm" aria-current="page">{detail.region.name}</Text>}
      </Breadcrumbs>
    </nav>
  );
}
