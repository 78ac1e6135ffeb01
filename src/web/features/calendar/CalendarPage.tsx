import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { ContestList } from './ContestList';
import { formatDate } from './dates';
import { RegionChooser } from '../regions/RegionChooser';
import { ElectionPicker } from './ElectionPicker';
import { useElections, useStages } from './queries';
import { StageTable } from './StageTable';
import { StageTimeline } from './StageTimeline';

export const DEFAULT_ELECTION = 'pilkada-2024';

/** /calendar?election=…&region=… — the stages of one election, in the chosen region's time zone. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const [params, setParams] = useSearchParams();
  const electionId = params.get('election') || DEFAULT_ELECTION;
  const region = params.get('region') || undefined;
  const elections = useElections();
  const stages = useStages(electionId, region);
  const election = elections.data?.items.find((item) => item.id === electionId);
  useDocumentTitle(`${t('calendar.title')} · Sinergi`);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const data = stages.data;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('calendar.title')}</Title>
      <Paper withBorder p="md">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ElectionPicker value={electionId} elections={elections} onChange={(id) => update({ election: id })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <RegionChooser code={region} onChange={(code) => update({ region: code })} />
          </Grid.Col>
        </Grid>
      </Paper>

      {election && (
        <Group justify="space-between" align="flex-start" gap="md">
          <div>
            <Title order={2} size="h3">{lang === 'en' ? election.nameEn : election.nameId}</Title>
            <Text size="sm" c="dimmed">
              {t('calendar.votingDay')}: {formatDate(locale, election.votingDate)} · {t('calendar.legalBasis')}:{' '}
              {election.legalBasis}
            </Text>
          </div>
          {data && (
            <Paper className="today-chip" px="md" py={6} radius="xl" data-testid="today">
              <Text size="sm" fw={600}>
                {t('calendar.today')}: {formatDate(locale, data.today)} {data.timeZone}
              </Text>
            </Paper>
          )}
        </Group>
      )}

      {stages.isPending && <Loading />}
      {stages.isError && <ErrorNotice error={stages.error} onRetry={() => void stages.refetch()} />}
      {data && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
            <Group justify="space-between" mb="md" gap="xs">
              <Title order={2} size="h4" id="timeline-title">{t('calendar.timeline')}</Title>
              <Text size="sm" c="dimmed">{t('calendar.zoneNote', { zone: `${data.timeZone} — ${t(`tz.${data.timeZone}`)}` })}</Text>
            </Group>
            {data.items.length === 0 ? <Text c="dimmed">{t('calendar.noStages')}</Text> : <StageTimeline stages={data} />}
          </Paper>
          <ContestList electionId={electionId} region={region} nationwide={election?.contestCount} />
          {data.items.length > 0 && <StageTable stages={data} />}
        </>
      )}
    </Stack>
  );
}
