import { Button, Grid, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { MeetingDetail } from './meetingsApi';
import { useAddSpeaker, useRemovePart } from './queries';
import { RemoveButton } from './RemoveButton';
import { Section } from './Section';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

/** Who spoke and the points they made, one point per line when typing. */
export function SpeakersSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const remove = useRemovePart(meeting.id);
  return (
    <Section id="speakers" title={t('meetings.speakers')} count={meeting.speakers.length}>
      <Stack gap="md">
        {meeting.speakers.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noSpeakers')}</Text>}
        {remove.isError && <ErrorNotice error={remove.error} />}
        {meeting.speakers.length > 0 && (
          <ol className="part-list numbered">
            {meeting.speakers.map((speaker) => (
              <li key={speaker.id} className="part-row" data-testid="speaker">
                <Stack gap={2} className="grow">
                  <Text size="sm"><Text span inherit fw={600}>{speaker.name}</Text>{speaker.title && <Text span inherit c="dimmed"> — {speaker.title}</Text>}</Text>
                  {speaker.points.length > 0 && (
                    <List size="sm" spacing={2}>{speaker.points.map((point, index) => <List.Item key={index}>{point}</List.Item>)}</List>
                  )}
                </Stack>
                {meeting.canEdit && (
                  <RemoveButton label={t('meetings.removeSpeaker', { name: speaker.name })}
                    onConfirm={() => remove.mutate({ part: 'speakers', partId: speaker.id })} />
                )}
              </li>
            ))}
          </ol>
        )}
        {meeting.canEdit && <SpeakerForm meetingId={meeting.id} />}
      </Stack>
    </Section>
  );
}

function SpeakerForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const add = useAddSpeaker(meetingId);
  const { first, refocus, submitOnCtrlEnter } = useEntryForm<HTMLInputElement>();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [points, setPoints] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const lines = points.split('\n').map((line) => line.trim()).filter(Boolean);
    add.mutate({ name: name.trim(), title: title.trim() || null, points: lines }, {
      onSuccess: () => {
        clearIfUnchanged(setName, name);
        clearIfUnchanged(setTitle, title);
        clearIfUnchanged(setPoints, points);
        refocus();
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('meetings.addSpeaker')} className="entry-form">
      <Grid gap="xs" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput ref={first} label={t('meetings.speakerName')} value={name} onChange={(event) => setName(event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('meetings.speakerTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('meetings.speakerPoints')} description={t('meetings.onePerLine')} value={points} autosize minRows={2}
            onChange={(event) => setPoints(event.currentTarget.value)} onKeyDown={submitOnCtrlEnter} />
        </Grid.Col>
      </Grid>
      {add.isError && <ErrorNotice error={add.error} />}
      <Group mt="xs">
        <Button type="submit" size="sm" disabled={!name.trim()} loading={add.isPending}>{t('meetings.addSpeaker')}</Button>
      </Group>
    </form>
  );
}
