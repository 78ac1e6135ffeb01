import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, timeZoneOfRegion } from '../../shell/zonedTime';
import type { ActionItem } from './api';

/** "Tenggat 26 Nov 2024 (WITA)", or bare "26 Nov 2024 (WITA)": a due day ends at midnight where the owner unit works. */
export function DueDate({ item, bare = false }: { item: Pick<ActionItem, 'dueDate' | 'ownerRegionCode' | 'overdue'>; bare?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  if (item.dueDate === null) return <Text size="sm" c="dimmed">{t('actionItems.noDueDate')}</Text>;
  const zone = timeZoneOfRegion(item.ownerRegionCode);
  return (
    <Text size="sm" c={item.overdue ? 'red.8' : undefined} fw={item.overdue ? 600 : undefined} title={t('actionItems.dueHint', { zone })}>
      {t(bare ? 'actionItems.dueOn' : 'actionItems.due', { date: formatCalendarDate(locale, item.dueDate), zone })}
    </Text>
  );
}
