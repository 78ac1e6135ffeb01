import './meetings.css';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { FromArticleNotice } from '../media/FromArticleNotice';
import { prefillOf } from '../media/prefill';
import { useLinkBack } from '../media/useLinkBack';
import { NotAllowed } from '../../shell/NotAllowed';
import { MEETING_CREATORS } from './access';
import { blankDraft, toCreate, validate, zoneOf, type MeetingDraft } from './draft';
import { timeZoneOfRegion } from './format';
import { MeetingFields } from './MeetingFields';
import { useCreateMeeting } from './queries';
import { SaveError } from './SaveError';

/** /meetings/new — schedule a meeting (or record one already held); afterwards its page opens. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('meetings.newTitle')} · Sinergi`);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  // Opened from a news article ("Buat rapat"): the form starts from its reviewed fields and the new
  // meeting is linked back to it. Read once, so the person's edits are theirs.
  const location = useLocation();
  const [prefill] = useState(() => prefillOf<MeetingDraft>(location.state));
  const { linkBack, isPending: linking } = useLinkBack();
  const [draft, setDraft] = useState<MeetingDraft>(() => ({ ...blankDraft(user?.unitId ?? null), ...prefill?.values }));
  const [tried, setTried] = useState(false);
  const set = (changes: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...changes }));
  if (user && !allows(MEETING_CREATORS, user.role)) return <NotAllowed />;

  const zone = zoneOf(draft, user?.scopeRegionCode ? timeZoneOfRegion(user.scopeRegionCode) : 'WIB');
  const errors = validate(draft, zone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    create.mutate(toCreate(draft, zone), {
      onSuccess: (meeting) => {
        const linked = prefill ? linkBack(prefill.fromArticle.id, { meetingId: meeting.id }) : Promise.resolve(true);
        void linked.then(() => navigate(`/meetings/${meeting.id}`));
      },
    });
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('meetings.newTitle')}</Title>
        <Text size="sm" c="dimmed">{t('meetings.newIntro')}</Text>
      </div>
      {prefill && <FromArticleNotice article={prefill.fromArticle} />}
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('meetings.newTitle')}>
        <Stack gap="md">
          <MeetingFields draft={draft} set={set} errors={tried ? errors : {}} zone={zone} withSummary={prefill !== null} />
          {tried && Object.keys(errors).length > 0 && (
            <Text size="sm" c="red" role="alert">{t('meetings.problem.fixAbove')}</Text>
          )}
          {create.isError && <SaveError error={create.error} />}
          <Group gap="sm">
            <Button type="submit" loading={create.isPending || linking}>{t('meetings.create')}</Button>
            <Button component={Link} to="/meetings" variant="default">{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
