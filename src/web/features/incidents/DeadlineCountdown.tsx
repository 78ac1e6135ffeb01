import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeZoneLabel } from '../../shell/zonedTime';
import type { Deadline } from './api';
import { countdown, countdownLabel, isCounting } from './countdown';
import { useNow } from './useNow';

/** "3 hari 4 jam lagi", "2 hari kerja lagi" or "Lewat 1 hari 2 jam" for a clock still counting. */
export function DeadlineCountdown({ deadline, zone }: { deadline: Deadline; zone: TimeZoneLabel }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!isCounting(deadline)) return null;
  const value = countdown(deadline.dueAt!, deadline.dueDate, now, zone, deadline.unit === 'working_days');
  const { key, params } = countdownLabel(value);
  const overdue = value.kind === 'overdue';
  return (
    <Text span size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined} data-testid="deadline-countdown" data-overdue={overdue || undefined}>
      {t(key, params)}
    </Text>
  );
}
