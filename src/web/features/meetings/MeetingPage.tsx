import './meetings.css';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { ActionItemsSection } from './ActionItemsSection';
import { DecisionsSection } from './DecisionsSection';
import { DeclarationsSection } from './DeclarationsSection';
import { DocumentLinks } from './DocumentLinks';
import { EarlierItemsSection } from './EarlierItemsSection';
import { FactsSection } from './FactsSection';
import { FindingsSection } from './FindingsSection';
import { formatMeetingRange } from './format';
import { InvitationsSection } from './InvitationsSection';
import type { MeetingDetail } from './meetingsApi';
import { useMeeting } from './queries';
import { SpeakersSection } from './SpeakersSection';
import { StrategiesSection } from './StrategiesSection';

const SECTIONS = ['facts', 'invitations', 'speakers', 'findings', 'strategies', 'action-items', 'decisions', 'declarations', 'earlier'] as const;
const SECTION_TITLES = {
  facts: 'meetings.facts', invitations: 'meetings.invitations', speakers: 'meetings.speakers', findings: 'meetings.findings',
  strategies: 'meetings.strategies', 'action-items': 'meetings.actionItems', decisions: 'meetings.decisions',
  declarations: 'meetings.declarations', earlier: 'meetings.earlier',
} as const;

/** /meetings/:id — one meeting: facts, invitations and attendance, what was said, found, agreed and signed. */
export function MeetingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  useDocumentTitle(`${meeting.data?.title ?? t('meetings.meeting')} · Sinergi`);
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />;
  return <MeetingView meeting={meeting.data} />;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to="/meetings" size="sm">‹ {t('meetings.backToList')}</Anchor>
        <Group gap="xs">
          <Badge variant="light">{t(`meetings.kind.${meeting.kind}`)}</Badge>
          <Text size="sm" c="dimmed">{meeting.regions.map((region) => region.name).join(', ')}</Text>
        </Group>
        <Title order={1} size="h2">{meeting.title}</Title>
        <Text size="sm" data-testid="meeting-when">
          {formatMeetingRange(locale, meeting.startsAt, meeting.endsAt, meeting.timeZone)}
          {meeting.venue && <> · {meeting.venue}</>} · {meeting.organiser.name}
        </Text>
        <DocumentLinks meetingId={meeting.id} />
      </Stack>
      <nav aria-label={t('meetings.contents')} className="meeting-contents">
        {SECTIONS.map((section) => <a key={section} href={`#${section}`}>{t(SECTION_TITLES[section])}</a>)}
      </nav>
      <FactsSection meeting={meeting} />
      <InvitationsSection meeting={meeting} />
      <SpeakersSection meeting={meeting} />
      <FindingsSection meeting={meeting} />
      <StrategiesSection meeting={meeting} />
      <ActionItemsSection meeting={meeting} />
      <DecisionsSection meeting={meeting} />
      <DeclarationsSection meeting={meeting} />
      <EarlierItemsSection meeting={meeting} />
    </Stack>
  );
}
