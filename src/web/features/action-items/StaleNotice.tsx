import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { ACTION_STATUSES, type ActionStatus } from './status';

const FIELDS = ['status', 'note', 'title', 'dueDate', 'ownerUnitId', 'ownerPersonId'] as const;
type Field = (typeof FIELDS)[number];

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

function isStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

/** "Someone saved this item first" with each field they changed and, where it reads well, its value now. */
export function StaleNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const changed = Array.isArray(error.details?.changed) ? error.details.changed.filter((name): name is string => typeof name === 'string') : [];
  const current = (error.details?.current ?? {}) as Record<string, unknown>;
  const now = (field: string): string | null => {
    const value = current[field];
    if (field === 'status' && isStatus(value)) return t(`actionItems.status.${value}`);
    if (field === 'dueDate' && typeof value === 'string') return formatCalendarDate(locale, value);
    if (field === 'title' && typeof value === 'string') return value;
    if (field === 'ownerUnitId' && typeof current.ownerUnitName === 'string') return current.ownerUnitName;
    if (field === 'ownerPersonId' && typeof current.ownerPersonName === 'string') return current.ownerPersonName;
    return null;
  };
  return (
    <Alert color="orange" variant="light" role="alert" title={t('actionItems.staleTitle')}>
      {t('actionItems.staleText')}
      {changed.length > 0 && (
        <List size="sm" mt={6}>
          {changed.map((field) => {
            const label = isField(field) ? t(`actionItems.field.${field}`) : field;
            const value = now(field);
            return <List.Item key={field}>{value === null ? label : t('actionItems.changedTo', { field: label, value })}</List.Item>;
          })}
        </List>
      )}
    </Alert>
  );
}
