import './meetings.css';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { FilterPanel } from './FilterPanel';
import { MeetingFilterBar } from './MeetingFilterBar';
import { MeetingList } from './MeetingList';
import { MeetingsHeader } from './MeetingsHeader';
import { monthOf } from './format';
import { MEETING_PAGE, useMeetings } from './queries';
import { filterSearch, useMeetingFilters } from './useMeetingFilters';

/** /meetings?region=&agency=&kind=&from=&to=&q=&page= — the meetings inside the signed-in scope, newest first. */
export function MeetingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('meetings.title')} · Sinergi`);
  const { values, page, update, setPage, api, zone } = useMeetingFilters();
  const meetings = useMeetings(api, page);
  const data = meetings.data;
  return (
    <Stack gap="lg">
      <MeetingsHeader
        view="list"
        listHref={`/meetings${filterSearch(values)}`}
        calendarHref={`/meetings/calendar${filterSearch({ ...values, from: '', to: '' }, { month: monthOf(values.from) })}`}
        exportFilters={api}
      />
      <FilterPanel active={Object.values(values).filter(Boolean).length}>
        <MeetingFilterBar values={values} update={update} />
        {(values.from || values.to) && <Text size="xs" c="dimmed" mt="xs">{t('meetings.daysIn', { zone })}</Text>}
      </FilterPanel>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-list-title" aria-busy={meetings.isFetching}>
        <Title order={2} size="h4" mb="sm" id="meeting-list-title">{t('meetings.listTitle')}</Title>
        {meetings.isPending && <Loading />}
        {meetings.isError && <ErrorNotice error={meetings.error} onRetry={() => void meetings.refetch()} />}
        {data && data.items.length === 0 && <Text c="dimmed">{t('meetings.empty')}</Text>}
        {data && data.items.length > 0 && (
          <>
            <MeetingList meetings={data.items} label={t('meetings.listTitle')} />
            <Pager page={page} pageSize={MEETING_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}
