import { Paper, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useRegionSearch } from './queries';
import { RegionResultList } from './RegionResultList';
import type { RegionSummary } from '../../api';

const SHOWN_RESULTS = 6;

/**
 * The results of a typed region search under its input: loading, error, none found, or the first
 * few regions to pick from. Nothing while the (debounced) query is empty.
 */
export function RegionSearchResults({ query, within, onPick }: { query: string; within?: string; onPick: (region: RegionSummary) => void }) {
  const { t } = useTranslation();
  const search = useRegionSearch(query, query !== '', within);
  if (query === '') return null;
  return (
    <Paper withBorder p="xs" className="chooser-results">
      {search.isPending && <Loading />}
      {search.isError && <ErrorNotice error={search.error} />}
      {search.data?.items.length === 0 && <Text size="sm">{t('search.noResults', { q: query })}</Text>}
      {search.data && search.data.items.length > 0 && (
        <RegionResultList items={search.data.items.slice(0, SHOWN_RESULTS)} label={t('search.resultsFor', { q: query })} onPick={onPick} />
      )}
    </Paper>
  );
}

/** Enter in a region search box picks nothing and must not submit the form around it. */
export function stopEnterSubmit(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}
