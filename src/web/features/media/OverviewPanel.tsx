import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { ArticleTable } from './ArticleTable';
import { formatCalendarDate } from './format';
import { CountBars } from './OverviewCharts';
import { useOverview } from './queries';

export const DAY_CHOICES = ['7', '14', '30', '90'] as const;
const TOP_REGIONS = 10;

/** Counts per region, threat and day over the chosen days, and what came in since yesterday. */
export function OverviewPanel({ days, region, onDays }: { days: number; region: string | undefined; onDays: (days: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const overview = useOverview(days, region);
  const number = new Intl.NumberFormat(locale);
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  const regions = data.byRegion.slice(0, TOP_REGIONS);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group gap="xl">
          <Stat label={t('media.overview.total', { days })} value={number.format(data.total)} testId="media-total" />
          <Stat label={t('media.overview.newSinceYesterday')} value={number.format(data.newSinceYesterday)} testId="media-new-count" />
        </Group>
        <SegmentedControl size="xs" value={String(days)} onChange={onDays} aria-label={t('media.overview.days')}
          data={DAY_CHOICES.map((choice) => ({ value: choice, label: t('media.overview.lastDays', { days: choice }) }))} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ChartCard title={t('media.overview.byRegion')} empty={regions.length === 0}>
          <CountBars horizontal testId="media-by-region" color="#4c6ef5" bars={regions.map((item) => ({ label: item.name, count: item.count }))}
            label={t('media.overview.byRegionLabel', { list: regions.map((item) => `${item.name} ${item.count}`).join(', ') })} />
        </ChartCard>
        <ChartCard title={t('media.overview.byThreat')} empty={data.byThreat.length === 0}>
          <CountBars horizontal testId="media-by-threat" color="#e03131" bars={data.byThreat.map((item) => ({ label: t(`media.threat.${item.threat}`), count: item.count }))}
            label={t('media.overview.byThreatLabel', { list: data.byThreat.map((item) => `${t(`media.threat.${item.threat}`)} ${item.count}`).join(', ') })} />
        </ChartCard>
        <ChartCard title={t('media.overview.byDay')} empty={data.total === 0}>
          <CountBars testId="media-by-day" color="#2f9e44" bars={data.byDay.map((item) => ({ label: formatCalendarDate(locale, item.date), count: item.count }))}
            label={t('media.overview.byDayLabel', { from: formatCalendarDate(locale, data.from), to: formatCalendarDate(locale, data.to), total: data.total })} />
        </ChartCard>
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="media-latest">
        <Title order={2} size="h4" id="media-latest" mb="xs">{t('media.overview.latest', { count: data.latest.length })}</Title>
        {data.latest.length === 0 ? <Text size="sm" c="dimmed">{t('media.overview.noLatest')}</Text> : <ArticleTable items={data.latest} testId="media-latest-article" />}
      </Paper>
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
    </div>
  );
}

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Text size="sm" fw={600} mb={4}>{title}</Text>
      {empty ? <Text size="sm" c="dimmed">{t('media.overview.noData')}</Text> : children}
    </Paper>
  );
}
