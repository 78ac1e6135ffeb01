import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldFocus } from './highlight';

interface Column<Row> {
  key: keyof Row & string;
  label: string;
  type?: 'text' | 'date';
  flex?: number;
}

interface Props<Row> {
  label: string;
  rows: Row[];
  columns: Column<Row>[];
  blank: Row;
  onChange: (rows: Row[]) => void;
  focusOf: (row: Row) => FieldFocus;
  onPoint: (focus: FieldFocus | null) => void;
  testId: string;
}

/** Rows of a few texts (people: name and position; deadlines: date and what), added and removed in place. */
export function RowsField<Row extends { [K in keyof Row]: string | null }>({ label, rows, columns, blank, onChange, focusOf, onPoint, testId }: Props<Row>) {
  const { t } = useTranslation();
  const update = (index: number, key: keyof Row, text: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [key]: text } : row)));
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Input.Label>{label}</Input.Label>
      {rows.length === 0 && <Text size="sm" c="dimmed">{t('media.review.none')}</Text>}
      {rows.map((row, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="end" data-testid={testId}
          onMouseEnter={() => onPoint(focusOf(row))} onMouseLeave={() => onPoint(null)}
          onFocus={() => onPoint(focusOf(row))} onBlur={() => onPoint(null)}>
          {columns.map((column) => (
            <TextInput key={column.key} flex={column.flex ?? 1} type={column.type ?? 'text'} size="sm"
              aria-label={`${column.label} ${index + 1}`} placeholder={column.label} value={row[column.key] ?? ''}
              onChange={(event) => update(index, column.key, event.currentTarget.value)} />
          ))}
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('media.review.removeRow', { n: index + 1 })}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}>×</ActionIcon>
        </Group>
      ))}
      <Button variant="default" size="xs" w="fit-content" onClick={() => onChange([...rows, { ...blank }])}>{t('media.review.addRow')}</Button>
    </Stack>
  );
}
