import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { useElections } from '../calendar/queries';
import { formatMeetingRange } from './format';
import type { Meeting } from './meetingsApi';
import { useElectionStages } from './queries';

/** "Name, position" of who signs the minutes, or null when no name is recorded. */
const signer = (name: string | null, position: string | null) => (name ? (position ? `${name}, ${position}` : name) : null);

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact is-wide' : 'fact'}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" component="dt">{label}</Text>
      <Text size="sm" component="dd" m={0} className="fact-value">{children}</Text>
    </div>
  );
}

/** The meeting's facts as read: when and where in its own zone, who organises, what it is about. */
export function FactsView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const elections = useElections();
  const election = elections.data?.items.find((item) => item.id === meeting.electionId);
  const stages = useElectionStages(meeting.stageCode ? meeting.electionId : null, meeting.regions[0]?.code);
  const stage = stages.data?.items.find((item) => item.code === meeting.stageCode);
  const none = <Text span c="dimmed" size="sm">—</Text>;
  return (
    <Stack gap="sm">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        <Fact label={t('meetings.field.startsAt')}>{formatMeetingRange(locale, meeting.startsAt, meeting.endsAt, meeting.timeZone)}</Fact>
        <Fact label={t('meetings.field.venue')}>
          {meeting.venue ?? none} <Badge variant="outline" size="xs" ml={4}>{t(`meetings.mode.${meeting.mode}`)}</Badge>
        </Fact>
        <Fact label={t('meetings.field.organiserUnitId')}>{meeting.organiser.name} ({meeting.organiser.agencyCode})</Fact>
        <Fact label={t('meetings.field.regionCodes')}>{meeting.regions.map((region) => region.name).join(', ')}</Fact>
        <Fact label={t('meetings.field.level')}>{t(`meetings.level.${meeting.level}`)}</Fact>
        <Fact label={t('meetings.field.electionId')}>
          {election ? (lang === 'en' ? election.nameEn : election.nameId) : meeting.electionId ?? none}
          {meeting.stageCode && <> · {stage ? (lang === 'en' ? stage.nameEn : stage.nameId) : meeting.stageCode}</>}
          {meeting.contestIds.length > 0 && <> · {t('meetings.contestCount', { count: meeting.contestIds.length })}</>}
        </Fact>
        <Fact label={t('meetings.field.legalBasis')} wide>
          {meeting.legalBasis.length === 0 ? none : (
            <Group gap={4} component="span">
              {meeting.legalBasis.map((basis) => <Badge key={basis} variant="light" color="gray" radius="sm" tt="none">{basis}</Badge>)}
            </Group>
          )}
        </Fact>
        <Fact label={t('meetings.field.agenda')} wide>{meeting.agenda ? <span className="pre-wrap">{meeting.agenda}</span> : none}</Fact>
        {meeting.summary && <Fact label={t('meetings.field.summary')} wide><span className="pre-wrap">{meeting.summary}</span></Fact>}
        <Fact label={t('meetings.chair')}>{signer(meeting.chairName, meeting.chairPosition) ?? none}</Fact>
        <Fact label={t('meetings.minuteTaker')}>{signer(meeting.minuteTakerName, meeting.minuteTakerPosition) ?? none}</Fact>
      </SimpleGrid>
    </Stack>
  );
}
