import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegion } from '../regions/queries';

/**
 * The board narrowed to one region (?region=, the link of a region page's open items): says so, by the
 * region's name, and offers the whole board again.
 */
export function RegionFilterNote({ code, onClear, describe }: { code: string; onClear: () => void; describe?: (name: string) => string }) {
  const { t } = useTranslation();
  const region = useRegion(code);
  const name = region.data?.region.code === code ? region.data.region.name : code;
  return (
    <Group gap="xs" wrap="wrap" data-testid="board-region-filter">
      <Text size="sm" fw={500}>{describe ? describe(name) : t('regionOpenItems.boardRegion', { name })}</Text>
      <Button size="compact-sm" variant="subtle" onClick={onClear}>{t('regionOpenItems.boardAllRegions')}</Button>
    </Group>
  );
}
