import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SimilarReason } from './api';

/** Why a report is suggested, one small badge per reason: "teks 72 % mirip", "TPS sama", "1,2 km". */
export function ReasonList({ reasons }: { reasons: SimilarReason[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {reasons.map((reason) => (
        <Badge key={reason.code} size="sm" variant={reason.code === 'text' ? 'filled' : 'light'} color={reason.code === 'hours_apart' ? 'gray' : 'blue'}
          tt="none" data-testid={`reason-${reason.code}`}>
          {t(`incidentDuplicates.reason.${reason.code}`, reason)}
        </Badge>
      ))}
    </Group>
  );
}
