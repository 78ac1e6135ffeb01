import { Alert, Anchor, Badge, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import type { ImportDetail } from './api';
import { useImport } from './queries';

const STATUS_COLOR: Record<ImportDetail['status'], string> = { berjalan: 'blue', selesai: 'green', ditolak: 'orange', gagal: 'red' };

/** One import: a progress bar while it runs (polled), then its outcome, the row report and the reports it wrote. */
export function ImportReport({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useImport(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const percent = detail.totalRows === 0 ? 100 : Math.round((detail.processedRows / detail.totalRows) * 100);
  const done = detail.status !== 'berjalan';
  // Every row checked, the import still running: its rows are being written, batch by batch.
  const writing = !done && !detail.dryRun && detail.processedRows >= detail.totalRows;
  const omitted = (listed: number, more: number) => more > 0 && <Text size="sm" c="dimmed">{t('incidentImport.omitted', { listed, more })}</Text>;
  return (
    <Stack gap="md" data-testid="import-report">
      <Group gap="sm">
        <Title order={2} size="h4">{t('incidentImport.reportTitle', { id: detail.id, file: detail.fileName })}</Title>
        <Badge color={STATUS_COLOR[detail.status]} data-testid="import-status">{t(`incidentImport.status.${detail.status}`)}</Badge>
        {detail.dryRun && <Badge variant="outline">{t('incidentImport.dryRunBadge')}</Badge>}
      </Group>
      <Progress value={done ? 100 : percent} animated={!done} aria-label={t('incidentImport.progress', { processed: detail.processedRows, total: detail.totalRows })} />
      <Text size="sm" c="dimmed" data-testid="import-progress">
        {writing ? t('incidentImport.writingProgress', { accepted: detail.acceptedRows }) : t('incidentImport.progress', { processed: detail.processedRows, total: detail.totalRows })}
      </Text>
      {done && <Alert color={STATUS_COLOR[detail.status]} data-testid="import-summary">{detail.summary}{detail.failure ? ` (${detail.failure})` : ''}</Alert>}
      {detail.sameFileAs !== null && <Alert color="yellow">{t('incidentImport.sameFile', { id: detail.sameFileAs })}</Alert>}
      {detail.problems.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">{t('incidentImport.problems', { count: detail.rejectedRows })}</Title>
          <Table striped withTableBorder aria-label={t('incidentImport.problemsTable')} data-testid="import-problems">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('incidentImport.row')}</Table.Th><Table.Th>{t('incidentImport.column')}</Table.Th><Table.Th>{t('incidentImport.value')}</Table.Th><Table.Th>{t('incidentImport.reason')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.problems.map((problem, index) => (
                <Table.Tr key={`${problem.row}-${index}`}>
                  <Table.Td>{problem.row}</Table.Td>
                  <Table.Td>{problem.column ? t(`incidentImport.columns.${problem.column}`) : '—'}</Table.Td>
                  <Table.Td>{problem.value ?? ''}</Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {omitted(detail.problems.length, detail.omitted.problems)}
        </Stack>
      )}
      {detail.skipped.length > 0 && (
        <Text size="sm">{t('incidentImport.skipped', { rows: detail.skipped.map((skip) => skip.row).join(', ') })}</Text>
      )}
      {omitted(detail.skipped.length, detail.omitted.skipped)}
      {detail.incidents.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">{t('incidentImport.written', { count: detail.incidents.length + detail.omitted.incidents })}</Title>
          <Group gap="xs" data-testid="import-incidents">
            {detail.incidents.slice(0, 200).map((incident) => (
              <Anchor key={incident.id} component={Link} to={`/incidents/${incident.id}`} size="sm">{incident.reference}</Anchor>
            ))}
          </Group>
          <Anchor component={Link} to="/incidents" size="sm">{t('incidentImport.toList')}</Anchor>
        </Stack>
      )}
    </Stack>
  );
}
