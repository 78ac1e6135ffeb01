import { Badge, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from './api';
import { ActionItemCard } from './ActionItemCard';
import { ACTION_STATUSES, groupByStatus, STATUS_COLOR } from './status';

/** Open, in progress, done, cancelled: side by side on a wide screen, one after another on a phone. */
export function BoardGroups({ items, search }: { items: readonly ActionItem[]; search: string }) {
  const { t } = useTranslation();
  const groups = groupByStatus(items);
  return (
    <div className="ai-board">
      {ACTION_STATUSES.map((status) => (
        <section key={status} className="ai-column" aria-labelledby={`ai-group-${status}`} data-status={status}>
          <Title order={2} size="h5" id={`ai-group-${status}`} mb="xs" className="ai-column-title">
            {t(`actionItems.status.${status}`)}{' '}
            <Badge variant="light" color={STATUS_COLOR[status]} component="span">{groups[status].length}</Badge>
          </Title>
          {groups[status].length === 0
            ? <Text size="sm" c="dimmed">{t('actionItems.emptyGroup')}</Text>
            : (
              <ul className="ai-list">
                {groups[status].map((item) => <li key={item.id}><ActionItemCard item={item} search={search} /></li>)}
              </ul>
            )}
        </section>
      ))}
    </div>
  );
}
