import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isWithin } from '../../../domain/regions/codes';
import { ApiError } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useCurrentUser } from '../auth/session';
import type { ActionItem } from './api';
import { DueDate } from './DueDate';
import { regionBoardPath, REGION_OPEN_SHOWN } from './regionOpenItems';
import { OverdueBadge, StatusBadge } from './StatusBadge';
import { useRegionOpenItems } from './useRegionOpenItems';

/**
 * "Aksi terbuka": the open and in-progress action items whose owner unit works in the region, overdue
 * first, the first few with a link to the board filtered to the region. Used by the region's
 * vulnerability and readiness pages.
 */
export function RegionOpenActionItems({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const open = useRegionOpenItems(regionCode);
  // Outside the account's scope the server lists only the items of meetings the account takes part in.
  const partial = user?.scopeRegionCode != null && !isWithin(regionCode, user.scopeRegionCode);
  const total = open.data?.total ?? 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="region-open-items-title" data-testid="region-open-items">
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="region-open-items-title">{t('regionOpenItems.title')}</Title>
          {open.data && (
            <Badge variant="light" color={total > 0 ? 'blue' : 'gray'} className="badge-full" data-testid="open-items-count">
              {t('regionOpenItems.count', { count: total })}
            </Badge>
          )}
        </Group>
        {partial && <Text size="sm" c="dimmed">{t('regionOpenItems.outsideScope')}</Text>}
        {open.isPending && <Loading />}
        {open.isError && <OpenItemsProblem error={open.error} onRetry={() => void open.refetch()} />}
        {open.data && (open.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="open-items-empty">{t('regionOpenItems.empty')}</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {open.data.items.map((item) => <OpenItem key={item.id} item={item} regionCode={regionCode} />)}
          </Stack>
        ))}
        {open.data && total > REGION_OPEN_SHOWN && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm" c="dimmed">{t('regionOpenItems.shown', { shown: open.data.items.length, total })}</Text>
            <Anchor component={Link} to={regionBoardPath(regionCode)} size="sm" data-testid="open-items-all">
              {t('regionOpenItems.all', { total })}
            </Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** A role that may not read action items gets a plain note: the rest of the page still stands. */
function OpenItemsProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) {
    return <Text size="sm" c="dimmed" data-testid="open-items-hidden">{t('regionOpenItems.notAllowed')}</Text>;
  }
  return <ErrorNotice error={error} onRetry={onRetry} />;
}

function OpenItem({ item, regionCode }: { item: ActionItem; regionCode: string }) {
  return (
    <li data-testid="open-item" data-item={item.id} data-overdue={item.overdue || undefined}>
      <Anchor component={Link} to={regionBoardPath(regionCode, item.id)} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {item.title}
      </Anchor>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="open-item-owner">
        {item.ownerUnitName}{item.ownerPersonName ? ` · ${item.ownerPersonName}` : ''}
      </Text>
      <Group gap={6} wrap="wrap" mt={2}>
        <StatusBadge status={item.status} />
        <DueDate item={item} />
        {item.overdue && <OverdueBadge />}
      </Group>
    </li>
  );
}
