import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import type { ReportDetail } from './api';
import { useRollup, usePullRollup } from './queries';
import { StateBadge } from './StateBadge';

/** A province report's kabupaten/kota reports of the same period, the missing ones, and pulling their summaries in. */
export function RollupPanel({ report, canPull }: { report: ReportDetail; canPull: boolean }) {
  const { t } = useTranslation();
  const rollup = useRollup(report.id, true);
  const pull = usePullRollup();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-rollup-title" data-testid="report-rollup">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="report-rollup-title">{t('politicalReports.rollup.title')}</Title>
          {canPull && (
            <Button variant="light" loading={pull.isPending} disabled={!rollup.data || rollup.data.items.length === 0}
              onClick={() => pull.mutate({ id: report.id, version: report.version })}>
              {t('politicalReports.rollup.pull')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">{t('politicalReports.rollup.intro')}</Text>
        {pull.isError && <ErrorNotice error={pull.error} />}
        {pull.isSuccess && <Text size="sm" c="green" role="status">{t('politicalReports.rollup.pulled')}</Text>}
        {rollup.isPending && <Loading />}
        {rollup.isError && <ErrorNotice error={rollup.error} />}
        {rollup.data && rollup.data.items.length > 0 && (
          <Table>
            <Table.Tbody>
              {rollup.data.items.map((entry) => (
                <Table.Tr key={entry.regionCode}>
                  <Table.Td><Anchor component={Link} to={`/laporan-politik/${entry.reportId}`}>{entry.regionName}</Anchor></Table.Td>
                  <Table.Td><StateBadge state={entry.state} late={entry.late} /></Table.Td>
                  <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{entry.summary || '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {rollup.data && rollup.data.missing.length > 0 && (
          <div data-testid="report-rollup-missing">
            <Text size="sm" fw={600} c="red">{t('politicalReports.rollup.missing', { count: rollup.data.missing.length })}</Text>
            <List size="sm">{rollup.data.missing.map((entry) => <List.Item key={entry.regionCode}>{entry.regionName}</List.Item>)}</List>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
