import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { MANAGERS, allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import type { ReportFilters } from './api';
import { FILTER_KEYS, ReportFilterBar } from './ReportFilterBar';
import { REPORT_PAGE, useReports } from './queries';
import { ReportTable } from './ReportTable';

/** /laporan-politik?state=&kind=&late=&period=&region=&page= — reports owed and written in the caller's scope. */
export function ReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('politicalReports.title')} · Sinergi`);
  const role = useCurrentUser()?.role;
  const { values, page, update, setPage } = useUrlFilters(FILTER_KEYS);
  const filters = useMemo<ReportFilters>(() => ({
    state: values.state || undefined,
    kind: values.kind || undefined,
    late: values.late === 'true' ? 'true' : undefined,
    period: values.period || undefined,
    regionCode: values.region || undefined,
  }), [values.state, values.kind, values.late, values.period, values.region]);
  const reports = useReports(filters, page);
  const data = reports.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('politicalReports.title')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/laporan-politik/status" variant="light">{t('politicalReports.status.link')}</Button>
          {allows(MANAGERS, role) && <Button component={Link} to="/laporan-politik/jadwal" variant="light">{t('politicalReports.schedules.link')}</Button>}
          {role !== 'viewer' && <Button component={Link} to="/laporan-politik/baru">{t('politicalReports.incidental.new')}</Button>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{t('politicalReports.intro')}</Text>
      <Paper withBorder p="md"><ReportFilterBar values={values} update={update} /></Paper>
      <Paper withBorder p="md" component="section" aria-busy={reports.isFetching}>
        {reports.isPending && <Loading />}
        {reports.isError && <ErrorNotice error={reports.error} onRetry={() => void reports.refetch()} />}
        {data && data.items.length === 0 && <Text c="dimmed" data-testid="political-reports-empty">{t('politicalReports.empty')}</Text>}
        {data && data.items.length > 0 && (
          <>
            <ReportTable reports={data.items} />
            <Pager page={page} pageSize={REPORT_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}
