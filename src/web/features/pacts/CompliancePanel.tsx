import { Anchor, Button, CopyButton, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { pactsApi, type CampaignSummary, type Compliance, type Target } from './api';
import { ProgressChart } from './ProgressChart';
import { useCompliance, useReminders } from './queries';

/** Totals, the share verified per region and per kind of office, progress over time, who is late or missing, and reminders. */
export function CompliancePanel({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const query = useCompliance(campaign.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pact-compliance-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="pact-compliance-title">{t('pacts.compliance')}</Title>
        {query.isPending && <Loading />}
        {query.isError && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && <ComplianceBody campaign={campaign} compliance={query.data} />}
      </Stack>
    </Paper>
  );
}

function ComplianceBody({ campaign, compliance }: { campaign: CampaignSummary; compliance: Compliance }) {
  const { t } = useTranslation();
  const { totals } = compliance;
  const figure = (key: keyof Compliance['totals'], value: number | string) => (
    <Paper withBorder p="xs" data-testid={`pact-total-${key}`}>
      <Text size="xs" c="dimmed">{t(`pacts.totals.${key}`)}</Text>
      <Text size="xl" fw={700}>{value}</Text>
    </Paper>
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="pact-totals">
        {figure('targets', totals.targets)}
        {figure('submitted', totals.submitted)}
        {figure('verified', totals.verified)}
        {figure('rejected', totals.rejected)}
        {figure('late', totals.late)}
        {figure('missing', totals.missing)}
        {figure('percentSubmitted', `${totals.percentSubmitted}%`)}
        {figure('percentVerified', `${totals.percentVerified}%`)}
      </SimpleGrid>
      {compliance.progress.length > 0 && <ProgressChart progress={compliance.progress} targets={totals.targets} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Breakdown
          title={t('pacts.byRegion')} testId="pact-by-region"
          rows={compliance.byRegion.map((row) => ({ key: row.regionCode, name: row.regionName, ...row }))}
        />
        <Breakdown
          title={t('pacts.byKind')} testId="pact-by-kind"
          rows={compliance.byKind.map((row) => ({ key: row.kind, name: t(`pacts.kind.${row.kind}`), ...row }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <NameList title={t('pacts.lateList', { count: compliance.late.length })} rows={compliance.late} testId="pact-late" />
        <NameList title={t('pacts.missingList', { count: compliance.missing.length })} rows={compliance.missing} testId="pact-missing" />
      </SimpleGrid>
      <Reminders campaign={campaign} />
    </Stack>
  );
}

interface BreakdownRow { key: string; name: string; targets: number; submitted: number; verified: number; percentVerified: number }

function Breakdown({ title, rows, testId }: { title: string; rows: BreakdownRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">{title}</Title>
      <Table striped withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr><Table.Th /><Table.Th>{t('pacts.totals.targets')}</Table.Th><Table.Th>{t('pacts.totals.submitted')}</Table.Th><Table.Th>{t('pacts.totals.verified')}</Table.Th><Table.Th>%</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}><Table.Td>{row.name}</Table.Td><Table.Td>{row.targets}</Table.Td><Table.Td>{row.submitted}</Table.Td><Table.Td>{row.verified}</Table.Td><Table.Td>{row.percentVerified}%</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function NameList({ title, rows, testId }: { title: string; rows: Partial<Target>[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">{title}</Title>
      {rows.length === 0 ? <Text size="sm" c="dimmed">{t('pacts.nobody')}</Text> : (
        <Stack gap={2} component="ul" data-testid={testId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row, index) => <Text key={row.id ?? index} component="li" size="sm">{row.name}{row.regionName ? ` · ${row.regionName}` : ''}</Text>)}
        </Stack>
      )}
    </Stack>
  );
}

/** Targets not yet verified with a ready message each: copied all at once, or exported for a mail merge. */
function Reminders({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const query = useReminders(campaign.id, shown);
  const items = query.data?.items ?? [];
  const text = items.map((item) => `${item.name}${item.contactPhone ? ` (${item.contactPhone})` : ''}\n${item.message}`).join('\n\n');
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">{t('pacts.reminders')}</Title>
        <Group gap="xs">
          <Anchor href={pactsApi.remindersUrl(campaign.id, 'csv')} size="sm" download>CSV</Anchor>
          <Anchor href={pactsApi.remindersUrl(campaign.id, 'xlsx')} size="sm" download>XLSX</Anchor>
          {!shown && <Button size="xs" variant="light" onClick={() => setShown(true)}>{t('pacts.showReminders')}</Button>}
          {shown && items.length > 0 && (
            <CopyButton value={text}>
              {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('pacts.copied') : t('pacts.copyAll')}</Button>}
            </CopyButton>
          )}
        </Group>
      </Group>
      {shown && query.isPending && <Loading />}
      {query.isError && <ErrorNotice error={query.error} />}
      {shown && query.data && items.length === 0 && <Text size="sm" c="dimmed">{t('pacts.nobody')}</Text>}
      {items.length > 0 && (
        // A long list of messages scrolls inside the panel instead of pushing the targets far down.
        <ScrollArea.Autosize mah={420}>
        <Table striped withTableBorder data-testid="pact-reminders">
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.targetId}>
                <Table.Td><Text size="sm" fw={500}>{item.name}</Text><Text size="xs" c="dimmed">{[item.contactName, item.contactPhone, item.contactEmail].filter(Boolean).join(' · ')}</Text></Table.Td>
                <Table.Td><Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>{item.message}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
