import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';

/**
 * The list narrowed to what the dashboard's "new since yesterday" counted (?since=…&stories=true):
 * says from when, in the zone of the region filtered (else WIB), and offers every article again.
 */
export function NewSinceNote({ since, region, onClear }: { since: string; region: string; onClear: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const at = since ? formatInZone(locale, since, timeZoneOfRegion(region || '31')) : '—';
  return (
    <Group gap="xs" wrap="wrap" data-testid="media-new-since">
      <Text size="sm" fw={500}>{t('media.newSince', { at })}</Text>
      <Button size="compact-sm" variant="subtle" onClick={onClear}>{t('media.newSinceClear')}</Button>
    </Group>
  );
}
