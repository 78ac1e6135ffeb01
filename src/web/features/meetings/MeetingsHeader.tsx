import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiUrl } from '../../api';
import { useLang } from '../../shell/useLang';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { MEETING_CREATORS } from './access';
import type { MeetingFilters } from './meetingsApi';

interface Props {
  view: 'list' | 'calendar';
  /** Where each view opens with the same filters ("/meetings?region=51"). */
  listHref: string;
  calendarHref: string;
  /** The API filters, carried by the spreadsheet export (its headers in the UI language). */
  exportFilters: MeetingFilters;
}

/** Title, list/calendar switch, "New meeting" for those who may organise one, and the XLSX export. */
export function MeetingsHeader({ view, listHref, calendarHref, exportFilters }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { lang } = useLang();
  const role = useCurrentUser()?.role;
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <div>
        <Title order={1} size="h2">{t('meetings.title')}</Title>
        <Text size="sm" c="dimmed">{t('meetings.intro')}</Text>
      </div>
      <Group gap="xs">
        <SegmentedControl
          aria-label={t('meetings.view')}
          value={view}
          onChange={(next) => void navigate(next === 'calendar' ? calendarHref : listHref)}
          data={[{ value: 'list', label: t('meetings.viewList') }, { value: 'calendar', label: t('meetings.viewCalendar') }]}
        />
        <Button component="a" href={apiUrl('/meetings/export.xlsx', { ...exportFilters, lang })} download variant="light">
          {t('meetings.exportXlsx')}
        </Button>
        {allows(MEETING_CREATORS, role) && (
          <Button component={Link} to="/meetings/new">{t('meetings.new')}</Button>
        )}
      </Group>
    </Group>
  );
}
