import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useOutlines } from '../geo/outlines';
import { ReadinessMap } from '../readiness/ReadinessMap';
import { useReadinessScores } from '../readiness/queries';

interface Props {
  /** A province (its kabupaten/kota are drawn) or none (the provinces). */
  parent: string | undefined;
  /** A region clicked on the map: the dashboard moves to it. */
  onSelect: (code: string) => void;
}

/**
 * Readiness on the region map, inside the dashboard's regions panel. Loaded on its own (React.lazy, with
 * the chart library) after the numbers, so the home page shows its figures before the map arrives.
 */
export function ReadinessMapSection({ parent, onSelect }: Props) {
  const { t } = useTranslation();
  const scores = useReadinessScores(parent);
  const outlines = useOutlines(parent);
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.regions.map')}</Title>
      <Text size="xs" c="dimmed">{t('dashboard.regions.mapHint')}</Text>
      {(scores.isPending || outlines.isPending) && <Loading />}
      {scores.isError && <ErrorNotice error={scores.error} />}
      {outlines.isError && <ErrorNotice error={outlines.error} />}
      {scores.data && outlines.data && <ReadinessMap scores={scores.data} outlines={outlines.data} onSelect={onSelect} />}
    </Stack>
  );
}
