import './meetings.css';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
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
  const [draft, setDraft] = useState<MeetingDraft>(() => blankDraft(user?.unitId ?? null));
  const [tried, setTried] = useState(false);
  const set = (changes: Partial<MeetingDraft>) => setDraft((current) => ({ ...current, ...changes }));
  if (user && !allows(MEETING_CREATORS, user.role)) return <NotAllowed />;

  const zone = zoneOf(draft, user?.scopeRegionCode ? timeZoneOfRegion(user.scopeRegionCode) : 'WIB');
  const errors = validate(draft, zone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    create.mutate(toCreate(draft, zone), { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) });
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('meetings.newTitle')}</Title>
        <Text size="sm" c="dimmed">{t('meetings.newIntro')}</Text>
      </div>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('meetings.newTitle')}>
        <Stack gap="md">
          <MeetingFields draft={draft} set={set} errors={tried ? errors : {}} zone={zone} />
          {tried && Object.keys(errors).length > 0 && (
            <Text size="sm" c="red" role="alert">{t('meetings.problem.fixAbove')}</Text>
          )}
          {create.isError && <SaveError error={create.error} />}
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>{t('meetings.create')}</Button>
            <Button component={Link} to="/meetings" variant="default">{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
