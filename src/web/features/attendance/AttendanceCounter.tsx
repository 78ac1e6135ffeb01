import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "3 dari 12 hadir", announced politely to screen readers as it changes. */
export function AttendanceCounter({ present, total }: { present: number; total: number }) {
  const { t } = useTranslation();
  const percent = total === 0 ? 0 : Math.round((present / total) * 100);
  return (
    <div>
      <Group justify="space-between" align="baseline" wrap="nowrap">
        <Text fw={700} size="lg" role="status" data-testid="attendance-count">{t('attendance.counter', { present, total })}</Text>
        <Text size="sm" c="dimmed" aria-hidden>{percent}%</Text>
      </Group>
      <Progress value={percent} size="sm" mt={4} color="teal" aria-hidden />
    </div>
  );
}
