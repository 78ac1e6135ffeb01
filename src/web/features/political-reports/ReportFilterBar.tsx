import { Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionChooser } from '../regions/RegionChooser';
import { useCurrentUser } from '../auth/session';
import { REPORT_STATES } from './api';

export const FILTER_KEYS = ['state', 'kind', 'late', 'period', 'region'] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

/** The list's filters; every change goes to the URL (state, kind, late, period YYYY-MM, region). */
export function ReportFilterBar({ values, update }: { values: FilterValues; update: (changes: Partial<FilterValues>) => void }) {
  const { t } = useTranslation();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  return (
    <Stack gap="sm" role="group" aria-label={t('politicalReports.filters')}>
      <Group align="flex-end">
        <Select label={t('politicalReports.stateLabel')} value={values.state || null} clearable placeholder={t('politicalReports.anyState')}
          onChange={(value) => update({ state: value ?? '' })} comboboxProps={{ withinPortal: true }}
          data={REPORT_STATES.map((state) => ({ value: state, label: t(`politicalReports.state.${state}`) }))} />
        <Select label={t('politicalReports.kindLabel')} value={values.kind || null} clearable placeholder={t('politicalReports.anyKind')}
          onChange={(value) => update({ kind: value ?? '' })} comboboxProps={{ withinPortal: true }}
          data={(['periodik', 'insidental'] as const).map((kind) => ({ value: kind, label: t(`politicalReports.kind.${kind}`) }))} />
        <TextInput type="month" label={t('politicalReports.period')} value={values.period} onChange={(event) => update({ period: event.currentTarget.value })} />
        <Checkbox label={t('politicalReports.onlyLate')} checked={values.late === 'true'} onChange={(event) => update({ late: event.currentTarget.checked ? 'true' : '' })} />
      </Group>
      <RegionChooser code={values.region || undefined} onChange={(code) => update({ region: code ?? '' })} within={scope}
        labels={{ field: t('politicalReports.region'), chosen: t('politicalReports.region'), none: t('politicalReports.anyRegion'), search: t('politicalReports.regionSearch') }} />
    </Stack>
  );
}
