import { Anchor, Badge, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegion } from './queries';
import { parentNames } from './RegionResultList';
import { RegionSearchResults } from './RegionSearchResults';
import { RegionSearchInput } from './RegionSearchInput';
import { SEARCH_DEBOUNCE_MS } from './useSearchText';

interface Props {
  code: string | undefined;
  onChange: (code: string | undefined) => void;
  /** Texts for the form it sits in; the defaults are the calendar's. */
  labels?: { field?: string; chosen?: string; none?: string; search?: string };
  /** Search only inside this region. */
  within?: string;
  /** Whether the chosen region can be cleared (default yes). */
  clearable?: boolean;
}

/**
 * Picks one region by searching its name. The calendar uses it for the time zone and contests (none
 * means national, WIB); account, unit and token forms for a scope.
 */
export function RegionChooser({ code, onChange, labels = {}, within, clearable = true }: Props) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);

  return (
    <Stack gap="xs">
      <ChosenRegion code={code} onClear={clearable ? () => onChange(undefined) : undefined} labels={labels} />
      <RegionSearchInput value={text} onChange={setText} label={labels.search} />
      <RegionSearchResults query={debounced} within={within} onPick={(region) => {
        setText('');
        onChange(region.code);
      }} />
    </Stack>
  );
}

interface ChosenProps {
  code: string | undefined;
  onClear?: () => void;
  labels: NonNullable<Props['labels']>;
}

function ChosenRegion({ code, onClear, labels }: ChosenProps) {
  const { t } = useTranslation();
  const detail = useRegion(code);
  if (!code) {
    return (
      <Text size="sm">
        <Text span fw={600}>{labels.field ?? t('calendar.region')}:</Text> {labels.none ?? t('calendar.national')}
      </Text>
    );
  }
  const region = detail.data?.region;
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" className="chosen-region" data-testid="chosen-region">
      <Text size="sm" miw={0}>
        <Text span fw={600}>{labels.chosen ?? t('calendar.chosenRegion')}:</Text>{' '}
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
      {onClear && <CloseButton aria-label={t('calendar.clearRegion')} onClick={onClear} size="sm" />}
    </Group>
  );
}
