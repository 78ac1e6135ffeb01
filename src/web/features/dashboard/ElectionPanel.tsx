import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { usePanel } from './queries';
import { Panel } from './Panel';
import { votingDayPhase } from './view';

/** Where the election stands in the region: today's local date, the stages under way, the days to voting day. */
export function ElectionPanel({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const query = usePanel('election', region);
  const data = query.data;
  const phase = votingDayPhase(data?.daysToVotingDay ?? null);
  return (
    <Panel title={t('dashboard.election.title')} query={query} testId="dash-election">
      {data && (
        <>
          <Group gap="xs">
            <Text size="sm">{t('dashboard.election.today', { date: formatCalendarDate(locale, data.today) })}</Text>
            <Badge variant="outline" color="gray" size="sm" radius="sm">{data.timeZone}</Badge>
          </Group>
          {data.election && <Text fw={600}>{data.election.name[lang]}</Text>}
          {phase !== 'none' && data.votingDay && (
            <Text size="lg" fw={700} data-testid="dash-voting-day">
              {t(`dashboard.election.voting.${phase}`, { count: Math.abs(data.daysToVotingDay ?? 0), date: formatCalendarDate(locale, data.votingDay) })}
            </Text>
          )}
          {data.currentStages.length > 0 ? (
            <List size="sm" spacing={4} aria-label={t('dashboard.election.stages')}>
              {data.currentStages.map((stage) => (
                <List.Item key={stage.code}>
                  {stage.name[lang]}{' '}
                  <Text span size="xs" c="dimmed">{formatCalendarDate(locale, stage.startsOn)} – {formatCalendarDate(locale, stage.endsOn)}</Text>
                </List.Item>
              ))}
            </List>
          ) : <Text size="sm" c="dimmed">{t('dashboard.election.noStage')}</Text>}
          <Anchor component={Link} to={data.link} size="sm">{t('dashboard.election.calendar')}</Anchor>
        </>
      )}
    </Panel>
  );
}
