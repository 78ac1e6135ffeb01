import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PactTargetStatus } from './api';

const COLOUR: Record<PactTargetStatus, string> = { belum: 'gray', terkirim: 'blue', diverifikasi: 'green', ditolak: 'orange', terlambat: 'red' };

/** A target's status, and a separate "late" mark when its submission came after the deadline. */
export function StatusBadge({ status, late }: { status: PactTargetStatus; late?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} data-testid="pact-status">
      <Badge color={COLOUR[status]} variant="light">{t(`pacts.status.${status}`)}</Badge>
      {late && <Badge color="red" variant="outline">{t('pacts.lateFlag')}</Badge>}
    </Group>
  );
}

/** Verified targets as a share of all, rounded; 0 for a campaign without targets. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
