import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, THREATS } from '../../../domain/extraction/vocabulary';
import { ARTICLE_STATES } from '../../../domain/media/vocabulary';
import { useSearchText } from '../regions/useSearchText';
import { RegionChooser } from '../regions/RegionChooser';

export const FILTER_KEYS = ['state', 'region', 'threat', 'eventType', 'q'] as const;
export type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

/** The article list's filters, kept in the URL (state, region code, threat, event type, words). */
export function ArticleFilterBar({ values, update }: { values: FilterValues; update: (changes: Partial<FilterValues>) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useSearchText(values.q, (q) => update({ q }));
  return (
    <Stack gap="sm" role="group" aria-label={t('media.filters')}>
      <Group align="flex-end" gap="sm">
        <TextInput type="search" label={t('media.filter.q')} value={text} onChange={(event) => setText(event.currentTarget.value)} w={260} />
        <Select label={t('media.filter.state')} value={values.state || null} clearable placeholder={t('media.filter.any')} w={160}
          data={ARTICLE_STATES.map((state) => ({ value: state, label: t(`media.state.${state}`) }))}
          onChange={(value) => update({ state: value ?? '' })} comboboxProps={{ withinPortal: true }} />
        <Select label={t('media.filter.threat')} value={values.threat || null} clearable searchable placeholder={t('media.filter.any')} w={200}
          data={THREATS.map((threat) => ({ value: threat, label: t(`media.threat.${threat}`) }))}
          onChange={(value) => update({ threat: value ?? '' })} comboboxProps={{ withinPortal: true }} />
        <Select label={t('media.filter.eventType')} value={values.eventType || null} clearable placeholder={t('media.filter.any')} w={200}
          data={EVENT_TYPES.map((type) => ({ value: type, label: t(`media.eventType.${type}`) }))}
          onChange={(value) => update({ eventType: value ?? '' })} comboboxProps={{ withinPortal: true }} />
      </Group>
      <RegionChooser code={values.region || undefined} onChange={(code) => update({ region: code ?? '' })}
        labels={{ field: t('media.filter.region'), chosen: t('media.filter.region'), none: t('media.filter.anyRegion'), search: t('media.filter.regionSearch') }} />
    </Stack>
  );
}
