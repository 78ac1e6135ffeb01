import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../api';

const COLOR: Record<Stage['phase'], string> = { past: 'gray', current: 'indigo', upcoming: 'blue' };

export function PhaseBadge({ phase, size = 'sm' }: { phase: Stage['phase']; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[phase]} variant={phase === 'current' ? 'filled' : 'light'} size={size} radius="sm" className="badge-full">
      {t(`phase.${phase}`)}
    </Badge>
  );
}

export function VotingDayBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light" size="sm" radius="sm" className="badge-full">
      {t('calendar.votingDay')}
    </Badge>
  );
}
