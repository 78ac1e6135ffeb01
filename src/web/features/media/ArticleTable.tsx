import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import type { ArticleSummary } from './api';
import { formatCalendarDate, formatInZone, formatPublished, zoneOfArticle } from './format';
import { StateBadge } from './StateBadge';

/** Articles, newest first; each time in its own region's zone. */
export function ArticleTable({ items, testId = 'media-article' }: { items: ArticleSummary[]; testId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const scope = useCurrentUser()?.scopeRegionCode;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('media.column.article')}</Table.Th>
            <Table.Th>{t('media.column.event')}</Table.Th>
            <Table.Th>{t('media.column.regions')}</Table.Th>
            <Table.Th>{t('media.column.threats')}</Table.Th>
            <Table.Th>{t('media.column.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const zone = zoneOfArticle(item.regions, scope);
            return (
              <Table.Tr key={item.id} data-testid={testId}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/media/${item.id}`} fw={600}>{item.title ?? t('media.articleNumber', { id: item.id })}</Anchor>
                    <Text size="xs" c="dimmed">
                      {[item.source, item.publishedAt ? formatPublished(locale, item.publishedAt, zone) : t('media.addedShort', { at: formatInZone(locale, item.createdAt, zone) })].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {item.eventType && <Text size="sm">{t(`media.eventType.${item.eventType}`)}</Text>}
                    {item.eventDate && <Text size="xs" c="dimmed">{formatCalendarDate(locale, item.eventDate)}</Text>}
                  </Stack>
                </Table.Td>
                <Table.Td>{item.regions.map((region) => region.name).join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {item.threats.map((threat) => <Badge key={threat} size="xs" variant="outline" color="red">{t(`media.threat.${threat}`)}</Badge>)}
                  </Group>
                </Table.Td>
                <Table.Td miw={120}>
                  <Group gap={4}>
                    <StateBadge state={item.state} />
                    {item.meetingId !== null && <Badge size="xs" variant="light" color="grape">{t('media.madeMeeting')}</Badge>}
                    {item.incidentId !== null && <Badge size="xs" variant="light" color="orange">{t('media.madeIncident')}</Badge>}
                    {item.duplicateOf !== null && <Badge size="xs" variant="light" color="yellow">{t('media.similar')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
