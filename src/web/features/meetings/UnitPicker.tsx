import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../accountsApi';
import { useCurrentUser } from '../auth/session';
import { useUnits } from '../units/queries';

/** Every unit inside the account's scope (the API filters them), labelled "Name (AGENCY, Region)". */
function useScopeUnits() {
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  const units = useUnits({ region: scope, pageSize: 500 });
  const data = (units.data?.items ?? []).map((unit: Unit) => ({ value: String(unit.id), label: `${unit.name} (${unit.agencyCode}, ${unit.regionName})` }));
  return { units, data };
}

interface SingleProps {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  required?: boolean;
  error?: string;
  /** Ids listed first (e.g. the units invited to the meeting). */
  preferred?: number[];
  /** Only these may be chosen (an officer organises for their own unit). */
  only?: number[];
}

/** One unit of the account's scope, searchable. */
export function UnitPicker({ label, value, onChange, required, error, preferred = [], only }: SingleProps) {
  const { t } = useTranslation();
  const { units, data: all } = useScopeUnits();
  const allowed = only && new Set(only.map(String));
  const data = allowed ? all.filter((item) => allowed.has(item.value)) : all;
  const first = new Set(preferred.map(String));
  const ordered = [...data.filter((item) => first.has(item.value)), ...data.filter((item) => !first.has(item.value))];
  return (
    <Select label={label} required={required} data={ordered} value={value === null ? null : String(value)}
      // A required owner picked again (three items in a row for Polda) must stay picked, not toggle off.
      onChange={(id) => onChange(id ? Number(id) : null)} searchable clearable={!required} allowDeselect={!required}
      error={error ?? (units.isError ? units.error.message : undefined)}
      nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
  );
}

interface MultiProps {
  label: string;
  value: number[];
  onChange: (ids: number[]) => void;
  /** Units not offered (already invited). */
  exclude?: number[];
}

/** Several units of the account's scope, searchable. */
export function UnitsPicker({ label, value, onChange, exclude = [] }: MultiProps) {
  const { t } = useTranslation();
  const { units, data } = useScopeUnits();
  const skip = new Set(exclude.map(String));
  return (
    <MultiSelect label={label} data={data.filter((item) => !skip.has(item.value))} value={value.map(String)}
      onChange={(ids) => onChange(ids.map(Number))} searchable clearable
      error={units.isError ? units.error.message : undefined}
      nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
  );
}
