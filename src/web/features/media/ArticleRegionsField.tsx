import { Input, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useRegionSearch } from '../regions/queries';
import { RegionResultList } from '../regions/RegionResultList';
import { SEARCH_DEBOUNCE_MS } from '../regions/useSearchText';
import type { RegionRef } from './api';
import { Chips } from './Chips';
import type { FieldFocus } from './highlight';

function stopEnterSubmit(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

/**
 * The regions an article names, found in the whole gazetteer (news crosses the reader's scope): a
 * region the article is about may lie outside the desk's own area.
 */
export function ArticleRegionsField({ value, onChange, onPoint }: { value: RegionRef[]; onChange: (regions: RegionRef[]) => void; onPoint: (focus: FieldFocus | null) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const search = useRegionSearch(debounced, debounced !== '');
  return (
    <div onKeyDown={stopEnterSubmit}>
      <Stack gap="xs">
        <Input.Label htmlFor={inputId}>{t('media.field.regions')}</Input.Label>
        <Chips testId="media-region" empty={t('media.review.none')} onPoint={onPoint}
          items={value.map((region) => ({ key: region.code, label: region.name, focus: { field: 'regions', values: [region.code, region.name] } }))}
          removeLabel={(name) => t('media.review.removeRegion', { name })}
          onRemove={(code) => onChange(value.filter((region) => region.code !== code))} />
        <TextInput id={inputId} type="search" value={text} placeholder={t('media.review.addRegion')}
          onChange={(event) => setText(event.currentTarget.value)} autoComplete="off" spellCheck={false} />
        {debounced !== '' && (
          <Paper withBorder p="xs" className="chooser-results">
            {search.isPending && <Loading />}
            {search.isError && <ErrorNotice error={search.error} />}
            {search.data?.items.length === 0 && <Text size="sm">{t('search.noResults', { q: debounced })}</Text>}
            {search.data && search.data.items.length > 0 && (
              <RegionResultList items={search.data.items.slice(0, 6)} label={t('search.resultsFor', { q: debounced })}
                onPick={(region) => {
                  setText('');
                  if (!value.some((other) => other.code === region.code)) onChange([...value, { code: region.code, name: region.name }]);
                }} />
            )}
          </Paper>
        )}
      </Stack>
    </div>
  );
}
