import './media.css';
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import { NotAllowed } from '../../shell/NotAllowed';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { timeZoneOfRegion, type TimeZoneLabel } from '../../shell/zonedTime';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { FEED_MANAGERS } from './access';
import type { Feed } from './api';
import { FeedForm } from './FeedForm';
import { formatInZone } from './format';
import { useFeeds, usePollFeed, useRemoveFeed, useSaveFeed } from './queries';

/** /media/sumber — the RSS/Atom feeds the desk polls: their last poll, and adding, changing, polling now. */
export function FeedsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('media.feeds.title')} · Sinergi`);
  const user = useCurrentUser();
  const feeds = useFeeds();
  const [editing, setEditing] = useState<Feed | 'new' | null>(null);
  if (user && !allows(FEED_MANAGERS, user.role)) return <NotAllowed />;
  // Feeds have no region: times show in the reader's own scope zone.
  const zone = user?.scopeRegionCode ? timeZoneOfRegion(user.scopeRegionCode) : 'WIB';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/media" size="sm">{t('media.backToList')}</Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('media.feeds.title')}</Title>
          <Text size="sm" c="dimmed">{t('media.feeds.intro')}</Text>
        </div>
        {editing === null && <Button onClick={() => setEditing('new')}>{t('media.feeds.add')}</Button>}
      </Group>
      {editing !== null && <FeedForm key={editing === 'new' ? 'new' : editing.id} feed={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {feeds.isPending && <Loading />}
      {feeds.isError && <ErrorNotice error={feeds.error} onRetry={() => void feeds.refetch()} />}
      {feeds.data && (feeds.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="media-feeds-empty">{t('media.feeds.none')}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={820}>
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('media.feeds.name')}</Table.Th>
                  <Table.Th>{t('media.feeds.enabled')}</Table.Th>
                  <Table.Th>{t('media.feeds.lastPoll')}</Table.Th>
                  <Table.Th>{t('media.feeds.nextPoll')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {feeds.data.items.map((feed) => <FeedRow key={feed.id} feed={feed} zone={zone} onEdit={() => setEditing(feed)} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
}

function FeedRow({ feed, zone, onEdit }: { feed: Feed; zone: TimeZoneLabel; onEdit: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const poll = usePollFeed();
  const toggle = useSaveFeed();
  const remove = useRemoveFeed();
  const failed = feed.lastStatus !== null && feed.lastStatus !== 'ok' && feed.lastStatus !== 'not_modified';
  return (
    <Table.Tr data-testid="media-feed">
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>{feed.name}</Text>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>{feed.url}</Text>
          <Text size="xs" c="dimmed">{t('media.feeds.every', { minutes: feed.pollMinutes })}{feed.source ? ` · ${feed.source}` : ''}</Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Switch aria-label={t('media.feeds.enableNamed', { name: feed.name })} checked={feed.enabled} disabled={toggle.isPending}
          onChange={(event) => {
            const enabled = event.currentTarget.checked;
            toggle.mutate({ id: feed.id, version: feed.version, feed: { name: feed.name, url: feed.url, source: feed.source, pollMinutes: feed.pollMinutes, enabled } });
          }} />
        {toggle.isError && <ErrorNotice error={toggle.error} />}
      </Table.Td>
      <Table.Td>
        {feed.lastPolledAt === null ? <Text size="sm" c="dimmed">{t('media.feeds.neverPolled')}</Text> : (
          <Stack gap={2}>
            <Group gap={6}>
              <Badge size="sm" variant="light" color={failed ? 'red' : 'teal'} data-testid="media-feed-status">{t(`media.feeds.status.${feed.lastStatus ?? 'ok'}`)}</Badge>
              <Text size="xs">{formatInZone(locale, feed.lastPolledAt, zone)}</Text>
            </Group>
            {feed.lastNewArticles !== null && <Text size="xs">{t('media.feeds.newArticles', { count: feed.lastNewArticles })}</Text>}
            {feed.lastError && <Text size="xs" c="red.8" data-testid="media-feed-error">{feed.lastError}</Text>}
          </Stack>
        )}
        {poll.data && (
          <Text size="xs" c={poll.data.error ? 'red.8' : 'teal.8'} role="status" data-testid="media-poll-result">
            {poll.data.error ?? t('media.feeds.pollResult', { fetched: poll.data.fetched, created: poll.data.created, duplicates: poll.data.duplicates })}
          </Text>
        )}
        {poll.isError && <ErrorNotice error={poll.error} />}
      </Table.Td>
      <Table.Td>{feed.enabled ? formatInZone(locale, feed.nextPollAt, zone) : '—'}</Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="light" loading={poll.isPending} onClick={() => poll.mutate(feed.id)}>{t('media.feeds.pollNow')}</Button>
          <Button size="xs" variant="default" onClick={onEdit} aria-label={t('media.feeds.editNamed', { name: feed.name })}>{t('media.feeds.edit')}</Button>
          <ConfirmDangerButton label={t('media.feeds.remove')} ariaLabel={t('media.feeds.removeNamed', { name: feed.name })} title={t('media.feeds.removeTitle')}
            body={t('media.feeds.removeBody', { name: feed.name })} pending={remove.isPending} error={remove.error} onOpen={() => remove.reset()}
            onConfirm={(close) => remove.mutate(feed.id, { onSuccess: close })} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
