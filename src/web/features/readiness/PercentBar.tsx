import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePercentFormat } from './queries';
import { percentColor } from './readiness';

interface Props {
  percent: number | null;
  /** What the bar measures, for screen readers ("Kesiapan Logistik"). */
  label: string;
  /** A large number above the bar (the assessment's header). */
  big?: boolean;
  /** Small text, for a table cell. */
  compact?: boolean;
  testId?: string;
}

/** A readiness percent as a number and a bar (role progressbar, aria-valuenow); "Belum ada nilai" when there is none. */
export function PercentBar({ percent, label, big = false, compact = false, testId }: Props) {
  const { t } = useTranslation();
  const format = usePercentFormat();
  const text = percent === null ? t('readiness.noPercent') : format(percent);
  return (
    <Stack gap={4} data-testid={testId} data-percent={percent ?? ''}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="baseline">
        <Text component="span" fz={big ? 40 : compact ? 'sm' : 'lg'} fw={700} lh={1.1} c={percent === null ? 'dimmed' : undefined} data-testid={testId && `${testId}-value`}>
          {text}
        </Text>
      </Group>
      <Progress value={percent ?? 0} color={percentColor(percent)} size={big ? 'lg' : compact ? 'sm' : 'md'} radius="sm" aria-label={label}
        transitionDuration={200} />
    </Stack>
  );
}
