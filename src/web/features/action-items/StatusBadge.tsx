import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type ActionStatus } from './status';

export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={STATUS_COLOR[status]} className="badge-full">{t(`actionItems.status.${status}`)}</Badge>;
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return <Badge variant="filled" color="red" className="badge-full">{t('actionItems.overdue')}</Badge>;
}
