import { Alert, Anchor, Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { UnitPicker } from '../meetings/UnitPicker';
import { newestTemplates, useCreateAssessment, useTemplates } from './queries';
import { assessmentPath, stageName, todayIn } from './readiness';
import type { RegionReadiness } from './readinessApi';

/**
 * "Penilaian baru": a checklist (the newest version of each, grouped by domain, with its stage), the
 * day (today where the region is, at the latest) and optionally the unit answering for it. Every item
 * starts as "belum"; the new assessment opens at once.
 */
export function NewAssessmentForm({ view }: { view: RegionReadiness }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const templates = useTemplates();
  const create = useCreateAssessment();
  const today = todayIn(view.region.code);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [tried, setTried] = useState(false);

  const newest = useMemo(() => newestTemplates(templates.data ?? []), [templates.data]);
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const template of newest) {
      const group = template.domainLabel[lang];
      const stage = template.stageCode ? stageName(template.stageCode, lang) : t('readiness.anyStage');
      groups.set(group, [...(groups.get(group) ?? []), { value: String(template.id), label: t('readiness.new.option', { title: template.title[lang], stage }) }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [newest, lang, t]);

  const chosen = newest.find((template) => String(template.id) === templateId) ?? null;
  // The same checklist already assessed on that day: open that one rather than be refused.
  const existing = chosen && view.domains.flatMap((d) => d.templates)
    .find((row) => row.template.code === chosen.code)?.history.find((point) => point.assessedOn === date);
  const dateError = !date ? t('readiness.new.dateRequired') : date > today ? t('readiness.new.future') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!chosen || dateError || existing) return;
    create.mutate(
      { templateId: chosen.id, regionCode: view.region.code, assessedOn: date, responsibleUnitId: unitId },
      { onSuccess: (made) => void navigate(assessmentPath(made.id)) },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-assessment">
      <form onSubmit={submit} aria-labelledby="new-assessment" noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-assessment">{t('readiness.new.title')}</Title>
          <Text size="sm" c="dimmed">{t('readiness.new.intro', { name: view.region.name })}</Text>
          <Grid gap="sm" align="flex-start">
            <Grid.Col span={12}>
              <Select label={t('readiness.new.template')} required searchable data={data} value={templateId} onChange={setTemplateId}
                disabled={templates.isPending} placeholder={templates.isPending ? t('common.loading') : undefined}
                error={tried && !chosen ? t('readiness.new.templateRequired') : templates.isError ? templates.error.message : undefined}
                nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} maxDropdownHeight={320} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput type="date" label={t('readiness.new.date')} required value={date} max={today}
                error={tried ? dateError : undefined} onChange={(event) => setDate(event.currentTarget.value)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <UnitPicker label={t('readiness.new.unit')} value={unitId} onChange={setUnitId} />
            </Grid.Col>
          </Grid>
          {existing && (
            <Alert color="blue" variant="light" data-testid="assessment-exists">
              <Text size="sm">{t('readiness.new.exists')}</Text>
              <Anchor component={Link} to={assessmentPath(existing.assessmentId)} size="sm">{t('readiness.new.openExisting')}</Anchor>
            </Alert>
          )}
          {create.isError && <ErrorNotice error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={Boolean(existing)}>{t('readiness.new.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
