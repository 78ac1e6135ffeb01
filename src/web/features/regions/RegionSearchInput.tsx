import { CloseButton, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  autoFocus?: boolean;
}

function SearchIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}

/** The labelled search box shared by the region browser and the calendar's region chooser. */
export function RegionSearchInput({ value, onChange, label, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={label ?? t('search.label')}
      placeholder={t('search.placeholder')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      leftSection={<SearchIcon />}
      rightSection={
        value ? <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => onChange('')} /> : null
      }
      autoComplete="off"
      spellCheck={false}
      autoFocus={autoFocus}
      size="md"
    />
  );
}
