import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageList } from '../../api';
import { useLang } from '../../shell/useLang';
import { formatRange } from './dates';
import { PhaseBadge, VotingDayBadge } from './PhaseBadge';

/** The same stages as a plain table: name, dates with the zone, status and legal basis. */
export function StageTable({ stages }: { stages: StageList }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stage-list-title">
      <Title order={2} size="h4" mb="sm" id="stage-list-title">{t('calendar.list')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t('calendar.colNo')}</Table.Th>
              <Table.Th>{t('calendar.colStage')}</Table.Th>
              <Table.Th>{t('calendar.colDates')}</Table.Th>
              <Table.Th className="nowrap">{t('calendar.colStatus')}</Table.Th>
              <Table.Th className="nowrap">{t('calendar.legalBasis')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stages.items.map((stage, index) => (
              <Table.Tr key={stage.code} data-phase={stage.phase} className={`stage-tr is-${stage.phase}`}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={stage.phase === 'current' ? 650 : 400}>
                      {lang === 'en' ? stage.nameEn : stage.nameId}
                    </Text>
                    {stage.isVotingDay && <VotingDayBadge />}
                  </Group>
                </Table.Td>
                <Table.Td className="nowrap">
                  <Text size="sm">{formatRange(locale, stage.startsOn, stage.endsOn)} {stages.timeZone}</Text>
                </Table.Td>
                <Table.Td className="nowrap"><PhaseBadge phase={stage.phase} /></Table.Td>
                <Table.Td className="nowrap"><Text size="sm" c="dimmed">{stage.legalBasis}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
