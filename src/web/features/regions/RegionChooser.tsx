import { Anchor, Badge, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegion, useRegionSearch } from '../regions/queries';
import { parentNames, RegionResultList } from '../regions/RegionResultList';
import { RegionSearchInput } from '../regions/RegionSearchInput';
import { SEARCH_DEBOUNCE_MS } from '../regions/useSearchText';
import { ErrorNotice, Loading } from '../../shell/QueryState';

const SHOWN_RESULTS = 6;

interface Props {
  code: string | undefined;
  onChange: (code: string | undefined) => void;
}

/** Picks the region whose time zone and contests the calendar shows; none means national (WIB). */
export function RegionChooser({ code, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = useRegionSearch(debounced, debounced !== '');

  return (
    <Stack gap="xs">
      <ChosenRegion code={code} onClear={() => onChange(undefined)} />
      <RegionSearchInput value={text} onChange={setText} />
      {debounced !== '' && (
        <Paper withBorder p="xs" className="chooser-results">
          {search.isPending && <Loading />}
          {search.isError && <ErrorNotice error={search.error} />}
          {search.data?.items.length === 0 && <Text size="sm">{t('search.noResults', { q: debounced })}</Text>}
          {search.data && search.data.items.length > 0 && (
            <RegionResultList
              items={search.data.items.slice(0, SHOWN_RESULTS)}
              label={t('search.resultsFor', { q: debounced })}
              onPick={(region) => {
                setText('');
                onChange(region.code);
              }}
            />
          )}
        </Paper>
      )}
    </Stack>
  );
}

function ChosenRegion({ code, onClear }: { code: string | undefined; onClear: () => void }) {
  const { t } = useTranslation();
  const detail = useRegion(code);
  if (!code) {
    return (
      <Text size="sm">
        <Text span fw={600}>{t('calendar.region')}:</Text> {t('calendar.national')}
      </Text>
    );
  }
  const region = detail.data?.region;
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" className="chosen-region" data-testid="chosen-region">
      <Text size="sm" miw={0}>
        <Text span fw={600}>{t('calendar.chosenRegion')}:</Text>{' '}
        {region ? (
          <>
            <Anchor component={Link} to={`/regions/${region.code}`} fw={600}>{region.name}</Anchor>{' '}
            <Text span c="dimmed">{[t(`kind.${region.kind}`), parentNames(region)].filter(Boolean).join(' · ')}</Text>{' '}
            <Badge variant="outline" color="gray" size="xs" radius="sm">{region.timeZone}</Badge>
          </>
        ) : (
          // Still loading, or an unknown code: the stages panel below shows the server's message.
          <span className="mono">{code}</span>
        )}
      </Text>
      <CloseButton aria-label={t('calendar.clearRegion')} onClick={onClear} size="sm" />
    </Group>
  );
}
