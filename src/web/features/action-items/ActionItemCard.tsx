import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem } from './api';
import { DueDate } from './DueDate';
import { OverdueBadge } from './StatusBadge';

/** One item on the board; the whole card opens its detail, the meeting link goes where it was agreed. */
export function ActionItemCard({ item, search }: { item: ActionItem; search: string }) {
  const { t } = useTranslation();
  return (
    <article className={`ai-card${item.overdue ? ' is-overdue' : ''}`} data-testid="action-item" data-overdue={item.overdue || undefined}>
      <Anchor component={Link} to={`/action-items/${item.id}${search}`} data-item-link={item.id} className="stretched ai-title" c="dark.7" fw={600} underline="hover">
        {item.title}
      </Anchor>
      <Text size="sm" mt={4}>{item.ownerUnitName}{item.ownerPersonName ? ` · ${item.ownerPersonName}` : ''}</Text>
      <Group gap={6} wrap="wrap">
        <DueDate item={item} />
        {item.overdue && <OverdueBadge />}
      </Group>
      <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="xs" className="ai-meeting">
        {t('actionItems.fromMeeting', { title: item.meetingTitle })}
      </Anchor>
    </article>
  );
}
