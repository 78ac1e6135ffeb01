import { Input, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSearchResults, stopEnterSubmit } from '../regions/RegionSearchResults';
import { SEARCH_DEBOUNCE_MS } from '../regions/useSearchText';
import type { RegionRef } from './api';
import { Chips } from './Chips';
import type { FieldFocus } from './highlight';

/**
 * The regions an article names, found in the whole gazetteer (news crosses the reader's scope): a
 * region the article is about may lie outside the desk's own area.
 */
export function ArticleRegionsField({ value, onChange, onPoint }: { value: RegionRef[]; onChange: (regions: RegionRef[]) => void; onPoint: (focus: FieldFocus | null) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
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
        <RegionSearchResults query={debounced} onPick={(region) => {
          setText('');
          if (!value.some((other) => other.code === region.code)) onChange([...value, { code: region.code, name: region.name }]);
        }} />
      </Stack>
    </div>
  );
}
