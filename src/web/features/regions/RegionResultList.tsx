import { Anchor, Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../../api';

interface Props {
  items: RegionSummary[];
  /** When given, rows are buttons that pick a region; otherwise they link to the region page. */
  onPick?: (region: RegionSummary) => void;
  /** Hide the parent names (e.g. when listing children of one region). */
  hideParents?: boolean;
  label?: string;
}

/** "Kabupaten Bangli · Bali": the places above, to tell same-named regions apart. */
export function parentNames(region: Pick<RegionSummary, 'regencyName' | 'provinceName'>): string {
  return [region.regencyName, region.provinceName].filter(Boolean).join(' · ');
}

export function RegionResultList({ items, onPick, hideParents, label }: Props) {
  return (
    <ul className="region-list" aria-label={label}>
      {items.map((region) => (
        <li key={region.code} className="region-row">
          <RegionRow region={region} onPick={onPick} hideParents={hideParents} />
        </li>
      ))}
    </ul>
  );
}

function RegionRow({ region, onPick, hideParents }: { region: RegionSummary } & Omit<Props, 'items'>) {
  const { t } = useTranslation();
  const parents = hideParents ? '' : parentNames(region);
  const name = onPick ? (
    <UnstyledButton className="stretched region-name" onClick={() => onPick(region)}>{region.name}</UnstyledButton>
  ) : (
    <Anchor component={Link} to={`/regions/${region.code}`} className="stretched region-name" underline="hover">
      {region.name}
    </Anchor>
  );
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={2} miw={0}>
        <Group gap="xs" wrap="wrap">
          {name}
          <Badge variant="light" color={kindColor(region.level)} size="sm" radius="sm">
            {t(`kind.${region.kind}`)}
          </Badge>
        </Group>
        {parents && <Text size="sm" c="dimmed" truncate>{parents}</Text>}
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" ff="monospace">{region.code}</Text>
        <Badge variant="outline" color="gray" size="xs" radius="sm">{region.timeZone}</Badge>
      </Group>
    </Group>
  );
}

export function kindColor(level: RegionSummary['level']): string {
  return { province: 'indigo', regency: 'teal', district: 'grape', village: 'orange' }[level];
}
