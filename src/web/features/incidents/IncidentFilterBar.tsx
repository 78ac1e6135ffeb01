import { Grid, Select, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_SEVERITIES } from '../../../domain/incidents/vocabulary';
import { INCIDENT_STATUSES, OPEN_STATUS_FILTER } from '../../../domain/incidents/workflow';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { RegionChooser } from '../regions/RegionChooser';
import { useSearchText } from '../regions/useSearchText';
import { useIncidentCategories } from './queries';
import type { FilterKey, FilterValues } from './useIncidentFilters';

interface Props {
  values: FilterValues;
  update: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
}

/** Region, status, category, severity, day range and text; every change lands in the URL. */
export function IncidentFilterBar({ values, update }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  const categories = useIncidentCategories();
  const commitText = useCallback((q: string) => update({ q: q || undefined }), [update]);
  const [text, setText] = useSearchText(values.q, commitText);
  const select = (key: FilterKey, label: string, all: string, data: Array<{ value: string; label: string }>) => (
    <Select label={label} placeholder={all} clearable value={values[key] || null} data={data}
      onChange={(value) => update({ [key]: value ?? undefined })} comboboxProps={{ withinPortal: true }} />
  );
  return (
    <Grid gap="sm" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div role="group" aria-label={t('incidents.filterRegion')}>
          <RegionChooser code={values.region || undefined} onChange={(region) => update({ region })} within={scope}
            labels={{ field: t('incidents.filterRegion'), chosen: t('incidents.filterRegion'), none: t('incidents.allRegions'), search: t('incidents.filterRegionSearch') }} />
        </div>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Grid gap="sm">
          <Grid.Col span={12}>
            <TextInput type="search" label={t('incidents.filterText')} placeholder={t('incidents.filterTextHint')} value={text}
              onChange={(event) => setText(event.currentTarget.value)} autoComplete="off" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            {select('status', t('incidents.filterStatus'), t('incidents.allStatuses'), [
              { value: OPEN_STATUS_FILTER, label: t('incidents.openStatuses') },
              ...INCIDENT_STATUSES.map((status) => ({ value: status, label: t(`incidents.status.${status}`) })),
            ])}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            {select('category', t('incidents.filterCategory'), t('incidents.allCategories'), (categories.data ?? []).map((category) => ({ value: category.code, label: category.name[lang] })))}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            {select('severity', t('incidents.filterSeverity'), t('incidents.allSeverities'), INCIDENT_SEVERITIES.map((severity) => ({ value: severity, label: t(`incidents.severity.${severity}`) })))}
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput type="date" label={t('incidents.filterFrom')} value={values.from} max={values.to || undefined}
              onChange={(event) => update({ from: event.currentTarget.value || undefined })} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput type="date" label={t('incidents.filterTo')} value={values.to} min={values.from || undefined}
              onChange={(event) => update({ to: event.currentTarget.value || undefined })} />
          </Grid.Col>
        </Grid>
      </Grid.Col>
    </Grid>
  );
}
