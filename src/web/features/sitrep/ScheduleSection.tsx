import { Button, Group, NumberInput, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { SitrepSchedule } from './api';
import { zoneOf } from './format';
import { useSaveSitrepSchedule, useSitrepSchedules } from './queries';

/** The daily schedules in the account's scope, and the chosen region's own to set (administrators, coordinators). */
export function ScheduleSection({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const schedules = useSitrepSchedules(undefined, true);
  const own = schedules.data?.items.find((schedule) => schedule.regionCode === regionCode) ?? null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="sitrep-schedules">
      <Title order={2} size="h3" id="sitrep-schedules">{t('sitrep.schedule.title')}</Title>
      <Text size="sm" c="dimmed">{t('sitrep.schedule.intro')}</Text>
      {schedules.isPending && <Loading />}
      {schedules.isError && <ErrorNotice error={schedules.error} />}
      {schedules.data && (
        <ScheduleForm key={`${regionCode ?? 'national'}:${own?.localHour ?? ''}:${own?.enabled ?? ''}`} regionCode={regionCode} schedule={own} />
      )}
      {schedules.data && schedules.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped data-testid="sitrep-schedules">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sitrep.list.region')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.schedule.hour')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.schedule.next')}</Table.Th>
                <Table.Th scope="col">{t('sitrep.schedule.last')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedules.data.items.map((schedule) => (
                <Table.Tr key={schedule.regionCode ?? 'national'}>
                  <Table.Td>{schedule.regionName}</Table.Td>
                  <Table.Td>{schedule.enabled ? `${String(schedule.localHour).padStart(2, '0')}.00 ${schedule.timeZone}` : t('sitrep.schedule.off')}</Table.Td>
                  <Table.Td>{schedule.enabled ? formatInZone(locale, schedule.nextRunAt, schedule.timeZone) : '—'}</Table.Td>
                  <Table.Td>
                    {schedule.lastRunAt ? formatInZone(locale, schedule.lastRunAt, schedule.timeZone) : '—'}
                    {schedule.lastError && <Text size="xs" c="red">{schedule.lastError}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ScheduleForm({ regionCode, schedule }: { regionCode: string | null; schedule: SitrepSchedule | null }) {
  const { t } = useTranslation();
  const save = useSaveSitrepSchedule();
  const [localHour, setLocalHour] = useState<number | string>(schedule?.localHour ?? 6);
  const [enabled, setEnabled] = useState(schedule?.enabled ?? true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ regionCode, localHour: Number(localHour), enabled });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label={t('sitrep.schedule.formLabel')}>
        <Stack gap="sm">
          <Group align="flex-end" wrap="wrap">
            <NumberInput label={t('sitrep.schedule.hour')} description={t('sitrep.schedule.hourHint', { zone: zoneOf(regionCode) })}
              min={0} max={23} allowDecimal={false} required value={localHour} onChange={setLocalHour} w={200} />
            <Switch label={t('sitrep.schedule.enabled')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
            <Button type="submit" loading={save.isPending}>{t('sitrep.schedule.save')}</Button>
          </Group>
          {save.isError && <ErrorNotice error={save.error} />}
          {save.isSuccess && <Text size="sm" c="green" role="status">{t('sitrep.schedule.saved')}</Text>}
        </Stack>
      </form>
    </Paper>
  );
}
