import { Anchor, Badge, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contest } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useContests } from './queries';

interface Props {
  electionId: string;
  region: string | undefined;
  /** The election's contest count, shown when no region is chosen. */
  nationwide: number | undefined;
}

/** The seat's place name: "Kabupaten Bangli" as is, but "Wali Kota Denpasar" rather than "Wali Kota Kota Denpasar". */
function seatName(contest: Contest): string {
  return contest.office === 'walikota' ? contest.region.name.replace(/^Kota\s+/, '') : contest.region.name;
}

export function ContestList({ electionId, region, nationwide }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const contests = useContests(electionId, region);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contests-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="contests-title">{t('calendar.contests')}</Title>
        {contests.data && contests.data.total > 0 && <Badge variant="light">{contests.data.total}</Badge>}
      </Group>
      {!region && (
        <Text size="sm" c="dimmed">
          {nationwide ? `${t('calendar.contestsTotal', { count: new Intl.NumberFormat(locale).format(nationwide) })}. ` : ''}
          {t('calendar.contestsHint')}
        </Text>
      )}
      {region && contests.isPending && <Loading />}
      {contests.isError && <ErrorNotice error={contests.error} onRetry={() => void contests.refetch()} />}
      {contests.data?.items.length === 0 && <Text size="sm" c="dimmed">{t('calendar.contestsNone')}</Text>}
      {contests.data && contests.data.items.length > 0 && (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" className="contest-list">
          {contests.data.items.map((contest) => (
            <li key={contest.id} className="contest">
              <Text fw={600}>{t(`office.${contest.office}`, { name: seatName(contest) })}</Text>
              <Text size="xs" c="dimmed">
                <Anchor component={Link} to={`/regions/${contest.region.code}`} size="xs">{contest.region.name}</Anchor>
                {contest.region.provinceName ? ` · ${contest.region.provinceName}` : ''}
              </Text>
            </li>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
