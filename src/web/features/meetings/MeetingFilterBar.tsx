import { Grid, Select, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../domain/meetings/vocabulary';
import { useCurrentUser } from '../auth/session';
import { RegionChooser } from '../regions/RegionChooser';
import { useSearchText } from '../regions/useSearchText';
import { AgencySelect } from '../units/AgencySelect';
import type { FilterKey, FilterValues } from './useMeetingFilters';

interface Props {
  values: FilterValues;
  update: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  /** The calendar chooses its month itself: no day range there. */
  withDates?: boolean;
}

/** Region, agency, kind, day range and text; every change lands in the URL. */
export function MeetingFilterBar({ values, update, withDates = true }: Props) {
  const { t } = useTranslation();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  const commitText = useCallback((q: string) => update({ q: q || undefined }), [update]);
  const [text, setText] = useSearchText(values.q, commitText);
  return (
    <Grid gap="sm" align="flex-start">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <div role="group" aria-label={t('meetings.filterRegion')}>
          <RegionChooser
            code={values.region || undefined}
            onChange={(region) => update({ region })}
            within={scope}
            labels={{ field: t('meetings.filterRegion'), chosen: t('meetings.filterRegion'), none: t('meetings.allRegions'), search: t('meetings.filterRegionSearch') }}
          />
        </div>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Grid gap="sm">
          <Grid.Col span={12}>
            <TextInput type="search" label={t('meetings.filterText')} placeholder={t('meetings.filterTextHint')} value={text}
              onChange={(event) => setText(event.currentTarget.value)} autoComplete="off" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label={t('meetings.filterKind')} placeholder={t('meetings.allKinds')} clearable value={values.kind || null}
              data={MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))}
              onChange={(kind) => update({ kind: kind ?? undefined })} comboboxProps={{ withinPortal: true }} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <AgencySelect label={t('meetings.filterAgency')} placeholder={t('meetings.allAgencies')} value={values.agency || null}
              onChange={(agency) => update({ agency: agency ?? undefined })} />
          </Grid.Col>
          {withDates && (
            <>
              <Grid.Col span={6}>
                <TextInput type="date" label={t('meetings.filterFrom')} value={values.from} max={values.to || undefined}
                  onChange={(event) => update({ from: event.currentTarget.value || undefined })} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextInput type="date" label={t('meetings.filterTo')} value={values.to} min={values.from || undefined}
                  onChange={(event) => update({ to: event.currentTarget.value || undefined })} />
              </Grid.Col>
            </>
          )}
        </Grid>
      </Grid.Col>
    </Grid>
  );
}
