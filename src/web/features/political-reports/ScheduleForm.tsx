import { Button, Group, NumberInput, Paper, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { RegionChooser } from '../regions/RegionChooser';
import { REPORT_LEVELS, REPORT_PERIODS, type ReportLevel, type ReportPeriod, type ReportSchedule } from './api';
import { useSaveSchedule, useTemplates } from './queries';

/** Creates a schedule (schedule null) or changes one at the version shown; the server checks scope and numbers. */
export function ScheduleForm({ schedule, onDone }: { schedule: ReportSchedule | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const user = useCurrentUser();
  const templates = useTemplates();
  const save = useSaveSchedule();
  const [templateId, setTemplateId] = useState<string | null>(schedule ? String(schedule.templateId) : null);
  const [level, setLevel] = useState<ReportLevel>(schedule?.level ?? 'kabkota');
  const [region, setRegion] = useState<string | undefined>(schedule ? schedule.regionCode ?? undefined : user?.scopeRegionCode ?? undefined);
  const [period, setPeriod] = useState<ReportPeriod>(schedule?.period ?? 'bulanan');
  const [dueDays, setDueDays] = useState<number | string>(schedule?.dueDays ?? 10);
  const [startsOn, setStartsOn] = useState(schedule?.startsOn ?? '');
  const [active, setActive] = useState(schedule?.active ?? true);
  const periodic = (templates.data ?? []).filter((template) => template.kind === 'periodik' && (template.active || String(template.id) === templateId));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!templateId) return;
    const common = { templateId: Number(templateId), period, dueDays: Number(dueDays), startsOn };
    // Who owes the report (level, region) is fixed once a schedule exists: its reports belong to those regions.
    const input = schedule
      ? { id: schedule.id, update: { ...common, version: schedule.version, active } }
      : { id: null, create: { ...common, level, regionCode: region ?? null } };
    save.mutate(input, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label={schedule ? t('politicalReports.schedules.edit') : t('politicalReports.schedules.new')}>
        <Stack gap="sm">
          {templates.isError && <ErrorNotice error={templates.error} />}
          <Select label={t('politicalReports.schedules.template')} required value={templateId} onChange={setTemplateId} allowDeselect={false}
            data={periodic.map((template) => ({ value: String(template.id), label: lang === 'en' ? template.nameEn : template.nameId }))} comboboxProps={{ withinPortal: true }} />
          <Select label={t('politicalReports.schedules.level')} required value={level} onChange={(value) => value && setLevel(value as ReportLevel)} allowDeselect={false} disabled={schedule !== null}
            data={REPORT_LEVELS.map((value) => ({ value, label: t(`politicalReports.level.${value}`) }))} comboboxProps={{ withinPortal: true }} />
          {schedule
            ? <TextInput label={t('politicalReports.schedules.region')} value={schedule.regionName ?? t('politicalReports.schedules.everywhere')} disabled readOnly />
            : <div role="group" aria-label={t('politicalReports.schedules.region')}>
            <RegionChooser code={region} onChange={setRegion} within={user?.scopeRegionCode ?? undefined} clearable={user?.scopeRegionCode === null}
              labels={{ field: t('politicalReports.schedules.region'), chosen: t('politicalReports.schedules.region'), none: t('politicalReports.schedules.everywhere'), search: t('politicalReports.regionSearch') }} />
          </div>}
          <Select label={t('politicalReports.schedules.period')} required value={period} onChange={(value) => value && setPeriod(value as ReportPeriod)} allowDeselect={false}
            data={REPORT_PERIODS.map((value) => ({ value, label: t(`politicalReports.periodKind.${value}`) }))} comboboxProps={{ withinPortal: true }} />
          <Group grow align="flex-start">
            <NumberInput label={t('politicalReports.schedules.dueDays')} description={t('politicalReports.schedules.dueDaysHint')} required min={0} max={60}
              value={dueDays} onChange={setDueDays} allowDecimal={false} />
            <TextInput type="date" label={t('politicalReports.schedules.startsOn')} required value={startsOn} onChange={(event) => setStartsOn(event.currentTarget.value)} />
          </Group>
          {schedule && <Switch label={t('politicalReports.schedules.active')} checked={active} onChange={(event) => setActive(event.currentTarget.checked)} />}
          {save.isError && <ErrorNotice error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!templateId || !startsOn}>{t('politicalReports.schedules.save')}</Button>
            <Button variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
