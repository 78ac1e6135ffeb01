import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENCY_CODES } from './agencies';

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  required?: boolean;
  placeholder?: string;
}

/** The agency list with translated names, searchable by code or name. */
export function AgencySelect({ label, value, onChange, required, placeholder }: Props) {
  const { t } = useTranslation();
  const data = AGENCY_CODES.map((code) => ({ value: code, label: `${code} — ${t(`agency.${code}`)}` }));
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={!required}
      required={required}
      placeholder={placeholder}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
