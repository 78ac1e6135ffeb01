import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import type { ReportSchedule } from './api';
import { formatCalendarDate } from '../../shell/zonedTime';
import { useSchedules } from './queries';
import { ScheduleForm } from './ScheduleForm';

/** /laporan-politik/jadwal — which regions owe which periodic report, how often and how long after each period. */
export function SchedulesPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  useDocumentTitle(`${t('politicalReports.schedules.title')} · Sinergi`);
  const schedules = useSchedules();
  const [editing, setEditing] = useState<ReportSchedule | 'new' | null>(null);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/laporan-politik" size="sm">{t('politicalReports.back')}</Anchor>
      <Group justify="space-between">
        <Title order={1}>{t('politicalReports.schedules.title')}</Title>
        {editing === null && <Button onClick={() => setEditing('new')}>{t('politicalReports.schedules.new')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">{t('politicalReports.schedules.intro')}</Text>
      {editing !== null && (
        <ScheduleForm key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`} schedule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      )}
      {schedules.isPending && <Loading />}
      {schedules.isError && <ErrorNotice error={schedules.error} />}
      {schedules.data && schedules.data.length === 0 && <Text>{t('politicalReports.schedules.empty')}</Text>}
      {schedules.data && schedules.data.length > 0 && (
        <Table striped data-testid="report-schedules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('politicalReports.schedules.template')}</Table.Th>
              <Table.Th>{t('politicalReports.schedules.level')}</Table.Th>
              <Table.Th>{t('politicalReports.schedules.region')}</Table.Th>
              <Table.Th>{t('politicalReports.schedules.period')}</Table.Th>
              <Table.Th>{t('politicalReports.schedules.dueDays')}</Table.Th>
              <Table.Th>{t('politicalReports.schedules.startsOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedules.data.map((schedule) => (
              <Table.Tr key={schedule.id}>
                <Table.Td>{schedule.templateName} {!schedule.active && <Badge color="gray" size="xs">{t('politicalReports.schedules.inactive')}</Badge>}</Table.Td>
                <Table.Td>{t(`politicalReports.level.${schedule.level}`)}</Table.Td>
                <Table.Td>{schedule.regionName ?? t('politicalReports.schedules.everywhere')}</Table.Td>
                <Table.Td>{t(`politicalReports.periodKind.${schedule.period}`)}</Table.Td>
                <Table.Td>{schedule.dueDays}</Table.Td>
                <Table.Td>{formatCalendarDate(locale, schedule.startsOn)}</Table.Td>
                <Table.Td><Button size="xs" variant="light" onClick={() => setEditing(schedule)}>{t('politicalReports.schedules.edit')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
