import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, formatInZone, timeZoneOfRegion } from './format';
import type { ActionItem } from './meetingsApi';

const STATUS_COLOURS = { open: 'blue', in_progress: 'indigo', done: 'teal', cancelled: 'gray' } as const;

interface Props {
  item: ActionItem;
  /** "T1 · S2": what it answers, when known in this meeting. */
  links?: string;
  /** Show where it was agreed (items from earlier meetings). */
  withOrigin?: boolean;
  lead?: ReactNode;
}

/** One action item: what, who, by when, its status (overdue in the owner's zone) and where it was agreed. */
export function ActionItemRow({ item, links, withOrigin, lead }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" className="grow" data-testid="action-item">
      {lead}
      <Stack gap={2} className="grow" miw={0}>
        <Text size="sm" fw={600}>{item.title}</Text>
        <Group gap={6}>
          <Badge color={STATUS_COLOURS[item.status]} variant="light" radius="sm">{t(`meetings.status.${item.status}`)}</Badge>
          {item.overdue && <Badge color="red" radius="sm">{t('meetings.overdue')}</Badge>}
          <Text size="xs">{item.ownerUnitName}{item.ownerPersonName ? ` · ${item.ownerPersonName}` : ''}</Text>
          {item.dueDate && <Text size="xs" c={item.overdue ? 'red' : 'dimmed'}>{t('meetings.due', { date: formatCalendarDate(locale, item.dueDate) })}</Text>}
          {links && <Text size="xs" c="dimmed">{links}</Text>}
        </Group>
        {withOrigin && (
          <Text size="xs" c="dimmed">
            {t('meetings.agreedAt')}{' '}
            <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="xs">{item.meetingTitle}</Anchor>
            {' · '}{formatInZone(locale, item.meetingStartsAt, timeZoneOfRegion(item.ownerRegionCode), 'day')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
