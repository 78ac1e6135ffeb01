import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { MeetingDetail } from './api';

/** The meeting's title, its time in its own zone (WIB, WITA or WIT) and where it is held. */
export function MeetingHeading({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const starts = formatInZone(locale, meeting.startsAt, meeting.timeZone);
  // The end shows its time only, unless the meeting runs past midnight where it is held.
  const sameDay = meeting.endsAt !== null &&
    formatInZone(locale, meeting.endsAt, meeting.timeZone, 'day') === formatInZone(locale, meeting.startsAt, meeting.timeZone, 'day');
  const ends = meeting.endsAt ? formatInZone(locale, meeting.endsAt, meeting.timeZone, sameDay ? 'time' : 'dateTime') : null;
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">← {t('attendance.backToMeeting')}</Anchor>
      <Text size="sm" c="dimmed" fw={600} tt="uppercase">{t('attendance.title')}</Text>
      <Title order={1} size="h3" className="attendance-title">{meeting.title}</Title>
      <Text size="sm" data-testid="meeting-time">{ends ? `${starts} – ${ends}` : starts}</Text>
      {meeting.venue && <Text size="sm" c="dimmed">{meeting.venue}</Text>}
    </Stack>
  );
}
