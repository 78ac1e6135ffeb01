import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { localDate, timeZoneOfRegion } from '../../../domain/regions/timezones';
import { useCurrentUser } from '../auth/session';
import { REPORT_LEVELS, reportsApi, type ReportLevel, type StatusBoard, type StatusQuery } from './api';
import { localTime, previousMonth } from './format';
import { useStatusBoard } from './queries';
import { StateBadge } from './StateBadge';

const KEYS = ['period', 'level', 'region'] as const;
const TOTALS: ReadonlyArray<keyof StatusBoard['totals']> = ['regions', 'submitted', 'accepted', 'late', 'missing'];

/**
 * /laporan-politik/status?period=YYYY-MM&level=[&region=] — who has reported for a month: a province sees its
 * kabupaten/kota, a national account every province (or every kabupaten/kota); `region` narrows it to a
 * region inside the account's scope (the dashboard's links).
 */
export function StatusBoardPage() {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  useDocumentTitle(`${t('politicalReports.status.title')} · Sinergi`);
  const scope = useCurrentUser()?.scopeRegionCode ?? null;
  const { values, update } = useUrlFilters(KEYS);
  const region = values.region || scope;
  const zone = timeZoneOfRegion(region ?? '31');
  const period = values.period || previousMonth(localDate(new Date(), zone));
  // A province's own desk follows its kabupaten/kota; the national desk starts with the provinces.
  const level: ReportLevel = values.level === 'kabkota' || values.level === 'provinsi' ? values.level : region ? 'kabkota' : 'provinsi';
  const query = useMemo<StatusQuery>(() => ({ period, level, regionCode: region ?? undefined }), [period, level, region]);
  const board = useStatusBoard(query);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/laporan-politik" size="sm">{t('politicalReports.back')}</Anchor>
      <Group justify="space-between">
        <Title order={1}>{t('politicalReports.status.title')}</Title>
        <Button component="a" href={reportsApi.recapUrl(query, lang)} download variant="light" data-testid="report-recap-xlsx">{t('politicalReports.status.recap')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput type="month" label={t('politicalReports.period')} value={period} onChange={(event) => update({ period: event.currentTarget.value })} />
        <SegmentedControl value={level} onChange={(value) => update({ level: value })} aria-label={t('politicalReports.status.level')}
          data={REPORT_LEVELS.map((entry) => ({ value: entry, label: t(`politicalReports.level.${entry}`) }))} />
      </Group>
      {board.isPending && <Loading />}
      {board.isError && <ErrorNotice error={board.error} onRetry={() => void board.refetch()} />}
      {board.data && (
        <>
          <Group gap="md" data-testid="report-status-totals">
            {TOTALS.map((key) => (
              <Text key={key} size="sm" c={key === 'late' || key === 'missing' ? 'red' : undefined} data-total={key}>
                {t(`politicalReports.status.totals.${key}`)}: <b>{board.data.totals[key]}</b>
              </Text>
            ))}
          </Group>
          {board.data.items.length === 0 && <Text c="dimmed">{t('politicalReports.status.empty')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="report-status-grid">
            {board.data.items.map((row) => (
              <Paper key={row.regionCode} withBorder p="sm" data-testid="report-status-cell" data-region={row.regionCode}
                style={row.late ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
                <Stack gap={4}>
                  {row.reportId !== null
                    ? <Anchor component={Link} to={`/laporan-politik/${row.reportId}`} fw={600}>{row.regionName}</Anchor>
                    : <Text fw={600}>{row.regionName}</Text>}
                  <StateBadge state={row.state} late={row.late} />
                  {row.submittedAt && <Text size="xs" c="dimmed">{t('politicalReports.submittedAt', { at: localTime(locale, row.submittedAt, timeZoneOfRegion(row.regionCode)) })}</Text>}
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
