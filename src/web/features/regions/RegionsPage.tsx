import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useRegionSearch } from './queries';
import { RegionResultList } from './RegionResultList';
import { RegionSearchInput } from './RegionSearchInput';
import { useSearchText } from './useSearchText';

/** /regions?q=… — search by name, or browse from the provinces. */
export function RegionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const commit = useCallback(
    (value: string) => setParams(value ? { q: value } : {}, { replace: true }),
    [setParams],
  );
  const [text, setText] = useSearchText(q, commit);
  const search = useRegionSearch(q);
  useDocumentTitle(`${q ? t('search.resultsFor', { q }) : t('nav.regions')} · Sinergi`);

  const heading = q ? t('search.resultsFor', { q }) : t('search.provinces');
  const data = search.data;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('nav.regions')}</Title>
      <RegionSearchInput value={text} onChange={setText} autoFocus />
      <Paper withBorder p="md" aria-busy={search.isFetching}>
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} size="h4">{heading}</Title>
          {data && data.items.length > 0 && (
            <Text size="sm" c="dimmed">{t('search.count', { shown: data.items.length, total: data.total })}</Text>
          )}
        </Group>
        {!q && <Text size="sm" c="dimmed" mb="sm">{t('search.provincesHint')}</Text>}
        {search.isPending && <Loading />}
        {search.isError && <ErrorNotice error={search.error} onRetry={() => void search.refetch()} />}
        {data && data.items.length === 0 && <Text>{t('search.noResults', { q })}</Text>}
        {data && data.items.length > 0 && <RegionResultList items={data.items} label={heading} hideParents={!q} />}
      </Paper>
    </Stack>
  );
}
