import { Button, Group, Input, Select, Stack, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chips } from './Chips';
import type { FieldName } from './fields';
import type { FieldFocus } from './highlight';

interface Props {
  field: FieldName;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  onPoint: (focus: FieldFocus | null) => void;
  /** A closed vocabulary: values are picked from it. Without one, values are typed. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}

/** A list of codes or texts (agencies, threats, regulations): chips to review, a picker or box to add. */
export function ListField({ field, label, value, onChange, onPoint, options }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const labelOf = (code: string) => options?.find((option) => option.value === code)?.label ?? code;
  const add = (item: string | null) => {
    const text = item?.trim();
    if (text && !value.includes(text)) onChange([...value, text]);
  };
  return (
    <Stack gap="xs">
      <Input.Label htmlFor={inputId}>{label}</Input.Label>
      <Chips testId={`media-${field}`} empty={t('media.review.none')} onPoint={onPoint}
        items={value.map((item) => ({ key: item, label: labelOf(item), focus: { field, values: [item, labelOf(item)] } }))}
        removeLabel={(name) => t('media.review.removeValue', { name })}
        onRemove={(key) => onChange(value.filter((item) => item !== key))} />
      {options ? (
        <Select id={inputId} searchable placeholder={t('media.review.addValue')} value={null} nothingFoundMessage={t('common.nothingFound')}
          data={options.filter((option) => !value.includes(option.value)).map((option) => ({ ...option }))}
          onChange={(picked) => add(picked)} comboboxProps={{ withinPortal: true }} />
      ) : (
        <Group gap="xs" wrap="nowrap" align="end">
          <TextInput id={inputId} flex={1} value={typed} placeholder={t('media.review.addValue')}
            onChange={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add(typed);
              setTyped('');
            }} />
          <Button variant="default" onClick={() => { add(typed); setTyped(''); }} disabled={typed.trim() === ''}>{t('media.review.add')}</Button>
        </Group>
      )}
    </Stack>
  );
}
