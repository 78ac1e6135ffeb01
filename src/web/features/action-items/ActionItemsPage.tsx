import { Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { useCurrentUser } from '../auth/session';
import type { Mine } from './api';
import { BoardGroups } from './BoardGroups';
import { useBoard } from './queries';
import { RegionFilterNote } from './RegionFilterNote';
import './actionItems.css';

const FILTERS = ['mine', 'overdue', 'region'] as const;

/**
 * /action-items — what was agreed in meetings and who must do it: "my unit" or "my region", grouped by
 * status with overdue items first. /action-items/:id opens one item in a drawer over the board.
 */
export function ActionItemsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('actionItems.title')} · Sinergi`);
  const user = useCurrentUser();
  const { values, update } = useUrlFilters(FILTERS);
  const { search, state } = useLocation();
  const returnTo = (state as { returnTo?: number } | null)?.returnTo;
  // Officers work for one unit, so their board starts there; the others start with their region.
  const mine: Mine = values.mine === 'unit' || values.mine === 'region' ? values.mine : user?.unitId != null ? 'unit' : 'region';
  const overdueOnly = values.overdue === 'true';
  const board = useBoard({ mine, ...(overdueOnly ? { overdue: 'true' as const } : {}), ...(values.region ? { region: values.region } : {}) });
  const items = board.data?.items ?? [];
  const loaded = board.data !== undefined;
  // The drawer is gone once closed, so it cannot hand focus back itself: the card it came from takes it.
  useEffect(() => {
    if (returnTo && loaded) document.querySelector<HTMLElement>(`[data-item-link="${returnTo}"]`)?.focus();
  }, [returnTo, loaded]);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('actionItems.title')}</Title>
        <Text size="sm" c="dimmed">{t('actionItems.intro')}</Text>
      </div>
      <Group gap="md" align="center">
        <SegmentedControl
          aria-label={t('actionItems.mineLabel')} value={mine} onChange={(value) => update({ mine: value })}
          data={[{ value: 'unit', label: t('actionItems.mineUnit') }, { value: 'region', label: t('actionItems.mineRegion') }]}
        />
        <Switch label={t('actionItems.overdueOnly')} checked={overdueOnly} onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : undefined })} />
      </Group>
      {values.region && <RegionFilterNote code={values.region} onClear={() => update({ region: undefined })} />}
      {mine === 'unit' && user?.unitId === null && <Text size="sm" c="dimmed">{t('actionItems.noUnit')}</Text>}
      {board.isPending && <Loading />}
      {board.isError && <ErrorNotice error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('actionItems.summary', { count: board.data.total, overdue: items.filter((item) => item.overdue).length })}
            {board.data.total > items.length ? ` ${t('actionItems.truncated', { shown: items.length })}` : ''}
          </Text>
          <BoardGroups items={items} search={search} />
        </>
      )}
      <Outlet />
    </Stack>
  );
}
