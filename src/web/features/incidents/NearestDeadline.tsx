import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { Incident } from './api';
import { nearestDeadline } from './countdown';
import { DeadlineCountdown } from './DeadlineCountdown';

/** The clock due first among those still counting, with its countdown; a red mark when it has run out. */
export function NearestDeadline({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { locale, lang } = useLang();
  const deadline = nearestDeadline(incident.deadlines);
  if (!deadline) return <Text size="sm" c="dimmed">–</Text>;
  const zone = incident.region.timeZone;
  return (
    <Group gap={4} wrap="wrap" title={`${deadline.name[lang]} · ${formatInZone(locale, deadline.dueAt!, zone)}`}>
      {deadline.overdue && <Badge color="red" variant="filled" size="xs">{t('incidents.overdue')}</Badge>}
      <DeadlineCountdown deadline={deadline} zone={zone} />
    </Group>
  );
}
