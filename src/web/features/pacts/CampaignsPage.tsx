import { Anchor, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { formatInZone } from '../../shell/zonedTime';
import { RegionFilterNote } from '../action-items/RegionFilterNote';
import { allows, MANAGERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { CAMPAIGN_PAGE, useCampaigns } from './queries';
import { percent } from './StatusBadge';
import { zoneLabel } from './zone';

const URL_KEYS = ['region', 'overdue'] as const;

/**
 * /pakta-integritas — the integrity-pact campaigns of the caller's scope with their counts and compliance;
 * ?region= keeps those inside a region, ?overdue=true those past their deadline with pacts still missing
 * (the dashboard's pact numbers link here).
 */
export function CampaignsPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  useDocumentTitle(`${t('pacts.title')} · Sinergi`);
  const manager = allows(MANAGERS, useCurrentUser()?.role);
  const { values, page, update, setPage } = useUrlFilters(URL_KEYS);
  const overdue = values.overdue === 'true';
  const query = useCampaigns(values.region || undefined, page, overdue);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('pacts.title')}</Title>
        {manager && <Button component={Link} to="/pakta-integritas/baru">{t('pacts.newCampaign')}</Button>}
      </Group>
      <Text size="sm">{t('pacts.intro')}</Text>
      {values.region && <RegionFilterNote code={values.region} onClear={() => update({ region: undefined })} describe={(name) => t('pacts.regionOnly', { name })} />}
      {overdue && (
        <Group gap="xs" data-testid="pact-overdue-filter">
          <Text size="sm" fw={500}>{t('pacts.overdueOnly')}</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => update({ overdue: undefined })}>{t('pacts.allCampaigns')}</Button>
        </Group>
      )}
      {query.isPending && <Loading />}
      {query.isError && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && <Text c="dimmed" data-testid="pact-campaigns-empty">{t(values.region || overdue ? 'pacts.noCampaignsFiltered' : 'pacts.noCampaigns')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <Paper withBorder>
          <Table striped data-testid="pact-campaigns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pacts.campaign')}</Table.Th>
                <Table.Th>{t('pacts.region')}</Table.Th>
                <Table.Th>{t('pacts.deadline')}</Table.Th>
                <Table.Th>{t('pacts.countsLabel')}</Table.Th>
                <Table.Th>{t('pacts.compliance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((campaign) => {
                const verified = percent(campaign.counts.diverifikasi, campaign.counts.targets);
                return (
                  <Table.Tr key={campaign.id}>
                    <Table.Td><Anchor component={Link} to={`/pakta-integritas/${campaign.id}`}>{campaign.title}</Anchor></Table.Td>
                    <Table.Td>{campaign.regionName}</Table.Td>
                    <Table.Td>{formatInZone(locale, campaign.deadline, zoneLabel(campaign.timeZone, campaign.regionCode))}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{t('pacts.counts', { ...campaign.counts })}</Text>
                    </Table.Td>
                    <Table.Td miw={140}>
                      <Text size="sm" fw={600}>{t('pacts.percentVerified', { value: verified })}</Text>
                      <Progress value={verified} size="sm" aria-label={t('pacts.percentVerified', { value: verified })} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {query.data && <Pager page={page} pageSize={CAMPAIGN_PAGE} total={query.data.total} shown={query.data.items.length} onChange={setPage} />}
    </Stack>
  );
}
