import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import type { ReportSummary } from './api';
import { zoneOf } from './access';
import { localTime, periodLabel } from './format';
import { StateBadge } from './StateBadge';

/** Reports with their region, period, due time in the region's zone and state; owed ones stand out. */
export function ReportTable({ reports }: { reports: ReportSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Table striped data-testid="political-reports" aria-label={t('politicalReports.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('politicalReports.reportTitle')}</Table.Th>
          <Table.Th>{t('politicalReports.region')}</Table.Th>
          <Table.Th>{t('politicalReports.period')}</Table.Th>
          <Table.Th>{t('politicalReports.due')}</Table.Th>
          <Table.Th>{t('politicalReports.stateLabel')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => {
          const owed = report.state === 'belum' || report.state === 'draf' || report.state === 'dikembalikan';
          return (
            <Table.Tr key={report.id} data-owed={owed || undefined} data-late={report.late || undefined}
              style={report.late ? { background: 'var(--mantine-color-red-light)' } : undefined}>
              <Table.Td>
                <Anchor component={Link} to={`/laporan-politik/${report.id}`}>{report.title}</Anchor>
                <Text size="xs" c="dimmed">{t(`politicalReports.kind.${report.kind}`)}</Text>
              </Table.Td>
              <Table.Td>{report.regionName}</Table.Td>
              <Table.Td>{periodLabel(locale, report.periodStart, report.periodEnd) || '—'}</Table.Td>
              <Table.Td><Text size="sm" fw={owed && report.late ? 700 : undefined}>{localTime(locale, report.dueAt, zoneOf(report)) || '—'}</Text></Table.Td>
              <Table.Td><StateBadge state={report.state} late={report.late} /></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
