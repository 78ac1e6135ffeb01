import { Select, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../accountsApi';
import { formatDay } from '../../shell/time';
import { useLang } from '../../shell/useLang';
import { agencyName, useAgencies } from './queries';

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  required?: boolean;
  placeholder?: string;
}

/** Lower case without accents, so "kominfo", "Komdigi" and "KOMDIGI" find the same agency. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function isItem(item: ComboboxParsedItem): item is ComboboxItem {
  return !('group' in item);
}

/**
 * The agency catalogue from the server, named in the UI language and searchable by code, name or alias
 * ("Panwaslu" finds BAWASLU). Dissolved agencies stay (older units name them) at the end, marked.
 */
export function AgencySelect({ label, value, onChange, required, placeholder }: Props) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const agencies = useAgencies();
  const { data, searchText } = useMemo(() => {
    const items = agencies.data ?? [];
    const ordered = [...items.filter((agency) => !agency.validTo), ...items.filter((agency) => agency.validTo)];
    const labelOf = (agency: Agency) => {
      const name = `${agency.code} — ${agencyName(agency, lang)}`;
      if (!agency.validTo) return name;
      const ended = t('units.agencyEnded', { date: formatDay(locale, agency.validTo) });
      return `${name} (${agency.successorCode ? `${ended}, ${t('units.agencySuccessor', { code: agency.successorCode })}` : ended})`;
    };
    return {
      data: ordered.map((agency) => ({ value: agency.code, label: labelOf(agency) })),
      searchText: new Map(ordered.map((agency) => [
        agency.code, fold([agency.code, agency.nameId, agency.nameEn, ...agency.aliases].join('\n')),
      ])),
    };
  }, [agencies.data, lang, locale, t]);

  const filter: OptionsFilter = ({ options, search, limit }) => {
    const wanted = fold(search.trim());
    const found = options.filter(isItem).filter((option) => !wanted || (searchText.get(option.value) ?? fold(option.label)).includes(wanted));
    return found.slice(0, limit);
  };
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      filter={filter}
      clearable={!required}
      required={required}
      placeholder={placeholder}
      disabled={agencies.isPending && !agencies.isError}
      error={agencies.isError ? agencies.error.message : undefined}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
