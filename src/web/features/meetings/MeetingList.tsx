import { Anchor, Badge, Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatMeetingRange } from './format';
import type { Meeting } from './meetingsApi';

function regionNames(meeting: Meeting): string {
  return meeting.regions.map((region) => region.name).join(', ');
}

/** Meetings as a table on wide screens and as stacked cards on a phone; times in each meeting's own zone. */
export function MeetingList({ meetings, label }: { meetings: Meeting[]; label: string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <>
      <Box visibleFrom="sm">
        <Table verticalSpacing="xs" striped highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.colWhen')}</Table.Th>
              <Table.Th>{t('meetings.colKind')}</Table.Th>
              <Table.Th>{t('meetings.colTitle')}</Table.Th>
              <Table.Th>{t('meetings.colRegions')}</Table.Th>
              <Table.Th>{t('meetings.colOrganiser')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((meeting) => (
              <Table.Tr key={meeting.id} data-testid="meeting-row">
                <Table.Td><Text size="sm">{formatMeetingRange(locale, meeting.startsAt, meeting.endsAt, meeting.timeZone)}</Text></Table.Td>
                <Table.Td><Badge variant="light" size="sm" className="badge-full">{t(`meetings.kind.${meeting.kind}`)}</Badge></Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600} size="sm">{meeting.title}</Anchor>
                </Table.Td>
                <Table.Td><Text size="sm">{regionNames(meeting)}</Text></Table.Td>
                <Table.Td><Text size="sm">{meeting.organiser.name}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack component="ul" gap="xs" hiddenFrom="sm" className="meeting-cards" aria-label={label}>
        {meetings.map((meeting) => (
          <li key={meeting.id} className="meeting-card" data-testid="meeting-card">
            <Text size="xs" c="dimmed">{formatMeetingRange(locale, meeting.startsAt, meeting.endsAt, meeting.timeZone)}</Text>
            <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600} className="stretched">{meeting.title}</Anchor>
            <Text size="sm">
              <Badge variant="light" size="xs" mr={6}>{t(`meetings.kind.${meeting.kind}`)}</Badge>
              {regionNames(meeting)}
            </Text>
            <Text size="xs" c="dimmed">{meeting.organiser.name}</Text>
          </li>
        ))}
      </Stack>
    </>
  );
}
