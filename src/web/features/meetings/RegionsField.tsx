import { Badge, CloseButton, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session';
import { useRegion } from '../regions/queries';
import { RegionSearchResults, stopEnterSubmit } from '../regions/RegionSearchResults';
import { SEARCH_DEBOUNCE_MS } from '../regions/useSearchText';

interface Props {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

function RegionChip({ code, first, onRemove }: { code: string; first: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const region = useRegion(code).data?.region;
  const name = region?.name ?? code;
  return (
    <Group gap={4} wrap="nowrap" className="region-chip" data-testid="meeting-region">
      <Text size="sm" fw={first ? 700 : 500}>{name}</Text>
      {region && <Badge variant="outline" color="gray" size="xs" radius="sm">{region.timeZone}</Badge>}
      {first && <Text size="xs" c="dimmed">({t('meetings.homeRegion')})</Text>}
      <CloseButton size="sm" aria-label={t('meetings.removeRegion', { name })} onClick={onRemove} />
    </Group>
  );
}

/**
 * The regions a meeting covers, found with the region search (inside the account's scope). The first
 * is the home region: it gives the meeting its time zone.
 */
export function RegionsField({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  const inputId = useId();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  return (
    <div onKeyDown={stopEnterSubmit}>
      <Stack gap="xs">
        <Input.Label required htmlFor={inputId}>{label}</Input.Label>
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">{t('meetings.noRegions')}</Text>
        ) : (
          <Group gap="xs">
            {value.map((code, index) => (
              <RegionChip key={code} code={code} first={index === 0} onRemove={() => onChange(value.filter((other) => other !== code))} />
            ))}
          </Group>
        )}
        <TextInput id={inputId} type="search" value={text} placeholder={t('meetings.addRegion')} error={error}
          onChange={(event) => setText(event.currentTarget.value)} autoComplete="off" spellCheck={false} />
        <RegionSearchResults query={debounced} within={scope} onPick={(region) => {
          setText('');
          if (!value.includes(region.code)) onChange([...value, region.code]);
        }} />
      </Stack>
    </div>
  );
}
