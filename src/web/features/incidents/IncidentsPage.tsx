import './incidents.css';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { allows, READERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { FilterPanel } from '../meetings/FilterPanel';
import { IncidentExportButtons } from './IncidentExportButtons';
import { IncidentFilterBar } from './IncidentFilterBar';
import { QueuePanel } from './offline/QueuePanel';
import { IncidentTable } from './IncidentTable';
import { BulkTriageBar } from '../incident-duplicates/BulkTriageBar';
import { useIncidentSelection } from '../incident-duplicates/useSelection';
import { INCIDENT_PAGE, useIncidents } from './queries';
import { useIncidentFilters } from './useIncidentFilters';
import { useIncidentLive } from './useIncidentLive';
import { TRIAGERS } from './access';

/** /incidents?region=&status=&category=&severity=&from=&to=&q=&page= — reports in scope, latest event first, kept current by the live feed. */
export function IncidentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('incidents.title')} · Sinergi`);
  const role = useCurrentUser()?.role;
  const { values, page, update, setPage, api, zone } = useIncidentFilters();
  const incidents = useIncidents(api, page);
  useIncidentLive();
  const data = incidents.data;
  // Bulk triage: triagers tick rows and act on them together.
  const selection = useIncidentSelection(data?.items);
  const mayTriage = allows(TRIAGERS, role);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('incidents.title')}</Title>
        <Group gap="xs">
          {allows(TRIAGERS, role) && <Button component={Link} to="/incidents/triage" variant="light">{t('incidents.triage.title')}</Button>}
          {allows(TRIAGERS, role) && <Button component={Link} to="/incidents/import" variant="light">{t('incidentImport.nav')}</Button>}
          {role === 'admin' && <Button component={Link} to="/incidents/categories" variant="light">{t('incidentCategories.nav')}</Button>}
          <IncidentExportButtons filters={api} />
          <Button component={Link} to="/incidents/new">{t('incidents.new')}</Button>
        </Group>
      </Group>
      <QueuePanel />
      {allows(READERS, role) && (
        <FilterPanel active={Object.values(values).filter(Boolean).length}>
          <IncidentFilterBar values={values} update={update} />
          {(values.from || values.to) && <Text size="xs" c="dimmed" mt="xs">{t('incidents.daysIn', { zone })}</Text>}
        </FilterPanel>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="incident-list-title" aria-busy={incidents.isFetching}>
        <Title order={2} size="h4" mb="sm" id="incident-list-title">{t(allows(READERS, role) ? 'incidents.listTitle' : 'incidents.mineTitle')}</Title>
        {incidents.isPending && <Loading />}
        {incidents.isError && <ErrorNotice error={incidents.error} onRetry={() => void incidents.refetch()} />}
        {data && data.items.length === 0 && <Text c="dimmed">{t('incidents.empty')}</Text>}
        {data && data.items.length > 0 && (
          <>
            <IncidentTable incidents={data.items} label={t('incidents.listTitle')} selection={mayTriage ? selection : undefined} />
            {mayTriage && <BulkTriageBar incidents={data.items} selection={selection} />}
            <Pager page={page} pageSize={INCIDENT_PAGE} total={data.total} shown={data.items.length} onChange={setPage} totalCapped={data.totalCapped} hasNext={data.next !== null} />
          </>
        )}
      </Paper>
    </Stack>
  );
}
