import { Alert, Button, CopyButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { CampaignSummary } from './api';
import { useIssueLinks } from './queries';
import { zoneLabel } from './zone';

/**
 * Issues a link for every target without a live one, and lists them ready to paste into a message
 * (the tokens are shown once: the server keeps only their hashes).
 */
export function LinksPanel({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const issue = useIssueLinks();
  const zone = zoneLabel(campaign.timeZone, campaign.regionCode);
  const links = issue.data?.links ?? [];
  const text = links.map((link) => `${link.name}: ${link.url}`).join('\n');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pact-links-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="pact-links-title">{t('pacts.links')}</Title>
        <Text size="sm">{t('pacts.linksIntro')}</Text>
        <Group>
          <Button onClick={() => issue.mutate({ id: campaign.id })} loading={issue.isPending}>{t('pacts.issueAll')}</Button>
        </Group>
        {issue.isError && <Alert color="red" role="alert">{issue.error.message}</Alert>}
        {issue.isSuccess && links.length === 0 && <Text size="sm" c="dimmed">{t('pacts.noLinksNeeded')}</Text>}
        {links.length > 0 && (
          <>
            <Group justify="space-between">
              <Text size="sm" fw={600}>{t('pacts.issuedCount', { count: links.length })}</Text>
              <CopyButton value={text}>
                {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('pacts.copied') : t('pacts.copyAll')}</Button>}
              </CopyButton>
            </Group>
            <Table striped data-testid="pact-links">
              <Table.Thead><Table.Tr><Table.Th>{t('pacts.targetName')}</Table.Th><Table.Th>{t('pacts.linkLabel')}</Table.Th><Table.Th>{t('pacts.expiresAt')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {links.map((link) => (
                  <Table.Tr key={link.targetId} data-testid="pact-link-row">
                    <Table.Td>{link.name}</Table.Td>
                    <Table.Td><Text size="xs" className="mono" style={{ wordBreak: 'break-all' }}>{link.url}</Text></Table.Td>
                    <Table.Td><Text size="xs">{formatInZone(locale, link.expiresAt, zone, 'day')}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
