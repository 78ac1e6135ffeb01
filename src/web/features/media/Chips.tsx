import { CloseButton, Group, Text } from '@mantine/core';
import type { FieldFocus } from './highlight';

export interface ChipItem {
  key: string;
  label: string;
  focus: FieldFocus;
}

interface Props {
  items: ChipItem[];
  empty: string;
  removeLabel: (label: string) => string;
  onRemove: (key: string) => void;
  /** Pointing at (or tabbing to) a value shows its evidence in the text. */
  onPoint: (focus: FieldFocus | null) => void;
  testId: string;
}

/** The values of a list field, each focusable so the reviewer can find its words in the text. */
export function Chips({ items, empty, removeLabel, onRemove, onPoint, testId }: Props) {
  if (items.length === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <Group gap="xs">
      {items.map((item) => (
        <Group key={item.key} gap={4} wrap="nowrap" className="media-chip" data-testid={testId} tabIndex={0}
          onMouseEnter={() => onPoint(item.focus)} onMouseLeave={() => onPoint(null)}
          onFocus={() => onPoint(item.focus)} onBlur={() => onPoint(null)}>
          <Text size="sm">{item.label}</Text>
          <CloseButton size="sm" aria-label={removeLabel(item.label)} onClick={() => onRemove(item.key)} />
        </Group>
      ))}
    </Group>
  );
}
