import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { changesOf, draftOf, validate, zoneOf, type MeetingDraft } from './draft';
import { FactsView } from './FactsView';
import { MeetingFields } from './MeetingFields';
import type { Meeting, MeetingDetail } from './meetingsApi';
import { useMeeting, useUpdateMeeting } from './queries';
import { SaveError } from './SaveError';
import { Section } from './Section';

/** Field names as the server reports them in a 409, translated where the catalogue knows them. */
const FIELDS = [
  'kind', 'title', 'organiserUnitId', 'level', 'regionCodes', 'electionId', 'stageCode', 'contestIds', 'startsAt', 'endsAt',
  'venue', 'mode', 'legalBasis', 'agenda', 'summary', 'chairName', 'chairPosition', 'minuteTakerName', 'minuteTakerPosition',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

function changedNames(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'stale_version') return [];
  const changed = error.details?.changed;
  return Array.isArray(changed) ? changed.filter((name): name is string => typeof name === 'string' && name !== 'version' && name !== 'timeZone') : [];
}

/** The facts, read, or edited by those who run the meeting at the version they read. */
export function FactsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MeetingDraft | null>(null);
  // The meeting as it was when editing began: its version goes with the save, even if the page refreshed since.
  const [base, setBase] = useState<Meeting>(meeting);
  const [tried, setTried] = useState(false);
  const update = useUpdateMeeting(meeting.id);
  const fresh = useMeeting(meeting.id);
  const set = (changes: Partial<MeetingDraft>) => setDraft((current) => current && { ...current, ...changes });

  const stale = update.error instanceof ApiError && update.error.code === 'stale_version';
  const changed = changedNames(update.error).map((name) => (isField(name) ? t(`meetings.field.${name}`) : name));

  const startEditing = () => {
    update.reset();
    setTried(false);
    setBase(meeting);
    setDraft(draftOf(meeting));
  };
  const reload = async () => {
    const result = await fresh.refetch();
    update.reset();
    if (result.data) {
      setBase(result.data);
      setDraft(draftOf(result.data));
    }
  };

  let body;
  if (draft === null) {
    body = <FactsView meeting={meeting} />;
  } else {
    const zone = zoneOf(draft, base.timeZone);
    const errors = validate(draft, zone);
    const submit = (event: FormEvent) => {
      event.preventDefault();
      setTried(true);
      if (Object.keys(errors).length > 0) return;
      const changes = changesOf(base, draft, zone);
      if (Object.keys(changes).length === 1) return setDraft(null);
      update.mutate(changes, { onSuccess: () => setDraft(null) });
    };
    body = (
      <form onSubmit={submit} noValidate aria-label={t('meetings.editFacts')}>
        <Stack gap="md">
          <MeetingFields draft={draft} set={set} errors={tried ? errors : {}} zone={zone} withSummary />
          {stale ? (
            <Alert color="orange" variant="light" role="alert" title={t('meetings.staleTitle')} data-testid="stale-version">
              <Text size="sm">{changed.length > 0 ? t('meetings.staleChanged', { fields: changed.join(', ') }) : t('meetings.staleUnknown')}</Text>
              <Button size="xs" mt="sm" variant="light" color="orange" onClick={() => void reload()} loading={fresh.isFetching}>
                {t('meetings.staleReload')}
              </Button>
            </Alert>
          ) : update.isError && <SaveError error={update.error} />}
          <Group gap="sm">
            <Button type="submit" loading={update.isPending}>{t('meetings.save')}</Button>
            <Button variant="default" onClick={() => setDraft(null)}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    );
  }
  return (
    <Section
      id="facts"
      title={t('meetings.facts')}
      actions={(
        <Group gap="xs">
          <Text size="xs" c="dimmed" data-testid="meeting-version">{t('meetings.version', { version: meeting.version })}</Text>
          {meeting.canEdit && draft === null && <Button size="xs" variant="light" onClick={startEditing}>{t('meetings.edit')}</Button>}
        </Group>
      )}
    >
      {body}
    </Section>
  );
}
