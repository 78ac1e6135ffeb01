import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnits } from './queries';

interface Props {
  label: string;
  /** Units inside this region (any depth); none chosen yet disables the list. */
  region: string | null;
  value: number | null;
  onChange: (id: number | null) => void;
}

/** An officer's unit: one of the units inside the officer's region. */
export function UnitSelect({ label, region, value, onChange }: Props) {
  const { t } = useTranslation();
  const units = useUnits({ region: region ?? undefined, pageSize: 500 }, region !== null);
  const data = (units.data?.items ?? []).map((unit) => ({
    value: String(unit.id),
    label: `${unit.name} (${unit.agencyCode}, ${unit.regionName})`,
  }));
  const empty = units.data !== undefined && data.length === 0;
  return (
    <Select
      label={label}
      required
      data={data}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(id ? Number(id) : null)}
      searchable
      disabled={region === null || empty}
      description={region === null ? t('users.unitNeedsRegion') : empty ? t('users.noUnitsHere') : undefined}
      error={units.isError ? units.error.message : undefined}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
