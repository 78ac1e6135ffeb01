import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatDayHeading, formatInZone, monthGrid, weekdayNames } from './format';
import type { Meeting } from './meetingsApi';

interface Props {
  month: string;
  /** Meetings by their local day (YYYY-MM-DD in each meeting's own zone), in start order. */
  byDay: Map<string, Meeting[]>;
  today: string;
  label: string;
}

function MeetingLink({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm" className="calendar-meeting" data-testid="calendar-meeting"
      title={`${t(`meetings.kind.${meeting.kind}`)} · ${meeting.regions.map((region) => region.name).join(', ')}`}>
      <Text span size="xs" c="dimmed" className="nowrap">{formatInZone(locale, meeting.startsAt, meeting.timeZone, 'time')}</Text>{' '}
      {meeting.title}
    </Anchor>
  );
}

/** A month of weeks (Monday first) on wide screens; on a phone, the days that hold meetings, one under another. */
export function MonthGrid({ month, byDay, today, label }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const cells = monthGrid(month);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) => cells.slice(index * 7, index * 7 + 7));
  const days = [...byDay.keys()].filter((day) => day.startsWith(month)).sort();
  return (
    <>
      <Box visibleFrom="sm">
        <table className="month-grid" aria-label={label}>
          <thead>
            <tr>{weekdayNames(locale).map((name) => <th key={name} scope="col">{name}</th>)}</tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]?.day}>
                {week.map(({ day, inMonth }) => (
                  <td key={day} className={[inMonth ? '' : 'is-outside', day === today ? 'is-today' : ''].join(' ')}
                    aria-label={formatDayHeading(locale, day)}>
                    <div className="month-day">{Number(day.slice(8))}</div>
                    {inMonth && (byDay.get(day) ?? []).map((meeting) => <MeetingLink key={meeting.id} meeting={meeting} />)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      <Stack hiddenFrom="sm" gap="sm" component="section" aria-label={label}>
        {days.length === 0 && <Text c="dimmed">{t('meetings.calendarEmpty')}</Text>}
        {days.map((day) => (
          <div key={day} className={day === today ? 'day-block is-today' : 'day-block'}>
            <Title order={3} size="h6">{formatDayHeading(locale, day)}</Title>
            <Stack gap={4}>
              {(byDay.get(day) ?? []).map((meeting) => <MeetingLink key={meeting.id} meeting={meeting} />)}
            </Stack>
          </div>
        ))}
      </Stack>
    </>
  );
}
