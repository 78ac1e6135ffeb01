import './meetings.css';
import { ActionIcon, Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { addMonths, dayStartIn, formatMonth, localDay, monthGrid, monthOf } from './format';
import { FilterPanel } from './FilterPanel';
import { MeetingFilterBar } from './MeetingFilterBar';
import type { Meeting } from './meetingsApi';
import { MeetingsHeader } from './MeetingsHeader';
import { MonthGrid } from './MonthGrid';
import { CALENDAR_LIMIT, useMeetings } from './queries';
import { filterSearch, useMeetingFilters } from './useMeetingFilters';

/** /meetings/calendar?month=2024-10&region=&agency=&kind=&q= — one month, each meeting on its own local day. */
export function MeetingCalendarPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  useDocumentTitle(`${t('meetings.calendarTitle')} · Sinergi`);
  const { values, update, api, zone } = useMeetingFilters();
  const [params, setParams] = useSearchParams();
  const today = localDay(new Date().toISOString(), zone);
  const month = monthOf(params.get('month') ?? '') ?? today.slice(0, 7);
  const cells = monthGrid(month);

  // A local day runs from its midnight in WIT (the earliest zone) to the next midnight in WIB (the latest).
  const filters = {
    ...api,
    from: dayStartIn(cells[0]?.day ?? '', 'WIT'),
    to: dayStartIn(cells[cells.length - 1]?.day ?? '', 'WIB', 1),
  };
  const meetings = useMeetings(filters, 1, CALENDAR_LIMIT);
  const byDay = useMemo(() => {
    const map = new Map<string, Meeting[]>();
    const items = [...(meetings.data?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (const meeting of items) {
      const day = localDay(meeting.startsAt, meeting.timeZone);
      map.set(day, [...(map.get(day) ?? []), meeting]);
    }
    return map;
  }, [meetings.data]);

  const goTo = (next: string) => setParams((current) => {
    const copy = new URLSearchParams(current);
    copy.set('month', next);
    return copy;
  });
  const shared = { ...values, from: '', to: '' };
  const monthName = formatMonth(locale, month);
  return (
    <Stack gap="lg">
      <MeetingsHeader
        view="calendar"
        listHref={`/meetings${filterSearch(shared, { from: `${month}-01`, to: cells.filter((c) => c.inMonth).at(-1)?.day })}`}
        calendarHref={`/meetings/calendar${filterSearch(shared, { month })}`}
        exportFilters={{ ...api, from: dayStartIn(`${month}-01`, zone), to: dayStartIn(`${addMonths(month, 1)}-01`, zone) }}
      />
      <FilterPanel active={[values.region, values.agency, values.kind, values.q].filter(Boolean).length}>
        <MeetingFilterBar values={values} update={update} withDates={false} />
      </FilterPanel>
      <Paper withBorder p="md" component="section" aria-labelledby="month-title" aria-busy={meetings.isFetching}>
        <Group justify="space-between" mb="sm" gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" aria-label={t('meetings.previousMonth')} onClick={() => goTo(addMonths(month, -1))}>‹</ActionIcon>
          <Stack gap={0} align="center">
            <Title order={2} size="h4" id="month-title" data-testid="calendar-month">{monthName}</Title>
            <Button variant="subtle" size="compact-xs" onClick={() => goTo(today.slice(0, 7))}>{t('meetings.thisMonth')}</Button>
          </Stack>
          <ActionIcon variant="default" size="lg" aria-label={t('meetings.nextMonth')} onClick={() => goTo(addMonths(month, 1))}>›</ActionIcon>
        </Group>
        {meetings.isPending && <Loading />}
        {meetings.isError && <ErrorNotice error={meetings.error} onRetry={() => void meetings.refetch()} />}
        {meetings.data && meetings.data.total > meetings.data.items.length && (
          <Alert color="yellow" variant="light" mb="sm">{t('meetings.calendarTruncated', { shown: meetings.data.items.length, total: meetings.data.total })}</Alert>
        )}
        {meetings.data && <MonthGrid month={month} byDay={byDay} today={today} label={t('meetings.calendarOf', { month: monthName })} />}
      </Paper>
    </Stack>
  );
}
