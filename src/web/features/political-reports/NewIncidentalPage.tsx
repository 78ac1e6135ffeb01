import { Anchor, Button, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { timeZoneOfRegion } from '../../shell/zonedTime';
import { useCurrentUser } from '../auth/session';
import { fromLocalInput } from '../meetings/format';
import { RegionChooser } from '../regions/RegionChooser';
import { useCreateIncidental, useTemplates } from './queries';

/** /laporan-politik/baru — an incidental report about something that just happened, written next on its page. */
export function NewIncidentalPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  useDocumentTitle(`${t('politicalReports.incidental.new')} · Sinergi`);
  const navigate = useNavigate();
  const user = useCurrentUser();
  const templates = useTemplates();
  const create = useCreateIncidental();
  const [region, setRegion] = useState<string | undefined>(user?.scopeRegionCode ?? undefined);
  const [title, setTitle] = useState('');
  const [occurred, setOccurred] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  // The moment is typed as the region's wall clock (WIB/WITA/WIT) and sent in UTC.
  const zone = timeZoneOfRegion(region ?? '31');
  const incidental = (templates.data ?? []).filter((template) => template.kind === 'insidental' && template.active);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const occurredAt = fromLocalInput(occurred, zone);
    if (!region || !occurredAt) return;
    create.mutate(
      { kind: 'insidental', regionCode: region, title: title.trim(), occurredAt, templateId: templateId ? Number(templateId) : undefined },
      { onSuccess: (created) => void navigate(`/laporan-politik/${created.id}`) },
    );
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/laporan-politik" size="sm">{t('politicalReports.back')}</Anchor>
      <Title order={1}>{t('politicalReports.incidental.new')}</Title>
      <Text size="sm" c="dimmed">{t('politicalReports.incidental.intro')}</Text>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label={t('politicalReports.incidental.new')}>
          <Stack gap="sm">
            <div role="group" aria-label={t('politicalReports.region')}>
              <RegionChooser code={region} onChange={setRegion} within={user?.scopeRegionCode ?? undefined} clearable={false}
                labels={{ field: t('politicalReports.region'), chosen: t('politicalReports.region'), none: t('politicalReports.anyRegion'), search: t('politicalReports.regionSearch') }} />
            </div>
            <TextInput label={t('politicalReports.reportTitle')} required maxLength={300} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
            <TextInput type="datetime-local" label={t('politicalReports.incidental.occurredAt', { zone })} required value={occurred}
              onChange={(event) => setOccurred(event.currentTarget.value)} />
            {incidental.length > 1 && (
              <Select label={t('politicalReports.schedules.template')} clearable value={templateId} onChange={setTemplateId} comboboxProps={{ withinPortal: true }}
                data={incidental.map((template) => ({ value: String(template.id), label: lang === 'en' ? template.nameEn : template.nameId }))} />
            )}
            {create.isError && <ErrorNotice error={create.error} />}
            <Button type="submit" loading={create.isPending} disabled={!region || !title.trim() || !occurred}>{t('politicalReports.incidental.create')}</Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
