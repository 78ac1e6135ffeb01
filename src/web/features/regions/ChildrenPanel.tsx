import { Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSummary } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useRegionChildren } from './queries';
import { RegionResultList } from './RegionResultList';

const FILTER_FROM = 15;

const HEADING = {
  province: 'region.childrenProvince',
  regency: 'region.childrenRegency',
  district: 'region.childrenDistrict',
} as const;

/** The regions directly below one region, as links to drill down. */
export function ChildrenPanel({ region }: { region: RegionSummary }) {
  const { t } = useTranslation();
  const children = useRegionChildren(region.code, region.level !== 'village');
  const [filter, setFilter] = useState('');
  if (region.level === 'village') return null;

  const heading = t(HEADING[region.level]);
  const items = children.data?.items ?? [];
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? items.filter((child) => child.name.toLocaleLowerCase().includes(needle)) : items;
  return (
    <Paper withBorder p="md" component="section" aria-label={heading}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4">{heading}</Title>
        {children.data && (
          <Text size="sm" c="dimmed">{t('region.showing', { shown: shown.length, total: children.data.total })}</Text>
        )}
      </Group>
      {items.length >= FILTER_FROM && (
        <TextInput
          label={t('region.filterChildren')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          mb="sm"
          maw={360}
          size="sm"
        />
      )}
      {children.isPending && <Loading />}
      {children.isError && <ErrorNotice error={children.error} onRetry={() => void children.refetch()} />}
      {children.data && items.length === 0 && <Text c="dimmed">{t('region.noChildren')}</Text>}
      {shown.length > 0 && <RegionResultList items={shown} hideParents label={heading} />}
    </Paper>
  );
}
