import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, formatInZone } from '../../shell/zonedTime';
import type { Deadline, IncidentDetail } from './api';
import { DeadlineCountdown } from './DeadlineCountdown';

const STATE_COLOR: Record<Deadline['state'], string> = {
  not_started: 'gray', running: 'blue', overdue: 'red', met: 'green', met_late: 'orange', stopped: 'gray',
};

/** The report's legal clocks: rule, start, due day and instant in the region's zone, state and time left. */
export function DeadlineList({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale, lang } = useLang();
  const zone = incident.region.timeZone;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-deadlines-title">
      <Title order={2} size="h4" mb="sm" id="incident-deadlines-title">{t('incidents.deadlines')}</Title>
      {incident.deadlines.length === 0 && <Text c="dimmed" size="sm">{t('incidents.noDeadlines')}</Text>}
      {incident.deadlines.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={t('incidents.deadlines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('incidents.clock.name')}</Table.Th>
                <Table.Th>{t('incidents.clock.rule')}</Table.Th>
                <Table.Th>{t('incidents.clock.started')}</Table.Th>
                <Table.Th>{t('incidents.clock.due')}</Table.Th>
                <Table.Th>{t('incidents.clock.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incident.deadlines.map((deadline) => (
                <Table.Tr key={deadline.clock} data-testid="deadline-row" data-clock={deadline.clock}>
                  <Table.Td><Text size="sm" fw={600}>{deadline.name[lang]}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`incidents.clock.unit.${deadline.unit}`, { count: deadline.amount })}</Text>
                    <Text size="xs" c="dimmed">{deadline.basis}{deadline.unverified ? ` · ${t('incidents.clock.unverified')}` : ''}{deadline.configured ? ` · ${t('incidentCategories.configured')}` : ''}</Text>
                  </Table.Td>
                  <Table.Td><Text size="sm">{deadline.startedAt ? formatInZone(locale, deadline.startedAt, zone) : '–'}</Text></Table.Td>
                  <Table.Td data-testid="deadline-due">
                    {deadline.dueDate && <Text size="sm" fw={600}>{formatCalendarDate(locale, deadline.dueDate)}</Text>}
                    {deadline.dueAt && <Text size="xs" c="dimmed">{formatInZone(locale, deadline.dueAt, zone)}</Text>}
                    {deadline.holidaysUnknown && <Text size="xs" c="orange.8">{t('incidents.clock.holidaysUnknown')}</Text>}
                    {!deadline.dueDate && '–'}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATE_COLOR[deadline.state]} data-testid="deadline-state">{t(`incidents.clock.states.${deadline.state}`)}</Badge>
                    <div><DeadlineCountdown deadline={deadline} zone={zone} /></div>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
