import { Badge, Button, Code, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { RegionChooser } from '../regions/RegionChooser';
import type { TriageItem, TriageToIncident } from './api';
import { useDismissTriage, useIncidentCategories, useTriageToIncident } from './queries';
import { problemText } from './triageProblems';

/** One waiting message: what was sent and recognised, and the two ways out (a report, or set aside with a reason). */
export function TriageCard({ item }: { item: TriageItem }) {
  const { t } = useTranslation();
  const { locale, lang } = useLang();
  const navigate = useNavigate();
  const categories = useIncidentCategories();
  const convert = useTriageToIncident();
  const dismiss = useDismissTriage();
  const [category, setCategory] = useState<string | null>(item.category);
  const [region, setRegion] = useState<string | undefined>(item.region?.code);
  const [reason, setReason] = useState('');
  const zoneRegion = item.region?.code ?? item.scopeRegionCode;
  const zone = zoneRegion ? timeZoneOfRegion(zoneRegion) : 'WIB';
  const categoryName = (code: string | null) => categories.data?.find((entry) => entry.code === code)?.name[lang] ?? code;

  const makeReport = (event: FormEvent) => {
    event.preventDefault();
    if (!category || !region) return;
    convert.mutate({ id: item.id, input: { category: category as TriageToIncident['category'], regionCode: region } }, { onSuccess: (incident) => void navigate(`/incidents/${incident.id}`) });
  };
  const setAside = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) dismiss.mutate({ id: item.id, reason: reason.trim() });
  };

  return (
    <Paper withBorder p="md" component="li" data-testid="triage-item" aria-label={item.reference}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text fw={600} className="mono">{item.reference}</Text>
          <Group gap={6}>
            <Badge variant="light">{t(`incidents.channel.${item.channel}`)}</Badge>
            <Text size="sm" c="dimmed">{formatInZone(locale, item.receivedAt, zone)}</Text>
          </Group>
        </Group>
        {item.sender && <Text size="sm">{t('incidents.triage.sender')}: {item.sender}</Text>}
        <Code block className="incident-description" data-testid="triage-raw">{item.rawText}</Code>
        <Text size="sm">
          {t('incidents.triage.recognised')}: {[
            item.region ? item.region.name : null, item.category ? categoryName(item.category) : null,
            item.regime ? t(`incidents.regime.${item.regime}`) : null, item.tps,
          ].filter(Boolean).join(' · ') || '–'}
        </Text>
        {item.problems.length > 0 && (
          <Text size="sm" c="orange.9">{item.problems.map((entry) => problemText(t, entry)).join('; ')}</Text>
        )}
        <form onSubmit={makeReport} aria-label={t('incidents.triage.convert')}>
          <Stack gap="xs">
            <Select label={t('incidents.field.category')} required searchable value={category} onChange={setCategory}
              data={(categories.data ?? []).filter((entry) => entry.active).map((entry) => ({ value: entry.code, label: entry.name[lang] }))} comboboxProps={{ withinPortal: true }} />
            <div role="group" aria-label={t('incidents.field.region')}>
              <RegionChooser code={region} onChange={setRegion} within={item.scopeRegionCode ?? undefined}
                labels={{ field: t('incidents.field.region'), chosen: t('incidents.field.region'), none: t('incidents.form.noRegion'), search: t('incidents.form.regionSearch') }} />
            </div>
            {convert.isError && <ErrorNotice error={convert.error} />}
            <Group><Button type="submit" disabled={!category || !region} loading={convert.isPending}>{t('incidents.triage.convert')}</Button></Group>
          </Stack>
        </form>
        <form onSubmit={setAside} aria-label={t('incidents.triage.dismiss')}>
          <Group gap="xs" align="flex-end">
            <TextInput label={t('incidents.reason')} required maxLength={1000} value={reason} onChange={(event) => setReason(event.currentTarget.value)} style={{ flex: 1 }} />
            <Button type="submit" color="gray" variant="light" disabled={!reason.trim()} loading={dismiss.isPending}>{t('incidents.triage.dismiss')}</Button>
          </Group>
          {dismiss.isError && <ErrorNotice error={dismiss.error} />}
        </form>
      </Stack>
    </Paper>
  );
}
