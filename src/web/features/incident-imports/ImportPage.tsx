import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatInstant } from '../../shell/time';
import { useLang } from '../../shell/useLang';
import { ImportForm } from './ImportForm';
import { ImportReport } from './ImportReport';
import { useImports } from './queries';

/** /incidents/import?id= — upload a CSV/XLSX of reports, follow its progress and row report; earlier imports below. */
export function ImportPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  useDocumentTitle(`${t('incidentImport.title')} · Sinergi`);
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('id'));
  const current = Number.isInteger(id) && id > 0 ? id : null;
  const history = useImports();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/incidents" size="sm">{t('incidents.backToList')}</Anchor>
      <Title order={1}>{t('incidentImport.title')}</Title>
      <Paper withBorder p="md" component="section">
        <ImportForm onStarted={(started) => setParams({ id: String(started) })} />
      </Paper>
      {current !== null && (
        <Paper withBorder p="md" component="section">
          <ImportReport id={current} />
        </Paper>
      )}
      {history.data && history.data.items.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="import-history">
          <Title order={2} size="h4" mb="sm" id="import-history">{t('incidentImport.history')}</Title>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('incidentImport.file')}</Table.Th><Table.Th>{t('incidentImport.startedAt')}</Table.Th><Table.Th>{t('incidentImport.statusLabel')}</Table.Th><Table.Th>{t('incidentImport.counts')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td><Anchor component={Link} to={`/incidents/import?id=${item.id}`} size="sm">{item.fileName}</Anchor></Table.Td>
                  <Table.Td><Text size="sm">{formatInstant(locale, item.createdAt)}</Text></Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`incidentImport.status.${item.status}`)}</Badge>
                    {item.dryRun && <Badge variant="outline" ml={4}>{t('incidentImport.dryRunBadge')}</Badge>}
                  </Table.Td>
                  <Table.Td><Text size="sm">{t('incidentImport.countsValue', { accepted: item.acceptedRows, rejected: item.rejectedRows, skipped: item.skippedRows, total: item.totalRows })}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
