import { Select } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';

interface Props {
  value: string;
  elections: UseQueryResult<{ items: Election[] }>;
  onChange: (id: string) => void;
}

export function ElectionPicker({ value, elections, onChange }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (elections.isError) return <ErrorNotice error={elections.error} onRetry={() => void elections.refetch()} />;
  const data = (elections.data?.items ?? []).map((election) => ({
    value: election.id,
    label: lang === 'en' ? election.nameEn : election.nameId,
  }));
  return (
    <Select
      label={t('calendar.election')}
      data={data}
      value={data.length > 0 ? value : null}
      onChange={(id) => {
        if (id) onChange(id);
      }}
      allowDeselect={false}
      disabled={elections.isPending}
      size="md"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
